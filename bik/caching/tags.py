"""Tags: the database tables a cached thing was built from, so a change renews only what read the changed table.

While a page renders for the page cache (bik/caching/pages.py), or a cached value is built (`remember`), every
SQL statement it runs is read for the names of the tagged tables it mentions — anywhere in the statement: a join,
a subquery, raw SQL — and those tables are its tags. A value built once and served from a cache later carries the
tags of its build, and adds them to whatever is being recorded when it is served: a page that shows a cached menu
depends on the tables the menu was built from, although it ran no query for it.

The tagged tables are those of the models whose changes renew the cached pages (`watch`); a table no change
renews needs no tag. The page table, `wagtailcore_page`, gives two tags, because nearly every page reads it:

- `wagtailcore_page`, on every statement that reads it: renewed by a structural change of a page (a move, a
  deletion, an unpublished page, a new title or slug, a page in the menus; bik/caching/pages.py decides), which
  may change any page's menus, breadcrumbs, links or language switcher;
- `wagtailcore_page:any`, on a statement that reads it without the table of a specific page model and outside
  `reading_structure()` — a generic list of pages such as the sitemap — renewed by every change of any page.

Any other change of a page renews the tables of its specific model (an article's body: `news_articlepage`,
read by the article and the lists of articles), so the rest of the site stays cached. `reading_structure()`
marks code that reads only what a structural change renews (which pages are in a menu, their titles and URLs,
a page's translations and ancestors), so its generic reads of the page table do not carry `:any`.
"""

from __future__ import annotations

import functools
import pickle
import re
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar, cast

from django.core.cache import BaseCache
from django.db import connection
from django.db.models import Model

from bik.caching import generations
from bik.caching.recent import Recent

T = TypeVar("T")
PAGE_TABLE = "wagtailcore_page"
ANY_PAGE = f"{PAGE_TABLE}:any"

_tagged: dict[str, str] = {}  # table → tag (the table itself, or the model table a derived table indexes)
_page_tables: set[str] = set()  # tables of specific page models
_pattern: re.Pattern[str] | None = None
_state = threading.local()  # .recording: list[set[str]] (innermost last); .structure: int (nesting depth)
_MISSING = object()

# The values `remember` and `remember_while_current` read from the cache lately, as this process last had them
# (pickled, as the cache keeps them, so each request gets its own copy), each until the time the cache lets it go:
# a menu or a look-up that every page reads costs no round trip to the shared cache while it is current.
# `remember`'s keys are inside a generation, so what one names never changes; `remember_while_current`'s copy is
# used while its tags keep the tokens it was kept with, the same check as the cache's copy (a request reads each
# token once in any case).
_read_here: Recent[tuple[dict[str, str] | None, float], bytes] = Recent(16 * 1024 * 1024, len)


def _held(key: str, tokens_now: Callable[[dict[str, str]], dict[str, str]] | None = None) -> Any:
    """What this process holds for `key` (see `_read_here`): the (value, tags) pair the cache keeps, or _MISSING."""
    held = _read_here.get(key)
    if held is None:
        return _MISSING
    (tokens, until), pickled = held
    if until <= time.time() or (tokens is not None and (tokens_now is None or tokens_now(tokens) != tokens)):
        return _MISSING
    return pickle.loads(pickled)  # noqa: S301 - written by this process below


def _hold(key: str, found: Any, timeout: int | None, tokens: dict[str, str] | None = None) -> None:
    until = time.time() + (timeout if timeout is not None else 24 * 60 * 60)
    _read_here.put(key, (tokens, until), pickle.dumps(found, pickle.HIGHEST_PROTOCOL))


def watch(model: type[Model]) -> None:
    """Tag the tables of `model` (its own, its concrete parents', its many-to-many tables)."""
    global _pattern
    from wagtail.models import Page

    for table in tables_of(model, parents=True):
        _tagged.setdefault(table, table)
        if issubclass(model, Page) and table != PAGE_TABLE:
            _page_tables.add(table)
    for field in model._meta.local_many_to_many:
        through = field.remote_field.through
        if isinstance(through, type):
            _tagged.setdefault(through._meta.db_table, through._meta.db_table)
    _pattern = None
    _tables_in.cache_clear()


def watch_derived(table: str, source: str) -> None:
    """Tag a table no model declares (a full-text index kept by triggers) as the model table it is made from."""
    global _pattern
    _tagged[table] = source
    _pattern = None
    _tables_in.cache_clear()


def tables_of(model: type[Model], *, parents: bool = False) -> list[str]:
    """The table of `model`, and with `parents` those of its concrete parents (multi-table inheritance)."""
    chain = [model, *model._meta.get_parent_list()] if parents else [model]
    return [each._meta.db_table for each in chain if not each._meta.abstract and not each._meta.proxy]


def all_tags() -> list[str]:
    return sorted({*_tagged.values(), ANY_PAGE})


def tables_in(sql: str) -> set[str]:
    """The tagged tables one SQL statement names, anywhere in it (whole words only), as their tags."""
    return set(_tables_in(sql))


@functools.lru_cache(maxsize=4096)  # a statement's text has its parameters apart: the same few hundred recur
def _tables_in(sql: str) -> frozenset[str]:
    global _pattern
    if not _tagged:
        return frozenset()
    if _pattern is None:
        names = sorted(_tagged, key=len, reverse=True)
        _pattern = re.compile(r"(?<![A-Za-z0-9_])(" + "|".join(map(re.escape, names)) + r")(?![A-Za-z0-9_])")
    return frozenset(_tagged[table] for table in _pattern.findall(sql))


_WRITE = re.compile(r'\s*(?:UPDATE|INSERT\s+(?:OR\s+\w+\s+)?INTO|DELETE\s+FROM)\s+"?([A-Za-z0-9_]+)"?', re.IGNORECASE)


def written_by(sql: str) -> str | None:
    """The tag of the table a statement writes (not of the tables its conditions read), if it is tagged."""
    match = _WRITE.match(sql)
    return _tagged.get(match.group(1)) if match else None


def tags_of(sql: str) -> set[str]:
    """The tags of one SQL statement that reads: its tables, and `:any` for a generic read of the page table."""
    tags = tables_in(sql)
    tables = tags
    if PAGE_TABLE in tables and not (tables & _page_tables) and not getattr(_state, "structure", 0):
        tags.add(ANY_PAGE)
    return tags


def _recording() -> list[set[str]]:
    stack: list[set[str]] | None = getattr(_state, "recording", None)
    if stack is None:
        stack = _state.recording = []
    return stack


class _Recorder:
    def __init__(self, tags: set[str]) -> None:
        self.tags = tags

    def __call__(self, execute: Callable[..., Any], sql: str, params: Any, many: bool, context: Any) -> Any:
        self.tags |= tags_of(sql)
        return execute(sql, params, many, context)


@contextmanager
def recording() -> Iterator[set[str]]:
    """Collect the tags of every statement run in the block, and of every cached value served in it."""
    tags: set[str] = set()
    stack = _recording()
    stack.append(tags)
    try:
        with connection.execute_wrapper(_Recorder(tags)):
            yield tags
    finally:
        stack.pop()  # the innermost: recordings nest


def note(tags: Iterable[str]) -> None:
    """A cached value built from these tags is being used: whatever is being recorded depends on them too."""
    for recorded in _recording():
        recorded.update(tags)


@contextmanager
def reading_structure() -> Iterator[None]:
    """Mark reads of the page table that depend only on what a structural change renews (see the module)."""
    _state.structure = getattr(_state, "structure", 0) + 1
    try:
        yield
    finally:
        _state.structure -= 1


# --- Tokens: a random token per tag, renewed when its table changes (bik/caching/pages.py) --------------------

TOKENS_CACHE = "pages"  # the cache every process shares when there is one (the page cache's)
# Renewed with every tag, in the same write (bik/caching/pages.py, `renew`): a page kept under the current epoch
# read no tag that changed since, and tokens read under it still hold.
EPOCH = "bik:tags-epoch"


def tag_key(tag: str) -> str:
    return f"bik:tag:{tag}"


def all_current_tokens() -> dict[str, str]:
    """`current_tokens(all_tags())`, with the epoch's token under `EPOCH`: re-read only when the epoch changed."""
    keys = {tag: tag_key(tag) for tag in all_tags()}
    found = generations.tokens_under_epoch(TOKENS_CACHE, EPOCH, list(keys.values()))
    return {EPOCH: found[EPOCH], **{tag: found[key] for tag, key in keys.items()}}


def current_tokens(names: Iterable[str]) -> dict[str, str]:
    """The current token of each tag, read once per request (bik/caching/generations.py: random, never
    expiring, so an entry from before a renewal can never come back)."""
    names = list(names)
    found = generations.tokens(TOKENS_CACHE, [tag_key(tag) for tag in names])
    return {tag: found[tag_key(tag)] for tag in names}


def remember_while_current(
    cache: BaseCache, key: str, build: Callable[[], T], timeout: int | None, *, enclosing: bool = True
) -> T:
    """The value kept under `key` while every tag it was built from keeps the token it had before the build,
    or `build()` kept so; either way its tags are noted for what is being recorded. Unlike `remember` in a
    generation, a change renews only the values that read the changed tables. Its tags are those of its own
    statements and of everything the enclosing recordings saw before it (a request's view, which read the rows
    it shows): it must be used inside a recording that starts with the request."""
    held = _held(key, current_tokens)
    if held is not _MISSING:
        note(held[1])
        return cast(T, held[0])
    found = cache.get(key, _MISSING)
    if isinstance(found, tuple) and len(found) == 2 and isinstance(found[1], dict):
        value, tokens = found
        if current_tokens(tokens) == tokens:
            note(tokens)
            _hold(key, found, timeout, tokens)
            return cast(T, value)
    before = all_current_tokens()  # before the data: a change committed meanwhile leaves an older token
    with recording() as read:
        value = build()
    # A fragment often shows rows its view read before (a page of articles): it depends on what the enclosing
    # recording saw so far too (the request's, bik/caching/pages.py), not only on its own statements — unless
    # the value reads all it shows itself (`enclosing=False`: the menus).
    if enclosing:
        read = read.union(*_recording())
    cache.set(key, (value, {tag: before[tag] for tag in sorted(read)}), timeout)
    return value


def remember(cache: BaseCache, key: str, build: Callable[[], T], timeout: int | None) -> T:
    """The value kept under `key`, or `build()` kept there with the tags of its build; either way its tags are
    noted for what is being recorded (the page being rendered). Every cache of public data goes through this."""
    held = _held(key)
    if held is not _MISSING:
        note(held[1])
        return cast(T, held[0])
    found = cache.get(key, _MISSING)
    if isinstance(found, tuple) and len(found) == 2 and isinstance(found[1], frozenset):
        note(found[1])
        _hold(key, found, timeout)
        return cast(T, found[0])
    with recording() as tags:
        value = build()
    cache.set(key, (value, frozenset(tags)), timeout)  # an enclosing recording saw the statements itself
    return value
