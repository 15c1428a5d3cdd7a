"""Template tags for the chrome every page shares: language alternates and the language switcher."""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable
from html import escape
from typing import Any
from urllib.parse import unquote, urlsplit, urlunsplit

from django import template
from django.conf import settings
from django.urls import NoReverseMatch, Resolver404, resolve, reverse
from django.utils.encoding import escape_uri_path, iri_to_uri
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, override
from wagtail.models import Page

from bik.caching import lookups, tags
from bik.pages.chrome import structure_copy

register = template.Library()


@register.simple_tag(takes_context=True)
def language_alternates(context: dict[str, Any]) -> list[dict[str, Any]]:
    """One entry per enabled language with the URL of this same page in that language.

    For Wagtail pages the URL is the translation's own (slugs may differ); a routable page's sub-route (a
    resource, a video, a publication) keeps its remainder, since records keep their slug in every language.
    For other views it is the same path under another language prefix."""
    request = context.get("request")
    cached: list[dict[str, Any]] | None = getattr(request, "_bik_language_alternates", None)
    if cached is not None:
        return cached
    page = context.get("page")
    current = get_language()
    path = escape_uri_path(request.path) if request is not None else "/"
    if isinstance(page, Page) and request is not None:
        # Kept per path: the query (a gallery's filters, anything else) does not change which translations
        # exist, so every filtered state of a list shares one entry and keeps its query in each language.
        parts = (
            "alternates",
            request.get_host(),
            request.scheme,
            current,
            page.pk,
            hashlib.sha256(path.encode()).hexdigest(),
        )
        alternates = lookups.remember(parts, lambda: _alternates(request, page, path, current))
    else:
        alternates = [dict(alternate) for alternate in _view_alternates(path, current)]
    query = iri_to_uri(request.META.get("QUERY_STRING", "")) if request is not None else ""
    if query:
        alternates = [{**alternate, "url": f"{alternate['url']}?{query}"} for alternate in alternates]
    if request is not None:
        request._bik_language_alternates = alternates
    return alternates


def _alternates(request: Any, page: Page | None, path: str, current: str) -> list[dict[str, Any]]:
    by_language: dict[str, str] = {}
    with tags.reading_structure():  # which translations are live, and their URLs: structural (caching/tags.py)
        if page is not None:
            own_url = page.get_url(request) or ""
            remainder = path[len(own_url) :] if own_url and path.startswith(own_url) else ""
            for translation in page.get_translations(inclusive=True).live().select_related("locale"):
                url = translation.get_url(request)
                if url:
                    by_language[translation.locale.language_code] = url + remainder
    translated = _translator(path)
    return [
        {"code": code, "name": name, "url": by_language.get(code) or translated(code), "current": code == current}
        for code, name in settings.LANGUAGES
    ]


@functools.lru_cache(maxsize=4096)
def _view_alternates(path: str, current: str) -> tuple[dict[str, Any], ...]:
    """A view's alternates depend on its path alone (the URL patterns do not change while a process runs): kept
    per process, so a signed-in page does not reverse its address in 28 languages at every visit."""
    return tuple(_alternates(None, None, path, current))


def _translator(url: str) -> Callable[[str], str]:
    """Django's translate_url for one URL in every language, resolving the URL once instead of once per
    language (28 resolutions were a fifth of a signed-in page's time): the same view and arguments, reversed
    under each language's prefix; the URL unchanged where that fails."""
    parsed = urlsplit(url)
    try:
        match = resolve(unquote(parsed.path))
    except Resolver404:
        return lambda _code: url
    name = f"{match.namespace}:{match.url_name}" if match.namespace else match.url_name

    def translated(code: str) -> str:
        with override(code):
            try:
                path = reverse(name, args=match.args, kwargs=match.kwargs)
            except NoReverseMatch:
                return url
        return urlunsplit((parsed.scheme, parsed.netloc, path, parsed.query, parsed.fragment))

    return translated


# The alternates are 28 links in the head and 28 in the language switcher on every page: written here, every value
# escaped, rather than in a template loop, which cost about a millisecond a page (bench/README-side-by-side.md,
# session 19).


@register.simple_tag(takes_context=True)
def alternate_links(context: dict[str, Any], alternates: list[dict[str, Any]]) -> SafeString:
    """The head's <link rel="alternate" hreflang> to this page in every language, with absolute addresses."""
    request = context.get("request")
    origin = request.build_absolute_uri("/")[:-1] if request is not None else ""

    def absolute_url(url: str) -> str:
        if url.startswith("/") and not url.startswith("//"):
            return origin + url
        return request.build_absolute_uri(url) if request is not None else url

    return mark_safe(  # noqa: S308 - every value escaped
        "\n".join(
            f'<link rel="alternate" hreflang="{escape(a["code"])}" href="{escape(absolute_url(a["url"]))}">'
            for a in alternates
        )
    )


@register.simple_tag
def language_choices(alternates: list[dict[str, Any]]) -> SafeString:
    """The language switcher's list items: this page in every language, each named in its own."""
    items = []
    for a in alternates:
        code, name = escape(a["code"]), escape(str(a["name"]))
        current = ' aria-current="true"' if a["current"] else ""
        items.append(f'<li><a href="{escape(a["url"])}" hreflang="{code}" lang="{code}"{current}>{name}</a></li>')
    return mark_safe("\n".join(items))  # noqa: S308 - every value escaped


@register.filter
def current_language_name(alternates: list[dict[str, Any]]) -> str:
    return next((str(a["name"]) for a in alternates if a["current"]), "")


@register.filter
def title_in_language(page: Page) -> str:
    """Another page's title as the reader sees it (the index a breadcrumb leads back to): the catalogues' words
    while that page is an alias of the English one (`chrome.structure_copy`), its own once translated."""
    return structure_copy(page, page.title)
