"""Whole pages for anonymous visitors, served from the cache and replaced the moment anything they show changes.

A page is kept only when nothing personal can be in it: a GET without a query string from a visitor who sent
no cookie but the CSRF and language ones (so its session is empty), answered 200 with no cookie set, the
session left unchanged, no form token in it, and nothing that forbids keeping it (`Cache-Control: private`,
`no-store`, `no-cache`, a `never_cache` view). So a page with a form that needs a CSRF token, any page of a
signed-in visitor, previews and searches are never kept.

Every kept page carries the generation (bik/caching/generations.py) it was built in, and is served only while
that generation is current: the generation is read in the same round trip as the page, and renewed after the
commit of any change to what the public site shows — pages, records and their vocabularies, centres, Safer
Internet Day, bulletin issues, images, documents, site settings — so no page is ever older than the data, in any
language or on either host. `PAGE_CACHE_SECONDS` bounds how long a page is kept even so; 0 turns the cache off.
The same signals renew the cached look-ups (bik/caching/lookups.py) and rendered fragments
(bik/caching/fragments.py), whether or not whole pages are kept.

Kept pages are marked public for a CDN or reverse proxy; with a front-end cache configured (WAGTAILFRONTENDCACHE)
every URL kept in a generation is purged from it when the generation is renewed. Every page carries an ETag
(ConditionalGetMiddleware), so a browser revalidating an unchanged page gets a 304.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.apps import AppConfig, apps
from django.conf import settings
from django.db import connection, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_vary_headers, set_response_etag
from django.utils.translation import get_language

from bik.accounts.middleware import depends_on_visitor
from bik.caching import fragments, generations, lookups
from bik.caching.generations import Generation
from bik.domains import DOMAINS

PAGES = Generation("pages", alias="pages")

# Never kept, whatever they answer: the admin, the local mail sink, health, the API, files.
_NEVER = ("/admin/", "/_dev/", "/healthz", "/api/", "/static/", "/media/", "/documents/")
# Apps whose rows the public site shows, besides the domains that say so in bik/domains.py (`renews_pages`); a
# change to any of their models (but the listed ones) renews the pages.
WAGTAIL_CONTENT_APPS = ("wagtailcore", "wagtailimages", "wagtaildocs", "wagtailredirects", "taggit")
# Rows of those apps that no public page shows and that change all the time.
NOT_SHOWN = frozenset(
    {
        "bulletin.subscriber",
        "bulletin.memberoptout",
        "bulletin.mailing",
        "bulletin.mailingcontent",
        "bulletin.delivery",
        "panels.consultation",
        "panels.answer",
        "panels.consultationtranslation",
        "policy.auditentry",
        "wagtailcore.pagelogentry",
        "wagtailcore.modellogentry",
        "wagtailcore.comment",
        "wagtailcore.commentreply",
        "wagtailcore.pagesubscription",
        "partners.partnermember",
        "partners.submission",
    }
)


def _harmless_cookies() -> frozenset[str]:
    return frozenset({settings.CSRF_COOKIE_NAME, settings.LANGUAGE_COOKIE_NAME})


def _cacheable_request(request: HttpRequest) -> bool:
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and not request.META.get("QUERY_STRING")
        and not request.path.startswith(_NEVER)
        and set(request.COOKIES) <= _harmless_cookies()
    )


def _cacheable_response(request: HttpRequest, response: HttpResponse) -> bool:
    if request.method != "GET" or response.status_code != 200 or response.streaming or response.cookies:
        return False
    if depends_on_visitor(request, response):  # the one rule for private responses (bik/accounts/middleware.py)
        return False
    control = response.get("Cache-Control", "").lower()
    if any(word in control for word in ("private", "no-store", "no-cache")):
        return False
    return b"csrfmiddlewaretoken" not in response.content


def _key(request: HttpRequest) -> str:
    """The page's key, the same in every generation: a kept page carries the generation it was built in."""
    return ":".join(("bik:page", request.scheme or "", request.get_host(), get_language() or "", request.path))


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not _cacheable_request(request):
            generations.pin()  # the tokens before the data, for the fragments and look-ups this request keeps
            return self.get_response(request)
        key = _key(request)
        # One round trip for the current generation and the page: a hit costs one cache read, not two.
        found = PAGES.cache.get_many([PAGES.cache_key, key])
        generation, kept = found.get(PAGES.cache_key), found.get(key)
        if generation is not None and kept is not None and kept[0] == generation:
            _generation, status, headers, content = kept
            response = HttpResponse(content, status=status)
            for name, value in headers:
                response[name] = value
            response["X-Page-Cache"] = "hit"
            return response
        # Read before the page is built: a change committed while it renders leaves it in the older generation.
        generation = generation if generation is not None else PAGES.current()
        generations.pin()
        response = self.get_response(request)
        if _cacheable_response(request, response):
            patch_vary_headers(response, ("Cookie",))  # a signed-in visitor must never get this copy from a proxy
            response["Cache-Control"] = _public_cache_control()
            set_response_etag(response)  # kept with the page, so a hit is not hashed again
            headers = [(name, value) for name, value in response.items() if name.lower() != "x-page-cache"]
            kept = (generation, response.status_code, headers, response.content)
            PAGES.cache.set(key, kept, settings.PAGE_CACHE_SECONDS)
            _remember(request.build_absolute_uri())
            response["X-Page-Cache"] = "miss"
        return response


def _public_cache_control() -> str:
    """With a front-end cache that is purged on change (WAGTAILFRONTENDCACHE), it may keep the page as long as
    this cache does; browsers, and proxies without a purge, revalidate every time (a 304 for the same ETag)."""
    if settings.WAGTAILFRONTENDCACHE:
        return f"public, max-age=0, s-maxage={settings.PAGE_CACHE_SECONDS}, must-revalidate"
    return "public, max-age=0, must-revalidate"


def _remember(url: str) -> None:
    """Note a kept page's URL in its generation, to purge it from the front-end cache when they are renewed."""
    if not settings.WAGTAILFRONTENDCACHE:
        return
    key = PAGES.key("urls")
    redis = _redis()
    if redis is not None:  # one atomic set add: concurrent misses never lose a URL
        full_key = PAGES.cache.make_key(key)
        redis.sadd(full_key, url)
        redis.expire(full_key, settings.PAGE_CACHE_SECONDS)
        return
    kept: set[str] = PAGES.cache.get(key) or set()
    if url not in kept:
        PAGES.cache.set(key, kept | {url}, settings.PAGE_CACHE_SECONDS)


def kept_urls() -> set[str]:
    key = PAGES.key("urls")
    redis = _redis()
    if redis is not None:
        return {member.decode() for member in redis.smembers(PAGES.cache.make_key(key))}
    found: set[str] = PAGES.cache.get(key) or set()
    return found


def _redis() -> Any:
    """The Redis client behind the pages cache, when it is Redis (Django's backend has no set operations)."""
    backend = PAGES.cache
    if backend.__class__.__name__ != "RedisCache":
        return None
    return backend._cache.get_client(write=True)  # type: ignore[attr-defined]


def _renew_pages() -> None:
    stale = kept_urls() if settings.WAGTAILFRONTENDCACHE else set()
    PAGES.renew()
    if stale:
        from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

        purge_urls_from_cache(sorted(stale))  # queued: the front end is told in the background


def content_changed(**kwargs: Any) -> None:
    """Renew the cached look-ups and fragments at once and after the commit, and the pages once the change
    commits (once per transaction, however many rows it touched)."""
    sender = kwargs.get("sender")
    label = getattr(getattr(sender, "_meta", None), "label_lower", "")
    if label in NOT_SHOWN:
        return
    if lookups.depends_on(sender):
        lookups.renew()  # this process's next look-up reads the change (tests' transactions never commit)
        _once_after_commit(lookups.renew)
    fragments.renew()  # as the look-ups: at once, and after the commit for what was rendered meanwhile
    _once_after_commit(fragments.renew)
    if settings.PAGE_CACHE_SECONDS > 0:
        _once_after_commit(_renew_pages)


def renew_after_commit() -> None:
    """Renew the cached pages and fragments once the current transaction commits: for public figures that change
    without a content app's row being saved (e.g. a locked quarter of helpline statistics, corrected)."""
    _once_after_commit(fragments.renew)
    if settings.PAGE_CACHE_SECONDS > 0:
        _once_after_commit(_renew_pages)


def _once_after_commit(renew: Callable[[], None]) -> None:
    if connection.in_atomic_block:
        pending: list[tuple[Any, ...]] = list(connection.run_on_commit)  # (savepoints, callback, robust)
        if any(entry[1] is renew for entry in pending):
            return
        transaction.on_commit(renew)
    else:
        renew()


def content_apps() -> list[AppConfig]:
    """The apps whose rows the public site shows: a missing one raises LookupError (at start-up)."""
    shown = [domain.module for domain in DOMAINS if domain.renews_pages]
    by_name = {config.name: config for config in apps.get_app_configs()}
    return [by_name[name] for name in shown] + [apps.get_app_config(label) for label in WAGTAIL_CONTENT_APPS]


def connect() -> None:
    """Connect the invalidation to every model of the content apps (called from bik.pages' AppConfig.ready)."""
    for config in content_apps():
        for model in config.get_models():
            uid = f"bik.caching.pages.{model._meta.label_lower}"
            post_save.connect(content_changed, sender=model, dispatch_uid=f"{uid}.save")
            post_delete.connect(content_changed, sender=model, dispatch_uid=f"{uid}.delete")
            for field in model._meta.many_to_many:
                through = getattr(model, field.name).through
                m2m_changed.connect(content_changed, sender=through, dispatch_uid=f"{uid}.{field.name}")
