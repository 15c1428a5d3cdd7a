"""The resource gallery's search index and the one SQL statement that answers a gallery search.

Two tables hold what a search reads, rewritten together by `refresh_search_index` for a resource and its
translations whenever one of them is published or unpublished (Wagtail's `published`/`unpublished` signals,
connected in apps.py, reach it from the admin, workflows, scheduled publishing, wagtail-localize and the
importer alike):

- ResourceSearchText, one row per live text (an original or a translation of it): the database indexes it
  through triggers made in migration 0002 — PostgreSQL as a tsvector in the text's own language configuration
  (stemming) with a GIN index, SQLite in an FTS5 table;
- ResourceListing, one narrow row per live original: date, centre, and its languages and terms as lists.

`facet_search` matches the text once, takes those originals' listing rows, marks which of the visitor's
selections each meets, and from that one set returns a page of ids, the total and every facet's counts (each
facet counted against the other facets' selections, not its own) in a single statement.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import reduce
from html import unescape
from operator import or_
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import F, Q
from django.utils.html import strip_tags
from wagtail.models import Locale

from bik.caching import tags
from bik.caching.generations import Generation
from bik.catalogue.models import Vocabulary
from bik.resources.models import (
    AgeGroup,
    Audience,
    Resource,
    ResourceFacetCount,
    ResourceLanguageVersion,
    ResourceListing,
    ResourceSearchText,
    ResourceType,
    Topic,
)

# PostgreSQL's text search configuration for each enabled language that has one (stemming and stop words);
# every other language is indexed word for word with "simple". A configuration missing from an older server
# falls back to "simple" as well (see the trigger in migration 0002).
TEXT_SEARCH_CONFIGS: dict[str, str] = {
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "es": "spanish",
    "fi": "finnish",
    "fr": "french",
    "ga": "irish",
    "hu": "hungarian",
    "it": "italian",
    "lt": "lithuanian",
    "nb": "norwegian",
    "nl": "dutch",
    "pt": "portuguese",
    "ro": "romanian",
    "sr": "serbian",
    "sv": "swedish",
}
SIMPLE_CONFIG = "simple"
# A query's language is unknown, so it is read in every configuration and a text matches when it matches
# the query as read in any of them (its own language's reading among them).
QUERY_CONFIGS = sorted({*TEXT_SEARCH_CONFIGS.values(), SIMPLE_CONFIG})
TEXT_TABLE = ResourceSearchText._meta.db_table
FTS_TABLE = f"{TEXT_TABLE}_fts"
LISTING_TABLE = ResourceListing._meta.db_table
BATCH = 2_000
# GET parameter → the vocabulary behind it and its field on Resource and on ResourceListing.
TERM_FIELDS: dict[str, tuple[type[Vocabulary], str]] = {
    "age": (AgeGroup, "age_groups"),
    "audience": (Audience, "audiences"),
    "topic": (Topic, "topics"),
    "type": (ResourceType, "types"),
}


def config_for(language: str) -> str:
    return TEXT_SEARCH_CONFIGS.get(language, SIMPLE_CONFIG)


def plain_text(title: str, description_html: str) -> str:
    return f"{title}\n{unescape(strip_tags(description_html or ''))}"


def as_list(values: Iterable[Any]) -> str:
    """The form of a listing's lists: sorted, space-separated, with a space at each end (" de el ")."""
    return f" {' '.join(sorted({str(value) for value in values}))} "


# --- Keeping the index in step ------------------------------------------------------------------------


def refresh_search_index(resources: Iterable[Resource]) -> None:
    """Rewrite the search rows of these resources and of their translations: text for each live member of a
    group whose original is live, and the original's listing row; nothing for a group whose original is not."""
    keys = {resource.translation_key for resource in resources}
    if not keys:
        return
    fields = ("pk", "translation_key", "is_original", "live", "title", "description", "locale_id", "date")
    members = list(Resource.objects.filter(translation_key__in=keys).only(*fields, "centre_id"))
    originals = {m.translation_key: m for m in members if m.is_original and m.live}
    languages = dict(Locale.objects.values_list("pk", "language_code"))
    texts = [
        ResourceSearchText(
            resource_id=member.pk,
            original_id=originals[member.translation_key].pk,
            config=config_for(languages.get(member.locale_id, "")),
            text=plain_text(member.title, member.description),
        )
        for member in members
        if member.live and member.translation_key in originals
    ]
    listings = _listings(list(originals.values()))
    ids = [member.pk for member in members]
    with transaction.atomic():
        gone = ResourceListing.objects.filter(resource_id__in=ids)
        change_facet_counts(_facet_values(gone.values(*LISTING_VALUES)), -1)
        ResourceSearchText.objects.filter(resource_id__in=ids).delete()
        gone.delete()
        ResourceSearchText.objects.bulk_create(texts, batch_size=BATCH)
        ResourceListing.objects.bulk_create(listings, batch_size=BATCH)
        change_facet_counts(_facet_values({name: getattr(row, name) for name in LISTING_VALUES} for row in listings))
        if connection.vendor == "postgresql" and listings:
            _gather_words([listing.resource_id for listing in listings])
    # Cached searches are forgotten now and again once this commits: a search in between, by another worker,
    # may still have read the old rows.
    _new_generation()
    transaction.on_commit(_new_generation)


def _gather_words(original_ids: list[int]) -> None:
    """PostgreSQL: put the words of each original's texts (each stemmed in its own language by the trigger on
    the text table) into its listing row, where the GIN index serves them."""
    statement = _Statement()
    ids = statement.params_list(original_ids)
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {LISTING_TABLE} l SET document = (SELECT array_to_tsvector(array_agg(DISTINCT w.lexeme)) "  # noqa: S608
            f"FROM {TEXT_TABLE} s, unnest(s.document) w WHERE s.original_id = l.resource_id) "
            f"WHERE l.resource_id IN ({ids})",
            statement.params,
        )


def _listings(originals: list[Resource]) -> list[ResourceListing]:
    ids = [original.pk for original in originals]
    lists: dict[str, dict[int, list[Any]]] = {"languages": {}}
    versions = ResourceLanguageVersion.objects.filter(resource_id__in=ids).values_list("resource_id", "language")
    for resource_id, language in versions:
        lists["languages"].setdefault(resource_id, []).append(language)
    for model, m2m_field in TERM_FIELDS.values():
        m2m = Resource._meta.get_field(m2m_field)
        links = list(
            m2m.remote_field.through.objects.filter(resource_id__in=ids).values_list(
                "resource_id", m2m.m2m_reverse_name()
            )
        )
        default = _default_language_ids(model, {term_id for _r, term_id in links})
        lists[m2m_field] = {}
        for resource_id, term_id in links:
            lists[m2m_field].setdefault(resource_id, []).append(default[term_id])
    return [
        ResourceListing(
            resource_id=original.pk,
            date=original.date,
            centre_id=original.centre_id,
            **{name: as_list(by_resource.get(original.pk, [])) for name, by_resource in lists.items()},
        )
        for original in originals
    ]


def _default_language_ids(model: type[Vocabulary], ids: set[int]) -> dict[int, int]:
    """term id → the id of that term's version in the default language (itself when there is none), so a
    term counts once whichever translation of it an editor chose."""
    if not ids:
        return {}
    rows = list(model.objects.filter(pk__in=ids).values_list("pk", "translation_key"))
    defaults = dict(
        model.objects.filter(
            translation_key__in={key for _pk, key in rows}, locale__language_code=settings.LANGUAGE_CODE
        ).values_list("translation_key", "pk")
    )
    return {pk: defaults.get(key, pk) for pk, key in rows}


def rebuild_search_index() -> int:
    """Rewrite the whole index (after a bulk load, or to repair it); returns the number of listed resources."""
    keys = list(Resource.objects.filter(is_original=True).order_by("pk").values_list("translation_key", flat=True))
    with transaction.atomic():
        ResourceSearchText.objects.all().delete()
        ResourceListing.objects.all().delete()
        ResourceFacetCount.objects.all().delete()
        for start in range(0, len(keys), BATCH):
            batch = Resource.objects.filter(translation_key__in=keys[start : start + BATCH], is_original=True)
            refresh_search_index(batch.only("translation_key"))
    return ResourceListing.objects.count()


# --- The front page's counts, kept as the listing is written ------------------------------------------

LISTING_VALUES = ("centre_id", "languages", "age_groups", "audiences", "topics", "types")


def _facet_values(rows: Iterable[Mapping[str, Any]]) -> Counter[tuple[str, str]]:
    """(facet, value) → how many of these listing rows carry it; ("total", "") counts the rows."""
    found: Counter[tuple[str, str]] = Counter()
    for row in rows:
        found["total", ""] += 1
        if row["centre_id"] is not None:
            found["centre", str(row["centre_id"])] += 1
        for facet, column in LIST_COLUMNS.items():
            for value in str(row[column]).split():
                found[facet, value] += 1
    return found


def change_facet_counts(values: Counter[tuple[str, str]], sign: int = 1) -> None:
    """Add (or, with sign -1, take away) these rows' values to the kept counts: a row per value made first if
    missing (a concurrent writer may make it too), then each count moved in the database, never overwritten."""
    if not values:
        return
    ResourceFacetCount.objects.bulk_create(
        [ResourceFacetCount(facet=facet, value=value, n=0) for facet, value in values],
        ignore_conflicts=True,
    )
    by_change: dict[int, list[tuple[str, str]]] = {}
    for pair, n in values.items():
        by_change.setdefault(sign * n, []).append(pair)
    for change, pairs in by_change.items():
        which = reduce(or_, (Q(facet=facet, value=value) for facet, value in pairs))
        ResourceFacetCount.objects.filter(which).update(n=F("n") + change)


def on_resource_delete(sender: Any, instance: Resource, **kwargs: Any) -> None:
    """A deleted resource takes its listing row with it (a cascade, no signal of the listing's own): its values
    leave the counts first."""
    rows = ResourceListing.objects.filter(resource_id=instance.pk).values(*LISTING_VALUES)
    change_facet_counts(_facet_values(rows), -1)


def front_page(language: str, offset: int, limit: int) -> FacetSearch:
    """facet_search with no words and nothing chosen, without counting or sorting every row: the counts kept
    in ResourceFacetCount, and the page read newest first along the listing's date index — first the rows
    available in `language`, then the others."""
    result = FacetSearch(page_ids=[], total=0)
    for facet, value, n in ResourceFacetCount.objects.filter(n__gt=0).values_list("facet", "value", "n"):
        if facet == "total":
            result.total = n
            continue
        key: Any = value if facet == "language" else int(value)
        result.counts.setdefault(facet, {})[key] = n
    in_language = result.counts.get("language", {}).get(language, 0)
    newest = ResourceListing.objects.order_by("-date", "-resource_id").values_list("resource_id", flat=True)
    marked = f" {language} "
    ids: list[int] = []
    if offset < in_language:
        first = newest.filter(languages__contains=marked)
        if in_language**2 < (offset + limit) * result.total:
            # Few rows carry the language: walking the date index until the page is full would read about
            # (offset + limit) * total / in_language rows, nearly all of them when the language's resources are
            # old. Its rows are found through the language versions' index and sorted instead (fewer rows).
            versions = ResourceLanguageVersion.objects.filter(language=language).values("resource_id")
            first = first.filter(resource_id__in=versions)
        ids += list(first[offset : min(offset + limit, in_language)])
    if offset + limit > in_language:
        rest = newest.exclude(languages__contains=marked)
        start = max(0, offset - in_language)
        ids += list(rest[start : start + limit - len(ids)])
    result.page_ids = ids
    return result


def on_publish_change(sender: Any, instance: Resource, **kwargs: Any) -> None:
    """Wagtail's published and unpublished signals: rewrite the rows of the resource and its translations."""
    refresh_search_index([instance])


# --- The search statement ----------------------------------------------------------------------------


@dataclass
class FacetSearch:
    """What one search returned: the ids of the page in display order, the total, and for each facet its
    counts by value (language code, term id in the default language, or centre id)."""

    page_ids: list[int]
    total: int
    counts: dict[str, dict[Any, int]] = field(default_factory=dict)


class _Statement:
    """Builds a statement's text from constant table and column names; every value is a parameter."""

    def __init__(self) -> None:
        self.params: dict[str, Any] = {}

    def param(self, value: Any) -> str:
        name = f"p{len(self.params)}"
        self.params[name] = value
        return f"%({name})s"

    def params_list(self, values: Iterable[Any]) -> str:
        return ", ".join(self.param(value) for value in values)


def _pg_readings(words: Sequence[str]) -> str:
    """The query as each configuration reads it, duplicates dropped, joined with OR (tsquery syntax): most
    configurations read a word alike, and a query repeating one reading many times misleads the planner's
    estimate of how many texts match (a sequential scan instead of the index)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT DISTINCT CAST(plainto_tsquery(c.oid::regconfig, %s) AS text) FROM pg_ts_config c "
            "WHERE c.cfgname = ANY(%s) AND numnode(plainto_tsquery(c.oid::regconfig, %s)) > 0 ORDER BY 1",
            [" ".join(words), QUERY_CONFIGS, " ".join(words)],
        )
        return " | ".join(f"( {reading} )" for (reading,) in cursor.fetchall())


def _text_match(statement: _Statement, words: Sequence[str]) -> str:
    """A condition on listing row `l`: its original's live texts contain every word (on PostgreSQL, all of them
    together; on SQLite, one of them)."""
    if connection.vendor == "postgresql":
        readings = _pg_readings(words)
        if not readings:  # only stop words, in every configuration
            return "FALSE"
        return f"l.document @@ CAST({statement.param(readings)} AS tsquery)"
    # FTS5: each word a quoted string (\w+ words hold no quotes), all of them required.
    phrase = statement.param(" ".join(f'"{word}"' for word in words))
    return (
        f"l.resource_id IN (SELECT s.original_id FROM {TEXT_TABLE} s WHERE s.resource_id IN "  # noqa: S608
        f"(SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH {phrase}))"
    )


LIST_COLUMNS = {"language": "languages", **{facet: m2m_field for facet, (_model, m2m_field) in TERM_FIELDS.items()}}


def _meets(statement: _Statement, facet: str, values: Sequence[Any]) -> str:
    """An expression on listing row `l`: does it meet the selection of `facet` (any of `values`)?"""
    if not values:
        return "FALSE"
    if facet == "centre":
        return f"COALESCE(l.centre_id IN ({statement.params_list(values)}), FALSE)"
    column = LIST_COLUMNS[facet]
    return "(" + " OR ".join(f"l.{column} LIKE {statement.param(f'% {value} %')}" for value in values) + ")"


SEARCHES = Generation("resource-searches")


def _new_generation() -> None:
    SEARCHES.renew()


def cache_seconds() -> int:
    """How long a search's answer is kept: RESOURCES_SEARCH_CACHE_SECONDS; by default ten minutes with a
    cache all processes share (Redis) and none with a per-process one, which a publish in another process
    (a second web worker, the task worker) could not clear."""
    configured: int = settings.RESOURCES_SEARCH_CACHE_SECONDS
    if configured >= 0:
        return configured
    return 600 if settings.CACHES["default"]["BACKEND"].endswith("RedisCache") else 0


def cached_facet_search(
    words: Sequence[str], selected: Mapping[str, Sequence[Any]], language: str, offset: int, limit: int
) -> FacetSearch:
    """facet_search, answered from the cache when the same search was made since the index last changed
    (the gallery's front page above all: with nothing chosen every listing row is counted)."""
    seconds = cache_seconds()
    if seconds <= 0:
        return facet_search(words, selected, language, offset, limit)
    chosen = {facet: sorted(str(value) for value in values) for facet, values in selected.items() if values}
    question = json.dumps([[word.casefold() for word in words], chosen, language, offset, limit], sort_keys=True)
    key = SEARCHES.key(hashlib.sha256(question.encode()).hexdigest())
    return tags.remember(cache, key, lambda: facet_search(words, selected, language, offset, limit), seconds)


def facet_search(
    words: Sequence[str], selected: Mapping[str, Sequence[Any]], language: str, offset: int, limit: int
) -> FacetSearch:
    """One page (`offset`, `limit`) of the live originals matching `words` and every selection, ordered by
    availability in `language`, then newest first; the total; and every facet's counts.

    `selected` maps a facet to its chosen values (OR within a facet, AND across facets): language codes, term
    ids (in the default language) or centre ids."""
    if not words and not any(selected.values()):
        return front_page(language, offset, limit)
    return counted_search(words, selected, language, offset, limit)


def counted_search(
    words: Sequence[str], selected: Mapping[str, Sequence[Any]], language: str, offset: int, limit: int
) -> FacetSearch:
    """facet_search as one statement over the listing rows that match (every search but the front page)."""
    statement = _Statement()
    flags = {facet: _meets(statement, facet, values) for facet, values in selected.items()}
    conditions = [_text_match(statement, words)] if words else []
    if len(flags) > 1:  # a row that fails two selections counts for no facet: leave it out early
        met = " + ".join(f"CASE WHEN {expression} THEN 1 ELSE 0 END" for expression in flags.values())
        conditions.append(f"{met} >= {len(flags) - 1}")
    text = f" WHERE {' AND '.join(conditions)}" if conditions else ""
    flag_columns = "".join(f", {expression} AS s_{facet}" for facet, expression in flags.items())
    matched = (
        f"matched AS MATERIALIZED (SELECT l.resource_id AS id, l.date, l.centre_id, "  # noqa: S608
        f"{', '.join(f'l.{column}' for column in LIST_COLUMNS.values())}{flag_columns} FROM {LISTING_TABLE} l{text})"
    )

    def meeting(*, except_facet: str = "") -> str:
        conditions = [f"m.s_{facet}" for facet in flags if facet != except_facet]
        return " AND ".join(conditions) if conditions else "TRUE"

    first = statement.param(f"% {language} %")
    parts = [
        f"SELECT 'total' AS kind, '' AS value, COUNT(*) AS n, NULL AS date FROM matched m WHERE {meeting()}",  # noqa: S608
        "SELECT 'page', CAST(p.id AS TEXT), p.first, p.date FROM (SELECT m.id, m.date, "  # noqa: S608
        f"CASE WHEN m.languages LIKE {first} THEN 1 ELSE 0 END AS first FROM matched m WHERE {meeting()} "
        f"ORDER BY first DESC, m.date DESC, m.id DESC "
        f"LIMIT {statement.param(limit)} OFFSET {statement.param(offset)}) p",
        "SELECT 'centre', CAST(m.centre_id AS TEXT), COUNT(*), NULL FROM matched m "  # noqa: S608
        f"WHERE m.centre_id IS NOT NULL AND {meeting(except_facet='centre')} GROUP BY m.centre_id",
    ]
    for facet, column in LIST_COLUMNS.items():  # a group per combination of values; split below
        parts.append(
            f"SELECT '{facet}', m.{column}, COUNT(*), NULL FROM matched m "  # noqa: S608
            f"WHERE {meeting(except_facet=facet)} GROUP BY m.{column}"
        )
    sql = f"WITH {matched} {' UNION ALL '.join(parts)}"
    with connection.cursor() as cursor:
        cursor.execute(sql, statement.params)
        rows = cursor.fetchall()

    result = FacetSearch(page_ids=[], total=0)
    page: list[tuple[int, Any, int]] = []
    for kind, value, n, date in rows:
        if kind == "total":
            result.total = int(n)
        elif kind == "page":
            page.append((int(n), date, int(value)))
        else:
            counts = result.counts.setdefault(kind, {})
            for item in value.split() if kind != "centre" else [int(value)]:
                key = item if kind in ("language", "centre") else int(item)
                counts[key] = counts.get(key, 0) + int(n)
    # UNION ALL promises no order: sort the page again by the statement's own ORDER BY.
    page.sort(reverse=True)
    result.page_ids = [pk for _first, _date, pk in page]
    return result


def term_links(resource_ids: Sequence[int]) -> list[tuple[str, int, Any]]:
    """(facet, resource id, the term's translation key) for every term of these resources, in one query."""
    if not resource_ids:
        return []
    statement = _Statement()
    ids = statement.params_list(resource_ids)
    parts = []
    for facet, (_model, m2m_field) in TERM_FIELDS.items():
        m2m = Resource._meta.get_field(m2m_field)
        through, terms = m2m.remote_field.through._meta.db_table, m2m.related_model._meta.db_table
        resource_column, term_column = m2m.m2m_column_name(), m2m.m2m_reverse_name()
        parts.append(
            f"SELECT '{facet}', t.{resource_column}, g.translation_key FROM {through} t "  # noqa: S608
            f"JOIN {terms} g ON g.id = t.{term_column} WHERE t.{resource_column} IN ({ids})"
        )
    key_field = Resource._meta.get_field("translation_key")
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts), statement.params)
        return [(facet, int(pk), key_field.to_python(key)) for facet, pk, key in cursor.fetchall()]
