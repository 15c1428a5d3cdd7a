"""Site search: ask every registered provider (Wagtail pages are one) and merge their results, the visitor's
language first. Queries are reduced to plain words first, so no input reaches a search backend as syntax."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from bik.caching import lookups
from bik.search import registry
from bik.search.registry import SearchHit

logger = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 200
MAX_WORDS = 12
HITS_PER_PROVIDER = 100
_WORD = re.compile(r"\w+", re.UNICODE)


def plain_words(query: str) -> str:
    """The words of a query, lower-cased, without operators, quotes or punctuation ("" if none)."""
    return " ".join(word.lower() for word in _WORD.findall(query)[:MAX_WORDS])


def _summary(page: Page) -> str:
    for name in ("search_description", "intro", "hero_text"):
        value = getattr(page, name, "")
        if value:
            return str(value)
    return ""


def search_pages(query: str, language: str, limit: int) -> list[SearchHit]:
    """Live, public Wagtail pages of every type: those in the visitor's language (translations and English
    fallbacks aliased into it), then originals in other languages that have no version in it."""
    languages = lookups.remember(("locales",), lambda: dict(Locale.objects.values_list("pk", "language_code")))
    default = next(pk for pk, code in languages.items() if code == settings.LANGUAGE_CODE)
    locale = next((pk for pk, code in languages.items() if code == language), default)
    pages = Page.objects.live().public()
    local = list(pages.filter(locale=locale).search(query)[:limit])
    seen = {page.translation_key for page in local}
    originals = Page.objects.filter(alias_of__isnull=True).values("id")
    elsewhere = [
        page
        for page in pages.exclude(locale=locale).filter(id__in=originals).search(query)[:limit]
        if page.translation_key not in seen
    ]
    # English before the other languages, as the portal's fallback language.
    elsewhere.sort(key=lambda page: page.locale_id != default)
    chosen = (local + elsewhere)[:limit]
    specific = {page.pk: page for page in Page.objects.filter(pk__in=[p.pk for p in chosen]).specific()}
    hits = []
    for found in chosen:
        page = specific.get(found.pk, found)
        url = page.get_url()
        if not url:
            continue
        hits.append(
            SearchHit(
                title=str(page.title),
                url=url,
                kind=str(page._meta.verbose_name).capitalize(),
                language=languages.get(page.locale_id, settings.LANGUAGE_CODE),
                summary=_summary(page),
                date=getattr(page, "date", None),
            )
        )
    return hits


def register_pages() -> None:
    registry.register("pages", _("Pages and news"), search_pages, order=0)


@dataclass(frozen=True)
class Group:
    key: str
    label: str
    count: int


@dataclass
class Results:
    hits: list[SearchHit] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)


def search(query: str, language: str, kind: str = "") -> Results:
    """Every provider's hits for `query`; `kind` keeps one provider's. Hits in `language` come first."""
    words = plain_words(query)
    results = Results()
    if not words:
        return results
    local: list[tuple[str, SearchHit]] = []
    other: list[tuple[str, SearchHit]] = []
    for provider in registry.providers():
        try:
            hits: Sequence[Any] = provider.search(words, language, HITS_PER_PROVIDER)
        except Exception:  # one broken provider must not take the search page down
            logger.exception("Search provider %s failed", provider.key)
            continue
        results.labels[provider.key] = str(provider.label)
        if hits:
            results.groups.append(Group(provider.key, str(provider.label), len(hits)))
        if kind and provider.key != kind:
            continue
        for hit in hits:
            (local if hit.language == language else other).append((provider.key, hit))
    results.hits = [hit for _key, hit in local + other]
    return results
