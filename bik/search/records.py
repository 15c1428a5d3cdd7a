"""Site search over the records a domain lists on one of its pages (resources, videos, guide entries, events,
publications, centres): one shape every such domain registers, so "tiktok" finds the TikTok guide entry.

A domain describes its records with a `RecordSearch` and registers it in its AppConfig.ready():

    register_records(RecordSearch(key="guide", label=_("Guide to online services"), kind=_("Online service"),
                                  records=live_services, fields=("name", "used_for"), title="name",
                                  list_page="guide.GuidePage"))

Every word of the query must appear in one of `fields` (case-insensitive), records whose title holds the words
come first. A search costs the same few queries whatever the number of records: the list page's address once,
the matching records (their locale joined) once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import reduce
from operator import and_, or_
from typing import Any

from django.apps import apps
from django.conf import settings
from django.db.models import Case, IntegerField, Q, QuerySet, Value, When
from django.utils.functional import Promise
from django.utils.html import strip_tags
from wagtail.models import Page

from bik.caching import lookups
from bik.search import registry
from bik.search.registry import SearchHit


@dataclass(frozen=True)
class RecordSearch:
    key: str
    label: Promise | str
    kind: Promise | str
    records: Callable[[str], QuerySet[Any]]  # the live records, each once, in a language (English otherwise)
    fields: tuple[str, ...]
    title: str = "title"
    summary: str = ""
    date: str = ""
    list_page: str = ""  # "app_label.ModelName" of the page the records hang under; empty: get_absolute_url()
    path: Callable[[str, Any], str] | None = None  # (list page URL, record) → URL; default: <list>/<slug>/
    language_of: Callable[[Any, str], str] | None = None  # (record, visitor's language) → language of its text
    # A domain with a search index of its own answers the matching itself: (words, language, limit) → records
    matching: Callable[[list[str], str, int], Sequence[Any]] | None = None
    order: int = 50


def list_page_url(model_name: str, language: str) -> str:
    """The address of the live list page in `language`, the English one otherwise ("" without either)."""

    def find() -> str:
        model: type[Page] = apps.get_model(model_name)
        pages = model.objects.live().public().filter(locale__language_code__in={language, settings.LANGUAGE_CODE})
        found = sorted(pages.select_related("locale"), key=lambda page: page.locale.language_code != language)
        return (found[0].get_url() or "") if found else ""

    return lookups.remember(("list-page-url", model_name, language), find)


def _matching(spec: RecordSearch, words: list[str], language: str) -> QuerySet[Any]:
    def any_field(word: str) -> Q:
        return reduce(or_, (Q(**{f"{name}__icontains": word}) for name in spec.fields))

    in_title = reduce(and_, (Q(**{f"{spec.title}__icontains": word}) for word in words))
    records: QuerySet[Any] = (
        spec.records(language)
        .filter(reduce(and_, (any_field(word) for word in words)))
        .annotate(title_rank=Case(When(in_title, then=Value(0)), default=Value(1), output_field=IntegerField()))
        .order_by("title_rank", spec.title)
    )
    return records


def search_records(spec: RecordSearch, query: str, language: str, limit: int) -> list[SearchHit]:
    words = query.split()
    if not words:
        return []
    base = list_page_url(spec.list_page, language) if spec.list_page else ""
    if spec.list_page and not base:
        return []
    hits = []
    found = spec.matching(words, language, limit) if spec.matching else _matching(spec, words, language)[:limit]
    for record in found:
        url = spec.path(base, record) if spec.path else f"{base}{record.slug}/" if base else record.get_absolute_url()
        summary = getattr(record, spec.summary, "") if spec.summary else ""
        date = getattr(record, spec.date, None) if spec.date else None
        if isinstance(date, dt.datetime):
            date = date.date()
        locale = getattr(record, "locale", None)
        hits.append(
            SearchHit(
                title=str(getattr(record, spec.title)),
                url=url,
                kind=str(spec.kind),
                language=spec.language_of(record, language)
                if spec.language_of
                else locale.language_code
                if locale is not None
                else language,
                summary=strip_tags(str(summary)),
                date=date,
            )
        )
    return hits


def register_records(spec: RecordSearch) -> None:
    def provider(query: str, language: str, limit: int) -> Sequence[SearchHit]:
        return search_records(spec, query, language, limit)

    registry.register(spec.key, spec.label, provider, order=spec.order)
