"""Site search: ask every registered provider (Wagtail pages are one) and merge their results, the visitor's
language first. Queries are reduced to plain words first, so no input reaches a search backend as syntax."""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.db.models import CharField, DateField, F, Field, Value
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from bik.caching import lookups
from bik.search import records, registry
from bik.search.registry import SearchHit

logger = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 200
MAX_WORDS = 12
HITS_PER_PROVIDER = 100
_WORD = re.compile(r"\w+", re.UNICODE)


def plain_words(query: str) -> str:
    """The words of a query, lower-cased, without operators, quotes or punctuation ("" if none)."""
    return " ".join(word.lower() for word in _WORD.findall(query)[:MAX_WORDS])


# What a hit shows of a page beyond the fields every page has, and what stands in for it on a type without it:
# the first of its intro and hero text that is not empty (after its search description), and its date.
_DETAILS: dict[str, tuple[Field[Any, Any], str | None]] = {
    "intro": (CharField(), ""),
    "hero_text": (CharField(), ""),
    "date": (DateField(), None),
}


def _details(pages: Sequence[Page]) -> dict[int, tuple[str, str, dt.date | None]]:
    """page id → (intro, hero text, date) for pages of every type, in one statement (a UNION ALL over the types
    found that have any of them), where `.specific()` reads each type's table in a query of its own."""
    ids: dict[type[Page], list[int]] = {}
    for page in pages:
        model = page.specific_class
        if model is not None:
            ids.setdefault(model, []).append(page.pk)
    parts = []
    for model, pks in ids.items():
        names = {field.name for field in model._meta.concrete_fields}
        if not names & set(_DETAILS):
            continue
        columns = {
            # Cast: the same type in every part of the UNION, whatever field a page type has under that name.
            f"hit_{name}": Cast(F(name) if name in names else Value(missing), output_field=output)
            for name, (output, missing) in _DETAILS.items()
        }
        parts.append(model.objects.filter(pk__in=pks).order_by().annotate(**columns).values_list("pk", *columns))
    if not parts:
        return {}
    first, *others = parts
    rows = first.union(*others, all=True) if others else first
    return {pk: (intro or "", hero or "", date) for pk, intro, hero, date in rows}


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
    details = _details(chosen)
    hits = []
    for page in chosen:
        url = page.get_url()
        if not url:
            continue
        intro, hero_text, date = details.get(page.pk, ("", "", None))
        hits.append(
            SearchHit(
                title=str(page.title),
                url=url,
                kind=str((page.specific_class or Page)._meta.verbose_name).capitalize(),
                language=languages.get(page.locale_id, settings.LANGUAGE_CODE),
                summary=str(page.search_description or intro or hero_text),
                date=date,
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


def _records_together(
    providers: Sequence[registry.SearchProvider], words: str, language: str
) -> dict[str, list[SearchHit]]:
    """The domains' record searches in one statement (bik/search/records.py); if it fails, each provider is asked
    on its own below, so only a broken one is left out."""
    try:
        return records.search_together(providers, words, language, HITS_PER_PROVIDER)
    except Exception:
        logger.exception("The combined record search failed; asking each provider on its own")
        return {}


def search(query: str, language: str, kind: str = "") -> Results:
    """Every provider's hits for `query`; `kind` keeps one provider's. Hits in `language` come first."""
    words = plain_words(query)
    results = Results()
    if not words:
        return results
    local: list[tuple[str, SearchHit]] = []
    other: list[tuple[str, SearchHit]] = []
    providers = registry.providers()
    together = _records_together(providers, words, language)
    for provider in providers:
        try:
            hits: Sequence[Any] = (
                together[provider.key]
                if provider.key in together
                else provider.search(words, language, HITS_PER_PROVIDER)
            )
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
