"""Rendered fragments of public pages — a page of news cards — kept in the cache in one generation that every
change to what the public site shows renews (the page cache's signals, bik/caching/pages.py, whether or not
whole pages are cached), so a fragment is never older than the data it shows.

A template keeps a fragment with Django's {% cache %} tag, varying on the generation (the `fragments` context
processor gives it, read from the cache only when a template asks) and on everything else the fragment shows:

    {% cache fragments.seconds "news-results" fragments.generation LANGUAGE_CODE … %}…{% endcache %}

Only what is the same for every visitor goes in a fragment: no form token, nothing about the visitor.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils.functional import cached_property

from bik.caching.generations import Generation

FRAGMENTS = Generation("fragments")
# How long a fragment is kept at most: a change renews the generation long before.
SECONDS = 24 * 60 * 60


def renew() -> None:
    FRAGMENTS.renew()


class _Fragments:
    seconds = SECONDS

    @cached_property
    def generation(self) -> str:
        return FRAGMENTS.current()


def fragments(request: HttpRequest) -> dict[str, Any]:
    """The context processor: `fragments.generation` and `fragments.seconds` for {% cache %}."""
    return {"fragments": _Fragments()}
