"""Sitemaps per language: /sitemap.xml indexes one sitemap per enabled language; each lists the live,
public pages of that language with an <xhtml:link rel="alternate" hreflang> per translation (aliases
included: every page exists under every language prefix) and an x-default pointing at English."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from wagtail.models import Locale, Page

XML = "application/xml; charset=utf-8"


@dataclass
class SitemapEntry:
    location: str
    lastmod: str = ""
    alternates: list[tuple[str, str]] = field(default_factory=list)  # (hreflang, absolute URL)


# Records with a page of their own outside Wagtail's page tree (e.g. policy documents): each source gives, for a
# language, the paths (already language-prefixed) and last changes of its public pages.
RecordSource = Callable[[str, HttpRequest], Iterable[tuple[str, "dt.date | None"]]]
_record_sources: list[RecordSource] = []


def register_records(source: RecordSource) -> None:
    """Add a domain's public record pages to every language's sitemap (called from its AppConfig.ready())."""
    if source not in _record_sources:
        _record_sources.append(source)


def enabled_languages() -> list[str]:
    """Languages of the site that have a Wagtail locale, in the settings' order."""
    with_locale = set(Locale.objects.values_list("language_code", flat=True))
    return [code for code, _name in settings.LANGUAGES if code in with_locale]


def sitemap_index(request: HttpRequest) -> HttpResponse:
    sitemaps = [
        request.build_absolute_uri(reverse("sitemap-language", kwargs={"language": code}))
        for code in enabled_languages()
    ]
    return TemplateResponse(request, "search/sitemap_index.xml", {"sitemaps": sitemaps}, content_type=XML)


def entries_for(language: str, request: HttpRequest) -> list[SitemapEntry]:
    """Every live public page in `language`, with the URLs of all its language versions. Two queries for
    the pages; URLs are computed from the cached site root paths."""
    pages = list(Page.objects.live().public().filter(depth__gt=1).select_related("locale").order_by("path"))
    by_key: dict[object, list[Page]] = defaultdict(list)
    for page in pages:
        by_key[page.translation_key].append(page)
    urls: dict[int, str] = {}
    for page in pages:
        url = page.get_full_url(request)
        if url:
            urls[page.pk] = url
    entries = []
    for page in pages:
        if page.locale.language_code != language or page.pk not in urls:
            continue
        versions = sorted(
            ((p.locale.language_code, urls[p.pk]) for p in by_key[page.translation_key] if p.pk in urls),
            key=lambda version: version[0],
        )
        default = next((url for code, url in versions if code == settings.LANGUAGE_CODE), "")
        alternates = [*versions, ("x-default", default)] if default else versions
        entries.append(
            SitemapEntry(
                location=urls[page.pk],
                lastmod=page.last_published_at.date().isoformat() if page.last_published_at else "",
                alternates=alternates if len(versions) > 1 else [],
            )
        )
    for source in _record_sources:
        for path, changed in source(language, request):
            entries.append(
                SitemapEntry(location=request.build_absolute_uri(path), lastmod=changed.isoformat() if changed else "")
            )
    return entries


def sitemap_for_language(request: HttpRequest, language: str) -> HttpResponse:
    if language not in enabled_languages():
        raise Http404
    entries = entries_for(language, request)
    response = TemplateResponse(request, "search/sitemap.xml", {"entries": entries}, content_type=XML)
    return response
