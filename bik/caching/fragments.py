"""Rendered fragments of public pages — a page of news cards — kept in the cache in one generation that every
change to what the public site shows renews (the page cache's signals, bik/caching/pages.py, whether or not
whole pages are cached), so with a cache every process shares a fragment is never older than the data it shows.

A template keeps a fragment with Django's {% cache %} tag, varying on the generation (the `fragments` context
processor gives it, read from the cache only when a template asks) and on everything else the fragment shows:

    {% cache fragments.seconds "news-results" fragments.generation LANGUAGE_CODE … %}…{% endcache %}

Only what is the same for every visitor goes in a fragment: no form token, nothing about the visitor.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.utils.functional import cached_property

from bik.caching.generations import Generation

FRAGMENTS = Generation("fragments")
# How long a fragment is kept at most. With a cache every process shares (Redis) a change renews the generation
# everywhere at once; with a per-process one a change made in another process cannot renew this process's, so
# its fragments are kept no longer than whole pages are by default.
SHARED_SECONDS = 24 * 60 * 60
PER_PROCESS_SECONDS = 10 * 60


def renew() -> None:
    FRAGMENTS.renew()


def seconds() -> int:
    shared = settings.CACHES["default"]["BACKEND"].endswith("RedisCache")
    return SHARED_SECONDS if shared else PER_PROCESS_SECONDS


class _Fragments:
    @property
    def seconds(self) -> int:
        return seconds()

    @cached_property
    def generation(self) -> str:
        return FRAGMENTS.current()


def fragments(request: HttpRequest) -> dict[str, Any]:
    """The context processor: `fragments.generation` and `fragments.seconds` for {% cache %}."""
    return {"fragments": _Fragments()}
