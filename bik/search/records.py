"""Site search over the records a domain lists on one of its pages (resources, videos, guide entries, events,
publications, centres): one shape every such domain registers, so "tiktok" finds the TikTok guide entry.

A domain describes its records with a `RecordSearch` and registers it in its AppConfig.ready():

    register_records(RecordSearch(key="guide", label=_("Guide to online services"), kind=_("Online service"),
                                  records=live_services, fields=("name", "used_for"), title="name",
                                  list_page="guide.GuidePage"))

Every word of the query must appear in one of `fields` (case-insensitive), records whose title holds the words
come first. Site search asks all such domains in one statement (`search_together`: a UNION ALL of their
searches, each cut to the provider's limit, reading only what a hit shows), so it costs one query however many
domains register and however many records match; the list pages' addresses come from the cached look-ups."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import reduce
from operator import and_, or_
from typing import Any

from django.apps import apps
from django.db.models import Case, CharField, DateField, F, IntegerField, Q, QuerySet, Value, When, Window
from django.db.models.functions import Cast, JSONObject, RowNumber
from django.utils.functional import Promise
from django.utils.html import strip_tags

from bik.catalogue.pages import index_url
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
    # The fields the record's address is made of besides its primary key and title (read by `path`, or the default
    # <list>/<slug>/, or get_absolute_url()): what the combined search reads of a record for its link.
    link_fields: tuple[str, ...] = ("slug",)


def list_page_url(model_name: str, language: str) -> str:
    """The address of the live list page in `language`, the English one otherwise ("" without either)."""
    return index_url(apps.get_model(model_name), language)


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


def _url(spec: RecordSearch, base: str, record: Any) -> str:
    return str(spec.path(base, record) if spec.path else f"{base}{record.slug}/" if base else record.get_absolute_url())


def _base(spec: RecordSearch, language: str) -> str | None:
    """The list page's address the records' links start from ("" when they make their own); None when the
    records hang under a list page that does not exist in the language or in English (nothing to link to)."""
    if not spec.list_page:
        return ""
    return list_page_url(spec.list_page, language) or None


def search_records(spec: RecordSearch, query: str, language: str, limit: int) -> list[SearchHit]:
    words = query.split()
    base = _base(spec, language)
    if not words or base is None:
        return []
    hits = []
    found = spec.matching(words, language, limit) if spec.matching else _matching(spec, words, language)[:limit]
    for record in found:
        summary = getattr(record, spec.summary, "") if spec.summary else ""
        date = getattr(record, spec.date, None) if spec.date else None
        if isinstance(date, dt.datetime):
            date = date.date()
        locale = getattr(record, "locale", None)
        hits.append(
            SearchHit(
                title=str(getattr(record, spec.title)),
                url=_url(spec, base, record),
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


# --- Every domain's records in one statement --------------------------------------------------------------

# The providers register_records made that the combined search can answer: key → (their search function, spec).
_together: dict[str, tuple[Callable[..., Any], RecordSearch]] = {}


def _together_part(spec: RecordSearch, words: list[str], language: str, limit: int) -> QuerySet[Any]:
    """One domain's share of the combined statement: its first `limit` matches in its own order, as the same
    columns for every domain (key, id, position, title, summary, date, language, link fields as JSON)."""
    records = _matching(spec, words, language)
    fields = {field.name for field in records.model._meta.get_fields()}
    text: CharField[str, str] = CharField()
    part: QuerySet[Any] = (
        records.order_by()
        .prefetch_related(None)
        .annotate(
            search_key=Value(spec.key, output_field=text),
            search_position=Window(RowNumber(), order_by=[F("title_rank").asc(), F(spec.title).asc()]),
            search_title=F(spec.title),
            search_summary=F(spec.summary) if spec.summary else Value("", output_field=text),
            # A typed NULL: PostgreSQL reads a bare one in a subquery as text, which a UNION with dates refuses.
            search_date=Cast(spec.date if spec.date else Value(None), DateField()),
            search_language=F("locale__language_code") if "locale" in fields else Value("", output_field=text),
            search_link=JSONObject(**{name: F(name) for name in spec.link_fields}),
        )
        .filter(search_position__lte=limit)
        .values_list(
            "search_key",
            "pk",
            "search_position",
            "search_title",
            "search_summary",
            "search_date",
            "search_language",
            "search_link",
        )
    )
    return part


def search_together(
    providers: Sequence[registry.SearchProvider], query: str, language: str, limit: int
) -> dict[str, list[SearchHit]]:
    """The hits of every provider among `providers` that `register_records` made for a domain without a matching
    of its own, read in one statement (key → hits, as `search_records` gives them); the others are left out."""
    specs = {
        provider.key: _together[provider.key][1]
        for provider in providers
        if provider.key in _together and _together[provider.key][0] is provider.search
    }
    found: dict[str, list[SearchHit]] = {key: [] for key in specs}
    words = query.split()
    bases = {key: _base(spec, language) for key, spec in specs.items()}
    if not words:
        return found
    parts = {key: _together_part(spec, words, language, limit) for key, spec in specs.items() if bases[key] is not None}
    if not parts:
        return found
    first, *others = parts.values()
    rows = first.union(*others, all=True) if others else first
    for key, pk, _position, title, summary, date, record_language, link in sorted(rows, key=lambda r: (r[0], r[2])):
        spec, model = specs[key], parts[key].model
        # The record as far as its link needs it (its other fields deferred); from_db takes them in field order.
        known = {model._meta.pk.attname: pk, spec.title: title, **link}
        names = [field.attname for field in model._meta.concrete_fields if field.attname in known]
        record = model.from_db(rows.db, names, [known[name] for name in names])
        found[key].append(
            SearchHit(
                title=str(title),
                url=_url(spec, str(bases[key]), record),
                kind=str(spec.kind),
                language=spec.language_of(record, language) if spec.language_of else record_language or language,
                summary=strip_tags(str(summary if summary is not None else "")),
                date=date,
            )
        )
    return found


def register_records(spec: RecordSearch) -> None:
    def provider(query: str, language: str, limit: int) -> Sequence[SearchHit]:
        return search_records(spec, query, language, limit)

    if spec.matching is None:
        _together[spec.key] = (provider, spec)
    else:
        _together.pop(spec.key, None)
    registry.register(spec.key, spec.label, provider, order=spec.order)
