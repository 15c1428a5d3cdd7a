"""Time the gallery's facet search — full text + 2 facets, one page of 20 results and every facet's counts —
through `bik.resources.services.search` (what the gallery page and the API run), and in the same run one
hand-written SQL statement that returns the same page, total and counts (the database's floor), on the
database named by DATABASE_URL (filled by bench/resources_generate.py).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bik_bench_resources .venv/bin/python bench/resources_facets.py
    DATABASE_URL=sqlite:////tmp/bik-resources-bench/bench.sqlite3 .venv/bin/python bench/resources_facets.py

Reported: for each set of searches, p50 and p95 in milliseconds over --runs searches cycling through the set,
for the service and the floor, and their ratio; per search, how many resources its text matches and its
median. Before timing, the floor is checked to return the same page, total and counts as the service.
The "target" set is what the performance targets are about; --sets adds the others (text only, facets only,
nothing chosen) for context.
"""

from __future__ import annotations

import argparse
import functools
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bik.settings")
os.environ.setdefault("BIK_VAR_DIR", "/tmp/bik-resources-bench")  # noqa: S108 -- the bench's own scratch folder
os.environ.setdefault("BIK_TESTING", "true")

Search = tuple[str, str, dict[str, list[str]]]  # (visitor's language, words, {facet: values})
SETS: dict[str, list[Search]] = {
    # Full text + two facets: the targets (p95 <= 50 ms PostgreSQL, <= 150 ms SQLite).
    "target": [
        ("el", "cyberbullying", {"language": ["el"], "age": ["13-15"]}),
        ("en", "privacy", {"language": ["en"], "audience": ["parents"]}),
        ("de", "gaming", {"topic": ["gaming"], "age": ["9-12"]}),
        ("fr", "school", {"language": ["fr"], "type": ["guide"]}),
        ("en", "parents", {"centre": ["ie"], "topic": ["sexting"]}),
        ("it", "sexting", {"audience": ["teenagers"], "type": ["quiz"]}),
        ("en", "online grooming", {"language": ["en"], "age": ["13-15"]}),
        ("en", "hate speech", {"audience": ["teachers"], "age": ["16-18"]}),
    ],
    "text only": [
        ("en", "cyberbullying", {}),
        ("en", "school", {}),
        ("en", "online grooming", {}),
    ],
    "facets only": [
        ("el", "", {"language": ["el"], "age": ["13-15"]}),
        ("en", "", {"topic": ["privacy"], "audience": ["parents"]}),
    ],
    "nothing chosen": [("en", "", {})],
}
PER_PAGE = 20
TERMS = {
    "age": ("resources_resource_age_groups", "agegroup_id", "resources_agegroup"),
    "audience": ("resources_resource_audiences", "audience_id", "resources_audience"),
    "topic": ("resources_resource_topics", "topic_id", "resources_topic"),
    "type": ("resources_resource_types", "resourcetype_id", "resources_resourcetype"),
}
PG_CONFIGS = [
    "danish",
    "dutch",
    "english",
    "finnish",
    "french",
    "german",
    "greek",
    "hungarian",
    "irish",
    "italian",
    "lithuanian",
    "norwegian",
    "portuguese",
    "romanian",
    "serbian",
    "simple",
    "spanish",
    "swedish",
]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def text_sql(vendor: str) -> str:
    """The ids of the originals whose text matches %(q)s (on PostgreSQL a tsquery, read beforehand in every
    configuration as the service reads it; on SQLite an FTS5 query)."""
    if vendor == "postgresql":
        return "SELECT resource_id FROM resources_resourcelisting WHERE document @@ CAST(%(q)s AS tsquery)"
    return (
        "SELECT s.original_id FROM resources_resourcesearchtext_fts f "
        "JOIN resources_resourcesearchtext s ON s.resource_id = f.rowid "
        "WHERE resources_resourcesearchtext_fts MATCH %(q)s"
    )


def floor_sql(vendor: str, words: str, query: dict[str, list[str]], params: dict[str, Any]) -> str:
    """One statement on the listing: the matching originals (text matched once) with a flag per selection, then
    the page, the total and for each facet its counts per combination of values against the other selections.
    Written for the query at hand: term ids, centre ids and LIKE patterns come in as parameters."""
    columns = {
        "language": "languages",
        "age": "age_groups",
        "audience": "audiences",
        "topic": "topics",
        "type": "types",
    }
    flags = []
    for facet in query:
        names = [name for name in params if name.startswith(f"{facet}_")]
        if facet == "centre":
            flags.append(f"COALESCE(l.centre_id IN ({', '.join(f'%({n})s' for n in names)}), FALSE) AS s_{facet}")
        else:
            likes = " OR ".join(f"l.{columns[facet]} LIKE %({name})s" for name in names)
            flags.append(f"({likes}) AS s_{facet}")
    match = (
        "l.document @@ CAST(%(q)s AS tsquery)" if vendor == "postgresql" else f"l.resource_id IN ({text_sql(vendor)})"
    )
    where = f" WHERE {match}" if words else ""
    matched = (
        "SELECT l.resource_id AS id, l.date, l.centre_id, l.languages, l.topics, l.age_groups, l.audiences, "  # noqa: S608
        f"l.types{''.join(', ' + f for f in flags)} FROM resources_resourcelisting l{where}"
    )

    def meets(excluding: str = "") -> str:
        return " AND ".join(f"m.s_{facet}" for facet in query if facet != excluding) or "TRUE"

    parts = [
        f"SELECT 'total', '', COUNT(*), NULL FROM matched m WHERE {meets()}",  # noqa: S608
        "SELECT 'page', CAST(p.id AS TEXT), p.first, p.date FROM (SELECT m.id, m.date, "  # noqa: S608
        f"CASE WHEN m.languages LIKE %(lang)s THEN 1 ELSE 0 END AS first FROM matched m WHERE {meets()} "
        "ORDER BY first DESC, m.date DESC, m.id DESC LIMIT 20 OFFSET 0) p",
        "SELECT 'centre', CAST(m.centre_id AS TEXT), COUNT(*), NULL FROM matched m "  # noqa: S608
        f"WHERE m.centre_id IS NOT NULL AND {meets('centre')} GROUP BY m.centre_id",
    ]
    for facet, column in columns.items():
        parts.append(
            f"SELECT '{facet}', m.{column}, COUNT(*), NULL FROM matched m WHERE {meets(facet)} GROUP BY m.{column}"  # noqa: S608
        )
    return f"WITH matched AS MATERIALIZED ({matched}) " + " UNION ALL ".join(parts)


@functools.cache
def query_text(vendor: str, words: str) -> str:
    """The text query as the statement takes it (computed once per search text, outside the timings)."""
    if vendor == "postgresql":
        from bik.resources.search import _pg_readings

        return _pg_readings(words.split())
    return " ".join(f'"{word}"' for word in words.split())


def floor_params(vendor: str, lang: str, words: str, selected: dict[str, list[str]], ids: Any) -> dict[str, Any]:
    """The floor's parameters: what a hand-written query would carry as constants (term and centre ids)."""
    params: dict[str, Any] = {"q": query_text(vendor, words), "lang": f"% {lang} %"}
    for facet, values in selected.items():
        if facet == "centre":
            chosen = [ids["centre"][value] for value in values]
        elif facet == "language":
            chosen = [f"% {value} %" for value in values]
        else:
            chosen = [f"% {pk} %" for value in values for pk in ids[facet][value]]
        params.update({f"{facet}_{i}": value for i, value in enumerate(chosen)})
    return params


def decode(rows: list[tuple[str, Any, int, Any]], slugs: Any) -> list[tuple[str, Any, int, Any]]:
    """The floor's combinations of values as counts per value (language code, term slug, country code)."""
    counts: dict[tuple[str, str], int] = {}
    decoded = []
    for kind, value, n, date in rows:
        if kind in ("total", "page"):
            decoded.append((kind, value, n, date))
            continue
        for item in value.split():
            key = (kind, item if kind == "language" else slugs[kind][int(item)])
            counts[key] = counts.get(key, 0) + n
    return decoded + [(kind, value, n, None) for (kind, value), n in counts.items()]


def normalised_sql(vendor: str, words: str, query: dict[str, list[str]]) -> str:
    """The same in one statement over the normalised tables (link tables, language versions), for comparison:
    the matching originals (text matched once), a flag per selection, the page, the total, each facet's counts.
    """
    text = text_sql(vendor)

    def values(facet: str) -> str:
        return ", ".join(f"%({facet}_{i})s" for i in range(len(query[facet])))

    flags = []
    for facet in query:
        if facet == "language":
            sel = f"SELECT resource_id FROM resources_resourcelanguageversion WHERE language IN ({values(facet)})"  # noqa: S608
        elif facet == "centre":
            sel = f"SELECT c.id FROM network_centre c WHERE LOWER(c.country) IN ({values(facet)})"  # noqa: S608
            flags.append(f"COALESCE(r.centre_id IN ({sel}), FALSE) AS s_{facet}")
            continue
        else:
            table, column, terms = TERMS[facet]
            sel = (
                f"SELECT t.resource_id FROM {table} t JOIN {terms} g ON g.id = t.{column} "  # noqa: S608
                f"WHERE g.slug IN ({values(facet)})"
            )
        flags.append(f"r.id IN ({sel}) AS s_{facet}")
    where_text = f" AND r.id IN ({text})" if words else ""
    matched = (
        f"SELECT r.id, r.date, r.centre_id{''.join(', ' + f for f in flags)} FROM resources_resource r "  # noqa: S608
        f"WHERE r.live AND r.is_original{where_text}"
    )

    def meets(excluding: str = "") -> str:
        return " AND ".join(f"m.s_{facet}" for facet in query if facet != excluding) or "TRUE"

    parts = [
        f"SELECT 'total', '', COUNT(*), NULL FROM matched m WHERE {meets()}",  # noqa: S608
        "SELECT 'page', CAST(p.id AS TEXT), p.first, p.date FROM (SELECT m.id, m.date, "  # noqa: S608
        "CASE WHEN EXISTS (SELECT 1 FROM resources_resourcelanguageversion v WHERE v.resource_id = m.id "
        f"AND v.language = %(lang)s) THEN 1 ELSE 0 END AS first FROM matched m WHERE {meets()} "
        "ORDER BY first DESC, m.date DESC, m.id DESC LIMIT 20 OFFSET 0) p",
        "SELECT 'language', v.language, COUNT(*), NULL FROM matched m "  # noqa: S608
        "JOIN resources_resourcelanguageversion v ON v.resource_id = m.id "
        f"WHERE {meets('language')} GROUP BY v.language",
        "SELECT 'centre', LOWER(c.country), COUNT(*), NULL FROM matched m "  # noqa: S608
        f"JOIN network_centre c ON c.id = m.centre_id WHERE {meets('centre')} GROUP BY c.country",
    ]
    for facet, (table, column, terms) in TERMS.items():
        parts.append(
            f"SELECT '{facet}', g.slug, COUNT(*), NULL FROM matched m JOIN {table} t ON t.resource_id = m.id "  # noqa: S608
            f"JOIN {terms} g ON g.id = t.{column} WHERE {meets(facet)} GROUP BY g.slug"
        )
    return f"WITH matched AS MATERIALIZED ({matched}) " + " UNION ALL ".join(parts)


def normalised_params(vendor: str, lang: str, words: str, selected: dict[str, list[str]]) -> dict[str, Any]:
    params: dict[str, Any] = {"q": query_text(vendor, words), "lang": lang}
    for facet, values in selected.items():
        for i, value in enumerate(values):
            params[f"{facet}_{i}"] = value
    return params


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=400, help="timed searches per set (default 400)")
    parser.add_argument("--sets", nargs="*", default=["target"], choices=list(SETS), help="default: target")
    parser.add_argument("--normalised", action="store_true", help="also time the statement on normalised tables")
    args = parser.parse_args()
    if "DATABASE_URL" not in os.environ:
        parser.error("set DATABASE_URL to the benchmark's database")

    import django

    django.setup()
    from django.db import connection
    from django.utils import translation

    from bik.network.models import Centre
    from bik.resources import services
    from bik.resources.models import Resource, ResourceSearchText

    vendor = connection.vendor
    total = Resource.objects.filter(live=True, is_original=True).count()
    print(f"{vendor}: {total} live original resources, {ResourceSearchText.objects.count()} live texts")
    print(f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())} ({os.cpu_count()} cores)")
    languages = {lang for searches in SETS.values() for lang, _q, _f in searches}
    vocabularies = {lang: services.Vocabularies.load(lang) for lang in languages}
    ids: dict[str, dict[str, Any]] = {"centre": {c.country.code.lower(): c.pk for c in Centre.objects.all()}}
    slugs: dict[str, dict[int, str]] = {"centre": {pk: code for code, pk in ids["centre"].items()}}
    for facet, (_label, model, _field, _term) in services.TERM_FACETS.items():
        slugs[facet] = dict(model.objects.values_list("pk", "slug"))
        ids[facet] = {}
        for pk, slug in slugs[facet].items():
            ids[facet].setdefault(slug, []).append(pk)

    def timed(sql: str, params: dict[str, Any]) -> tuple[list[Any], float]:
        started = time.perf_counter()
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        return rows, time.perf_counter() - started

    for set_name in args.sets:
        searches = SETS[set_name]
        times: dict[str, list[float]] = {"service": [], "floor": [], "normalised": []}
        per_search: dict[int, list[float]] = {i: [] for i in range(len(searches))}
        for run in range(args.runs + len(searches)):  # the first round warms caches, checks, and is not timed
            index = run % len(searches)
            lang, words, selected = searches[index]
            query = services.GalleryQuery(q=words, selected=selected)
            with translation.override(lang):
                started = time.perf_counter()
                result = services.search(query, vocabularies[lang], per_page=PER_PAGE)
                elapsed = time.perf_counter() - started
            params = floor_params(vendor, lang, words, selected, ids)
            started = time.perf_counter()
            rows, _elapsed = timed(floor_sql(vendor, words, selected, params), params)
            rows = decode(rows, slugs)
            floor_elapsed = time.perf_counter() - started
            normalised_elapsed = 0.0
            if args.normalised or run < len(searches):
                normalised = normalised_sql(vendor, words, selected)
                plain_rows, normalised_elapsed = timed(normalised, normalised_params(vendor, lang, words, selected))
            if run < len(searches):
                check(result, rows, words)
                check(result, plain_rows, words)
                if words:
                    matched = services.search(services.GalleryQuery(q=words), vocabularies[lang]).count
                    print(f"  {words!r} matches {matched} resources ({100 * matched / total:.1f} %)")
            else:
                times["service"].append(elapsed * 1000)
                times["floor"].append(floor_elapsed * 1000)
                times["normalised"].append(normalised_elapsed * 1000)
                per_search[index].append(elapsed * 1000)

        def line(name: str, values: list[float]) -> str:
            return f"{name}: p50 {statistics.median(values):.1f} ms, p95 {percentile(values, 0.95):.1f} ms"

        print(f"[{set_name}] {args.runs} runs over {len(searches)} searches")
        for index, (lang, words, selected) in enumerate(searches):
            print(f"  {lang} {words!r} {selected}: service median {statistics.median(per_search[index]):.1f} ms")
        print("  " + line("service (services.search)", times["service"]))
        print("  " + line("floor (one hand-written SQL statement on the listing)", times["floor"]))
        if args.normalised:
            print("  " + line("one hand-written statement on the normalised tables", times["normalised"]))
        ratio_50 = statistics.median(times["service"]) / statistics.median(times["floor"])
        ratio_95 = percentile(times["service"], 0.95) / percentile(times["floor"], 0.95)
        print(f"  ratio service/floor: p50 {ratio_50:.2f}×, p95 {ratio_95:.2f}×")
    print(f"load average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


def check(result: Any, rows: list[tuple[str, str, int, Any]], words: str) -> None:
    """The floor returns what the service returns: same page, same total, same counts."""
    # Plain asserts: this is a measuring script run by hand, and a mismatch must stop it loudly.
    page = [int(value) for _n, _date, value in sorted(((n, d, int(v)) for k, v, n, d in rows if k == "page"))[::-1]]
    total = next(n for kind, _v, n, _d in rows if kind == "total")
    assert total == result.count, (words, total, result.count)  # noqa: S101
    assert page == [r.pk for r in result.page.object_list], (words, page[:5])  # noqa: S101
    for facet in result.facets:
        floor = {value: n for kind, value, n, _d in rows if kind == facet.name}
        service = {v.value: v.count for v in facet.values if v.count}
        assert floor == service, (words, facet.name, floor, service)  # noqa: S101


if __name__ == "__main__":
    main()
