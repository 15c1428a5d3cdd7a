"""Whole pages for anonymous visitors, served from the cache and replaced the moment anything they show changes.

A page is kept only when nothing personal can be in it: a GET without a query string from a visitor who sent
no cookie but the CSRF and language ones (so its session is empty), answered 200 with no cookie set, the
session left unchanged, no form token in it, and nothing that forbids keeping it (`Cache-Control: private`,
`no-store`, `no-cache`, a `never_cache` view). So a page with a form that needs a CSRF token, any page of a
signed-in visitor, previews and searches are never kept.

Every kept page carries its tags — the tables its render read, directly or through a cached value
(bik/caching/tags.py) — each with the random token the tag had before the render, and is served only while every
token is current. Every renewal also gives a new token to one epoch, in the same write: a hit reads the page and the
epoch in one round trip, and a page built in the current epoch (or already found current in it by this process) is
served without reading its tags; a page this process served lately in the current epoch is served from its memory,
reading the epoch alone (`_served`; before Django, bik/caching/replay.py replays the finished response of such a
page). After the commit of a change to what the public site shows — pages, records and their vocabularies, centres,
Safer Internet Day, bulletin issues, images, documents, site settings — the tags of the tables it wrote get new
tokens (a write seen in the SQL itself, so bulk updates and raw SQL too; the page table by the signals, told apart
as structural or not, `_page_tags`), so no page is ever older than the data, in any language or on either host,
while the pages that read nothing that changed stay kept. `PAGE_CACHE_SECONDS` bounds how long a page is kept even
so; 0 turns the cache off. The same signals renew the cached look-ups (bik/caching/lookups.py) and rendered
fragments (bik/caching/fragments.py).

The middleware sits near the top of the stack (after the security headers and static files): a hit skips the
content security policy, session, locale and conditional-GET middleware, whose headers it kept with the page
(the language is read from the address, which a kept page always has), and answers a revalidation with a 304
itself.

Kept pages are marked public for a CDN or reverse proxy; with a front-end cache configured (WAGTAILFRONTENDCACHE)
every URL is noted under each tag it was kept with and purged from it when one of them is renewed. Every page
carries an ETag (ConditionalGetMiddleware, or kept with the page), so a browser revalidating an unchanged page
gets a 304.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable, Collection, Iterable
from typing import Any

from django.apps import AppConfig, apps
from django.conf import settings
from django.core.cache import BaseCache, caches
from django.db import connection, transaction
from django.db.backends.signals import connection_created
from django.db.models import Model
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.dispatch import Signal
from django.http import HttpRequest, HttpResponse
from django.utils.cache import get_conditional_response, patch_vary_headers, set_response_etag
from django.utils.translation import get_language_from_path
from wagtail.models import Page
from wagtail.signals import post_page_move

from bik.accounts.middleware import depends_on_visitor
from bik.caching import fragments, generations, lookups, tags
from bik.caching.recent import Recent
from bik.domains import DOMAINS

# Never kept, whatever they answer: the admin, the local mail sink, health, the API, files.
_NEVER = ("/admin/", "/_dev/", "/healthz", "/api/", "/static/", "/media/", "/documents/")
# Apps whose rows the public site shows, besides the domains that say so in bik/domains.py (`renews_pages`); a
# change to any of their models (but the listed ones) renews the pages.
WAGTAIL_CONTENT_APPS = ("wagtailcore", "wagtailimages", "wagtaildocs", "wagtailredirects", "taggit")
# Apps whose changes are renewed by hand (`renew_after_commit`), not by signals.
RENEWED_BY_HAND = ("statistics",)
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


# On a hit: (the epoch the page was found current in, when the cache lets it go), for the replay of the finished
# response (bik/caching/replay.py).
REPLAYABLE = "_bik_replayable"

# Sent when the page tree's structure may have changed (a page moved, deleted, unpublished, renamed, joining a
# menu or a language switcher; see `_page_tags`), or any page changed while whole pages are not cached: what is
# built from the structure alone (the menus, bik/pages/chrome.py) is built again.
structure_changed = Signal()


def _cache() -> BaseCache:
    return caches[tags.TOKENS_CACHE]  # the pages, and the tags' tokens they are checked against


def harmless_cookies() -> frozenset[str]:
    """The cookies a visitor may send and still get a kept page: they change nothing in it."""
    return frozenset({settings.CSRF_COOKIE_NAME, settings.LANGUAGE_COOKIE_NAME})


def _kept_language(request: HttpRequest) -> str | None:
    """The language of a request whose page the cache may keep (it is in the address), or None."""
    if (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and not request.META.get("QUERY_STRING")
        and not request.path.startswith(_NEVER)
        and set(request.COOKIES) <= harmless_cookies()
    ):
        return get_language_from_path(request.path_info)
    return None


def _cacheable_response(request: HttpRequest, response: HttpResponse) -> bool:
    if request.method != "GET" or response.status_code != 200 or response.streaming or response.cookies:
        return False
    if depends_on_visitor(request, response):  # the one rule for private responses (bik/accounts/middleware.py)
        return False
    control = response.get("Cache-Control", "").lower()
    if any(word in control for word in ("private", "no-store", "no-cache")):
        return False
    return b"csrfmiddlewaretoken" not in response.content


def _key(request: HttpRequest, language: str) -> str:
    """The page's key: a kept page carries the tokens of its tags, so the key never changes."""
    return ":".join(("bik:page", request.scheme or "", request.get_host(), language, request.path))


# A kept page whose epoch (tags.EPOCH) is still current read no tag that changed since, so a hit reads the page
# and the epoch alone, not the thirty-odd tags of a page.
# Page key → (the epoch its kept version was built in, the epoch this process found it current in, tag by tag):
# a page built before the last renewal is checked tag by tag once per epoch and process, not at every hit.
_checked_in: dict[str, tuple[str, str]] = {}
_CHECKED_KEPT = 50_000

# A kept page: its tags' tokens, the epoch it was built in, when the cache lets it go (a time.time()), status,
# headers, content.
Kept = tuple[dict[str, str], str, float, int, list[tuple[str, str]], bytes]


# The pages this process served lately, each with the epoch it was last found current in. While the epoch keeps that
# token no tag was renewed (every renewal renews the epoch in the same write), so the copy is as current as the
# cache's: a hit reads the epoch alone, a few bytes, instead of the page. Never kept past the time the cache lets
# the page go.
_served: Recent[str, Kept] = Recent(32 * 1024 * 1024, lambda kept: len(kept[5]))


def _kept(key: str) -> tuple[str | None, Kept] | None:
    """The kept page under `key` while it is current, with the epoch it was found current in (None when the cache
    holds no epoch): this process's copy when the epoch has not moved since it was found current (one small read),
    else the cache's, checked against its tags' tokens."""
    now = time.time()
    served = _served.get(key)
    if served is not None and served[1][2] > now and _cache().get(tags.EPOCH) == served[0]:
        return served
    found = _cache().get_many([key, tags.EPOCH])
    kept = found.get(key)
    current_epoch = found.get(tags.EPOCH)
    # A page kept by an earlier release carries a generation, or no epoch or expiry: it is built again.
    if kept is None or len(kept) != 6 or kept[2] <= now or not _current(key, kept[0], kept[1], current_epoch):
        return None
    if current_epoch is not None:
        _served.put(key, current_epoch, kept)
    return current_epoch, kept


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        language = _kept_language(request)
        if language is None:
            generations.pin()  # the tokens before the data, for the fragments and look-ups this request keeps
            if not _renders_fragments(request):
                return self.get_response(request)
            tags.all_current_tokens()
            with tags.recording():  # what the view reads, for the fragments its template keeps
                return self.get_response(request)
        key = _key(request, language)
        found = _kept(key)
        if found is not None:
            current_epoch, (_tags, _epoch, until, status, headers, content) = found
            response = HttpResponse(content, status=status)
            for name, value in headers:
                response[name] = value
            response["X-Page-Cache"] = "hit"
            if current_epoch is not None:
                setattr(response, REPLAYABLE, (current_epoch, until))
            # A browser revalidating its copy: 304 for the same ETag (ConditionalGetMiddleware, which a hit skips).
            return get_conditional_response(request, etag=response.get("ETag"), response=response) or response
        # Read before the page is built: a change committed while it renders leaves it with an older token.
        before = tags.all_current_tokens()
        epoch = before[tags.EPOCH]
        generations.pin()
        with tags.recording() as read:
            response = self.get_response(request)
        if _cacheable_response(request, response):
            patch_vary_headers(response, ("Cookie",))  # a signed-in visitor must never get this copy from a proxy
            response["Cache-Control"] = _public_cache_control()
            set_response_etag(response)  # kept with the page, so a hit is not hashed again
            headers = [(name, value) for name, value in response.items() if name.lower() != "x-page-cache"]
            tokens = {tag: before[tag] for tag in sorted(read)}
            until = time.time() + settings.PAGE_CACHE_SECONDS
            kept = (tokens, epoch, until, response.status_code, headers, response.content)
            _cache().set(key, kept, settings.PAGE_CACHE_SECONDS)
            _served.put(key, epoch, kept)
            _remember(request.build_absolute_uri(), tokens)
            response["X-Page-Cache"] = "miss"
        return response


def _renders_fragments(request: HttpRequest) -> bool:
    """Whether a request the page cache does not keep may show kept fragments (bik/caching/fragments.py): then
    every tag's token is read before its view reads any data, in one round trip, and what it reads is recorded
    (a fragment depends on the rows its view read too)."""
    return settings.PAGE_CACHE_SECONDS > 0 and not request.path.startswith(_NEVER)


def _current(key: str, tokens: dict[str, str], epoch: str, current_epoch: str | None) -> bool:
    """Whether every tag of a kept page still has the token it was built with: at once when no tag was renewed
    since (the epoch it was built in, or the one this process last checked it in), else tag by tag."""
    if current_epoch is not None and (current_epoch == epoch or _checked_in.get(key) == (epoch, current_epoch)):
        return True
    found = _cache().get_many([tags.tag_key(tag) for tag in tokens])
    if not all(found.get(tags.tag_key(tag)) == token for tag, token in tokens.items()):
        return False
    if current_epoch is not None:
        if len(_checked_in) >= _CHECKED_KEPT:
            _checked_in.clear()
        _checked_in[key] = (epoch, current_epoch)  # this version (all built in one epoch read the same tokens)
    return True


def _public_cache_control() -> str:
    """With a front-end cache that is purged on change (WAGTAILFRONTENDCACHE), it may keep the page as long as
    this cache does; browsers, and proxies without a purge, revalidate every time (a 304 for the same ETag)."""
    if settings.WAGTAILFRONTENDCACHE:
        return f"public, max-age=0, s-maxage={settings.PAGE_CACHE_SECONDS}, must-revalidate"
    return "public, max-age=0, must-revalidate"


def _urls_key(tag: str, token: str) -> str:
    return f"bik:tag-urls:{tag}:{token}"


def _remember(url: str, tokens: dict[str, str]) -> None:
    """Note a kept page's URL under each of its tags, to purge it from the front-end cache when one is renewed."""
    if not settings.WAGTAILFRONTENDCACHE:
        return
    redis = _redis()
    for tag, token in tokens.items():
        key = _urls_key(tag, token)
        if redis is not None:  # one atomic set add: concurrent misses never lose a URL
            full_key = _cache().make_key(key)
            redis.sadd(full_key, url)
            redis.expire(full_key, settings.PAGE_CACHE_SECONDS)
            continue
        kept: set[str] = _cache().get(key) or set()
        if url not in kept:
            _cache().set(key, kept | {url}, settings.PAGE_CACHE_SECONDS)


def kept_urls(names: Collection[str]) -> set[str]:
    """The URLs kept with any of these tags in their current tokens."""
    redis = _redis()
    urls: set[str] = set()
    for tag, token in tags.current_tokens(names).items():
        key = _urls_key(tag, token)
        if redis is not None:
            urls |= {member.decode() for member in redis.smembers(_cache().make_key(key))}
        else:
            urls |= _cache().get(key) or set()
    return urls


def _redis() -> Any:
    """The Redis client behind the pages cache, when it is Redis (Django's backend has no set operations)."""
    backend = _cache()
    if backend.__class__.__name__ != "RedisCache":
        return None
    return backend._cache.get_client(write=True)  # type: ignore[attr-defined]


def renew(names: Collection[str]) -> None:
    """Give these tags new tokens: every page kept with one of them is built again at its next visit."""
    stale = kept_urls(names) if settings.WAGTAILFRONTENDCACHE else set()
    new = {tags.tag_key(tag): secrets.token_hex(8) for tag in names} | {tags.EPOCH: secrets.token_hex(8)}
    _cache().set_many(new, None)  # one write: a reader sees the new epoch only with the new tokens (Redis MSET)
    generations.renewed(tags.TOKENS_CACHE, new)  # the rest of this request sees the change too
    if stale:
        from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

        purge_urls_from_cache(sorted(stale))  # queued: the front end is told in the background


class _Renewal:
    """An after-commit callback that renews some tags (a kept URL is purged once, however many it has)."""

    def __init__(self, names: frozenset[str]) -> None:
        self.tags = names

    def __call__(self) -> None:
        names, self.tags = self.tags, frozenset()  # done: merged into no later renewal
        if names:
            # The look-ups first, when they read a renewed table (a write no signal told of too): a page built
            # once its tags are renewed must not use one that another process built from the rows as they were
            # before the commit. (Fragments are kept with tags of their own.)
            if lookups.read_from(names):
                lookups.renew()
            renew(names)


def _renew_after_commit(names: Iterable[str]) -> None:
    """Renew these tags once the current transaction commits: all that one savepoint queued in one renewal, at
    the end of the transaction's callbacks so far."""
    names = frozenset(names)
    if settings.PAGE_CACHE_SECONDS <= 0 or not names:
        return
    if not connection.in_atomic_block:
        _Renewal(names)()
        return
    here = set(connection.savepoint_ids)
    entries: list[tuple[Any, ...]] = list(connection.run_on_commit)  # (savepoints, callback, robust)
    queued = [entry[1] for entry in entries if isinstance(entry[1], _Renewal) and entry[0] == here]
    wanted = names.union(*(renewal.tags for renewal in queued))
    if entries and entries[-1][1] in queued and wanted == entries[-1][1].tags:
        return
    for renewal in queued:  # moved to the new one: a rollback of this savepoint drops both alike
        renewal.tags = frozenset()
    transaction.on_commit(_Renewal(wanted))


# Columns of a page that other pages show through the page table alone: its place in the tree, its URL, its
# title in menus, breadcrumbs and the language switcher, whether it is live, its translations.
STRUCTURE = (
    *("title", "slug", "url_path", "path", "depth", "live", "show_in_menus", "locale_id", "translation_key"),
    *("alias_of_id", "expired", "content_type_id"),
)


# Columns that only editors see: saving a draft writes these alone (Wagtail's `save_revision`).
DRAFT_ONLY = frozenset(
    {
        "wagtail_admin_comments",
        "latest_revision_created_at",
        "draft_title",
        "latest_revision",
        "has_unpublished_changes",
    }
)


def _draft_only(update_fields: Iterable[str] | None) -> bool:
    return update_fields is not None and set(update_fields) <= DRAFT_ONLY


def _before_page_save(instance: Any, update_fields: Iterable[str] | None = None, **_kwargs: Any) -> None:
    """Read the page's structural columns as they are before the save, to tell what kind of change it is."""
    if settings.PAGE_CACHE_SECONDS > 0 and instance.pk is not None and not _draft_only(update_fields):
        instance._bik_structure = Page.objects.filter(pk=instance.pk).values(*STRUCTURE).first()


def _page_tags(page: Any, *, gone: bool = False, update_fields: Iterable[str] | None = None) -> set[str]:
    """The tags a change of `page` renews (see bik/caching/tags.py): none for a draft saved; its specific
    model's tables and every generic list of pages for any other change; the page table, which nearly every page
    reads, only for a structural change."""
    if not gone and _draft_only(update_fields):
        return set()
    specific = page.specific_class or type(page)
    names = {tags.ANY_PAGE, *tags.tables_of(specific, parents=True)} - {tags.PAGE_TABLE}
    before = getattr(page, "_bik_structure", None)
    page._bik_structure = None  # a second save of the same object compares with what it read again
    if gone or (before is not None and before["live"] and not page.live):
        return names | {tags.PAGE_TABLE}
    if page.live and (before is None or not before["live"]):
        # Newly live: in the lists of its model (its tables) and of every page (`:any`); structural when it
        # joins a menu or a language switcher, brings live children back, or is a site's home. (Its parent's
        # sub-routes, if it has any, keep their URLs: Wagtail routes them before its children.)
        translated = Page.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk).exists()
        if page.show_in_menus or translated or page.numchild or page.depth <= 3:
            names.add(tags.PAGE_TABLE)
        return names
    written = STRUCTURE if update_fields is None else [c for c in STRUCTURE if c.removesuffix("_id") in update_fields]
    if before is not None and any(before[column] != getattr(page, column) for column in written):
        names.add(tags.PAGE_TABLE)
    return names


def content_changed(**kwargs: Any) -> None:
    """Renew the cached fragments — and the look-ups and menus when the page tree's structure or what they are
    built from may have changed — at once and after the commit, and the tags of the changed rows' tables once the
    change commits (once per transaction, however many rows it touched)."""
    sender = kwargs.get("sender")
    label = getattr(getattr(sender, "_meta", None), "label_lower", "")
    if label in NOT_SHOWN:
        return
    instance = kwargs.get("instance")
    page_tags: set[str] | None = None
    # The look-ups and the menus read pages by their structure alone: a page's other changes (an article
    # published, a body edited) leave them as they are. Without the page cache nothing records a page's
    # structure before its save (`_before_page_save`), so there every change of a page counts as structural.
    if isinstance(instance, Page) and "action" not in kwargs and settings.PAGE_CACHE_SECONDS > 0:
        gone = kwargs.get("signal") is post_delete  # not an m2m change above: that is its own table
        page_tags = _page_tags(instance, gone=gone, update_fields=kwargs.get("update_fields"))
        if tags.PAGE_TABLE in page_tags:
            _structure_changed()
    elif lookups.depends_on(sender):
        _structure_changed()
    if settings.PAGE_CACHE_SECONDS <= 0:  # else fragments are kept with their tags, renewed below
        fragments.renew()  # as the look-ups: at once, and after the commit for what was rendered meanwhile
        _once_after_commit(fragments.renew)
    if page_tags is not None:
        _renew_after_commit(page_tags)
    elif isinstance(sender, type) and issubclass(sender, Model) and settings.PAGE_CACHE_SECONDS > 0:
        _renew_after_commit(tags.tables_of(sender, parents=True))


def _structure_changed() -> None:
    """Renew the look-ups and tell the menus (`structure_changed`) at once — this process's next look-up reads
    the change, and tests' transactions never commit — and again after the commit, for what another request
    built meanwhile from the rows as they were."""
    _renew_structure()
    _once_after_commit(_renew_structure)


def _renew_structure() -> None:
    lookups.renew()
    structure_changed.send(sender=Page)


def _watch_writes(execute: Callable[..., Any], sql: str, params: Any, many: bool, context: Any) -> Any:
    """Every statement that writes a tagged table — a bulk insert or update, raw SQL, a trigger's source — renews
    that table's tag once it commits, whether or not a signal tells. The page table is the exception: its
    structural and plain changes are told apart by the signals (`content_changed`, `page_moved`)."""
    result = execute(sql, params, many, context)
    written = tags.written_by(sql) if settings.PAGE_CACHE_SECONDS > 0 else None
    if written is not None and written != tags.PAGE_TABLE:
        _renew_after_commit({written})
    return result


def _watch_connection(connection: Any, **_kwargs: Any) -> None:
    if _watch_writes not in connection.execute_wrappers:
        connection.execute_wrappers.insert(0, _watch_writes)  # first: `execute_wrapper` blocks pop the last one


def page_moved(**kwargs: Any) -> None:
    """A move changes the URL of the page and of all its descendants (moved without signals): structural."""
    _structure_changed()
    _renew_after_commit({tags.PAGE_TABLE, tags.ANY_PAGE})


def renew_after_commit(app_label: str) -> None:
    """Renew the fragments, and the tags of every table of an app, once the current transaction commits: for
    public figures that change without a content app's row being saved (e.g. a locked quarter of helpline
    statistics, corrected)."""
    if settings.PAGE_CACHE_SECONDS <= 0:
        _once_after_commit(fragments.renew)
    models = apps.get_app_config(app_label).get_models(include_auto_created=True)
    _renew_after_commit(table for model in models for table in tags.tables_of(model))


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


def watch(model: type[Model]) -> None:
    """Tag `model`'s tables and renew their tags when one of its rows changes."""
    tags.watch(model)
    uid = f"bik.caching.pages.{model._meta.label_lower}"
    post_save.connect(content_changed, sender=model, dispatch_uid=f"{uid}.save")
    post_delete.connect(content_changed, sender=model, dispatch_uid=f"{uid}.delete")
    if issubclass(model, Page):
        pre_save.connect(_before_page_save, sender=model, dispatch_uid=f"{uid}.before")
    for field in model._meta.many_to_many:
        through = getattr(model, field.name).through
        m2m_changed.connect(content_changed, sender=through, dispatch_uid=f"{uid}.{field.name}")


def connect() -> None:
    """Connect the invalidation to every model of the content apps (called from bik.pages' AppConfig.ready), and
    tag the tables of the apps whose changes are renewed by hand (`renew_after_commit`)."""
    for config in content_apps():
        for model in config.get_models():
            watch(model)
    for label in RENEWED_BY_HAND:
        for model in apps.get_app_config(label).get_models():
            tags.watch(model)
    post_page_move.connect(page_moved, dispatch_uid="bik.caching.pages.move")
    connection_created.connect(_watch_connection, dispatch_uid="bik.caching.pages.writes")
    if connection.connection is not None:
        _watch_connection(connection)
