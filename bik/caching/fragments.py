"""Rendered fragments of public pages — a page of news cards — kept in the cache and never older than the data
they show. With whole pages cached, a fragment is kept as a page is, with the tokens its tags had before it was
rendered (bik/caching/tags.py), and used while they are current: a change renews only the fragments that read
the changed tables, in every process, and an article published leaves the rest of the site's fragments as they
are. Without the page cache (development, most tests) nothing renews tags, and fragments are kept in one
generation that every change to what the public site shows renews (the page cache's signals,
bik/caching/pages.py).

A template keeps a fragment with the {% fragment %} tag (bik/pages/templatetags/fragments.py), varying on
everything the fragment shows besides the data:

    {% load fragments %}
    {% fragment "news-results" LANGUAGE_CODE index_url filter_query page_obj.number %}…{% endfragment %}

A kept fragment carries the tags of the tables it was rendered from (bik/caching/tags.py), so a whole page that
shows it is renewed with them. Only what is the same for every visitor goes in a fragment: no form token,
nothing about the visitor.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import TypeVar

from django.conf import settings
from django.core.cache import cache

from bik.caching import tags
from bik.caching.generations import Generation
from bik.caching.recent import Recent

FRAGMENTS = Generation("fragments")
# How long a fragment is kept at most. With a cache every process shares (Redis) a change renews the generation
# everywhere at once; with a per-process one a change made in another process cannot renew this process's, so
# its fragments are kept no longer than whole pages are by default.
SHARED_SECONDS = 24 * 60 * 60
PER_PROCESS_SECONDS = 10 * 60

T = TypeVar("T")

# Fragments kept by their values, as this process last had them: their keys say everything they show, so a copy
# is never out of date and saves the round trip to the shared cache (the footer and the menus are on every page).
_by_values: Recent[None, str] = Recent(4 * 1024 * 1024, len)


def renew() -> None:
    FRAGMENTS.renew()


def seconds() -> int:
    shared = settings.CACHES["default"]["BACKEND"].endswith("RedisCache")
    return SHARED_SECONDS if shared else PER_PROCESS_SECONDS


def _varies(vary_on: list[object]) -> str:
    return hashlib.sha256("\n".join(map(str, vary_on)).encode()).hexdigest()


def kept_by_values(name: str, vary_on: list[object], render: Callable[[], str]) -> str:
    """The fragment `name` for these values when they are all it shows (the menus, given as the data they are
    made of): the key says everything, so it is shared by every page and never renewed — the page that shows it
    carries the tags of the data it got the values from."""
    key = f"bik:fragment-of:{name}:{_varies(vary_on)}"
    known = _by_values.get(key)
    if known is not None:
        return known[1]
    html = cache.get(key)
    if not isinstance(html, str):
        html = render()
        cache.set(key, html, seconds())
    _by_values.put(key, None, html)
    return html


def kept(name: str, vary_on: list[object], render: Callable[[], T]) -> T:
    """The fragment `name` for these values, rendered (and kept with its tags) when there is no current one. A
    fragment is usually HTML; any picklable value the same for every visitor can be kept so (the site search's
    results)."""
    varies = _varies(vary_on)
    if settings.PAGE_CACHE_SECONDS > 0:
        return tags.remember_while_current(cache, f"bik:fragment:{name}:{varies}", render, seconds())
    return tags.remember(cache, FRAGMENTS.key(name, varies), render, seconds())
