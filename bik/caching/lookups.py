"""Look-ups every public page repeats — the site for a host, the page a path routes to, whether any page is
private, vocabularies and centres, the address of a list page, the next Safer Internet Day — kept in the cache
in one generation, so a page the whole-page cache does not hold costs only the queries for what it shows.

The generation is renewed by the same signals as the page cache (bik/caching/pages.py) — for pages, only a
structural change (the look-ups read pages by their tree, slugs and titles alone) —, at once and again after
the commit (a look-up made meanwhile by another request read the old rows). A cached route is checked against the
page it names — still live, still at that URL — before it is used, so even a change made without signals (a
queryset update) can never serve a page from a stale route. Each look-up is kept with the tags of the tables it
was built from (bik/caching/tags.py), so a whole page that used it is replaced when they change.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable, Collection, Sequence
from typing import Any, TypeVar, cast

from django.apps import apps
from django.core.cache import cache
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.http.request import split_domain_port
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.query import PageQuerySet

from bik.caching import tags
from bik.caching.generations import Generation

LOOKUPS = Generation("lookups")
_TIMEOUT = 60 * 60 * 24
T = TypeVar("T")


def remember(parts: Sequence[object], build: Callable[[], T]) -> T:
    """The value kept under `parts` in the current generation, built (and kept, with its tags) when there is none."""
    return tags.remember(cache, LOOKUPS.key(*parts), build, _TIMEOUT)


def renew() -> None:
    LOOKUPS.renew()


# Values built from look-ups and kept in this process for the current generation only (`in_process`).
_in_process: dict[str, tuple[str, dict[tuple[object, ...], tuple[Any, frozenset[str]]]]] = {}


def in_process(parts: tuple[object, ...], build: Callable[[], T]) -> T:
    """`build()`, kept in this process while the look-ups' generation stays current: for a value made of many
    look-ups whose unpickling costs more than using it (the gallery's vocabularies: some two hundred terms and
    centres, on every page that shows resources). Its tags are noted as a cached look-up's are.

    The value is shared by every request (and thread) of this process until the generation changes: it must be
    read only."""
    token = LOOKUPS.current()
    held = _in_process.get(LOOKUPS.cache_key)
    if held is None or held[0] != token:
        held = (token, {})
        _in_process[LOOKUPS.cache_key] = held  # the previous generation's values are dropped with it
    kept = held[1].get(parts)
    if kept is not None:
        tags.note(kept[1])
        return cast(T, kept[0])
    with tags.recording() as read:  # what its look-ups noted, and any query it ran
        value = build()
    held[1][parts] = (value, frozenset(read))
    return value


# Rows the look-ups are made of, besides pages: sites, locales, view restrictions, the Safer Internet Day
# editions, the vocabularies and the centres (the gallery's "Country or centre" facet).
_LOOKED_UP_MODELS = frozenset(
    {
        "network.centre",
        "wagtailcore.site",
        "wagtailcore.locale",
        "wagtailcore.pageviewrestriction",
        "sid.edition",
        "sid.editiontext",
        "news.topic",
        "news.audience",
        "resources.topic",
        "resources.agegroup",
        "resources.audience",
        "resources.resourcetype",
        "videos.topic",
        "videos.agegroup",
    }
)


@functools.cache
def _looked_up_tables() -> frozenset[str]:
    """The tables the look-ups are built from (the page table: a structural change), found once."""
    tables = {tags.PAGE_TABLE}
    for label in _LOOKED_UP_MODELS:
        tables.update(tags.tables_of(apps.get_model(label), parents=True))
    return frozenset(tables)


def read_from(names: Collection[str]) -> bool:
    """Whether tags being renewed name a table the look-ups are built from."""
    return not _looked_up_tables().isdisjoint(names)


def depends_on(model: Any) -> bool:
    """Whether a change to a row of `model` can change a look-up (so the generation must be renewed)."""
    meta = getattr(model, "_meta", None)
    if meta is None or not isinstance(model, type):
        return False
    return meta.label_lower in _LOOKED_UP_MODELS or issubclass(model, Page)


# --- Pages: site, route, view restrictions ---------------------------------------------------------------


def _site_parts(request: HttpRequest) -> tuple[str, str, int]:
    hostname = split_domain_port(request._get_raw_host())[0]  # type: ignore[attr-defined]
    return ("site", hashlib.sha256(hostname.encode()).hexdigest()[:32], int(request.get_port() or 80))


class CachedRouteMiddleware:
    """Gives Wagtail the request's site and, for a path served before, its page: one query instead of one per
    level of the page tree plus the site and locale look-ups."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    # Paths that are never Wagtail pages: the API (its schema is read without a database), files, the admin.
    SKIP_PREFIXES = ("/api/", "/static/", "/media/", "/admin/", "/analytics/", "/healthz", "/_dev/")

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method not in ("GET", "HEAD") or request.path_info.startswith(self.SKIP_PREFIXES):
            return self.get_response(request)
        with tags.reading_structure():  # the site and the route depend on the page tree alone
            site = remember(_site_parts(request), lambda: Site._find_for_request(request))
            request._wagtail_site = site  # type: ignore[attr-defined]
            where = "\n".join((*map(str, _site_parts(request)[1:]), request.path_info))
            route_key = ("route", hashlib.sha256(where.encode()).hexdigest())
            known = cache.get(LOOKUPS.key(*route_key))
            restored = known is not None and _restore_route(request, *known)
        response = self.get_response(request)
        if not restored:
            _remember_route(request, route_key)
        return response


def _restore_route(request: HttpRequest, label: str, pk: int, url_path: str, remainder: list[str]) -> bool:
    model = apps.get_model(label)
    page = model._default_manager.select_related("locale").filter(pk=pk, live=True, url_path=url_path).first()
    if page is None:
        return False
    try:
        request._wagtail_route_for_request = page.route(request, remainder)  # type: ignore[attr-defined]
    except Http404:
        return False
    return True


def _remember_route(request: HttpRequest, route_key: tuple[object, ...]) -> None:
    match = getattr(request, "resolver_match", None)
    route = getattr(request, "_wagtail_route_for_request", None)
    if match is None or match.url_name != "wagtail_serve" or route is None or not match.args:
        return
    page = route[0]
    site = getattr(request, "_wagtail_site", None)
    if site is None or not isinstance(page, Page):
        return
    components = [part for part in str(match.args[0]).split("/") if part]
    depth_below_root = page.depth - site.root_page.depth
    if depth_below_root < 0 or depth_below_root > len(components):
        return
    remainder = components[depth_below_root:]
    value = (page._meta.label_lower, page.pk, page.url_path, remainder)
    cache.set(LOOKUPS.key(*route_key), value, _TIMEOUT)


def no_page_is_private() -> bool:
    return remember(("no-view-restrictions",), lambda: not PageViewRestriction.objects.exists())


_get_view_restrictions = Page.get_view_restrictions
_private_q = PageQuerySet.private_q
_route_for_request = Page.route_for_request
_get_parent = Page.get_parent
_get_site_root_paths = Site.get_site_root_paths


def _cached_get_view_restrictions(self: Page) -> Any:
    if no_page_is_private():
        return PageViewRestriction.objects.none()
    return _get_view_restrictions(self)


def _cached_private_q(self: PageQuerySet) -> Q:
    if no_page_is_private():
        return Q(pk__in=[])
    return cast(Q, _private_q(self))


def _structural_route_for_request(request: HttpRequest, path: str) -> Any:
    with tags.reading_structure():
        return _route_for_request(request, path)


def _structural_get_parent(self: Page, update: bool = False) -> Any:
    with tags.reading_structure():
        return _get_parent(self, update)


def _structural_get_site_root_paths() -> Any:
    with tags.reading_structure():
        return _get_site_root_paths()


def install() -> None:
    """Wagtail asks the database on every page whether any page is private (serving it, and every `.public()`
    list); the answer is nearly always "none", so it is asked once per generation.

    Routing a path to its page, a page's parent (an article's link back to its list) and the sites' root paths
    (every page URL) read the page table by its tree and slugs alone: structural reads for the page cache's tags
    (bik/caching/tags.py)."""
    Page.get_view_restrictions = _cached_get_view_restrictions
    PageQuerySet.private_q = _cached_private_q
    Page.route_for_request = staticmethod(_structural_route_for_request)
    Page.get_parent = _structural_get_parent
    Site.get_site_root_paths = staticmethod(_structural_get_site_root_paths)


# --- Vocabularies -----------------------------------------------------------------------------------------


def terms_in(model: type[T], language: str) -> list[T]:
    """Every term of a translatable vocabulary in `language` and in English (the fallback), locale loaded."""
    from django.conf import settings

    def build() -> list[T]:
        languages = sorted({language, settings.LANGUAGE_CODE})
        manager = model._default_manager  # type: ignore[attr-defined]
        return list(manager.filter(locale__language_code__in=languages).select_related("locale"))

    return remember(("terms", model._meta.label_lower, language), build)  # type: ignore[attr-defined]


def published_centres() -> list[Any]:
    """Every published centre (the vocabulary of the centre facets), in no particular order."""
    from bik.network.models import Centre

    return remember(("published-centres",), lambda: list(Centre.objects.published()))
