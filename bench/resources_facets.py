"""Time the gallery's facet search — full text + 2 facets, one page of results and every facet's counts —
through `bik.resources.services.search` (what the page and the API run), and one hand-written SQL statement
that returns the same page and the same counts (the database's floor), on the database named by DATABASE_URL
(filled by bench/resources_generate.py).

    DATABASE_URL=sqlite:////tmp/bik-bench-resources/bench.sqlite3 .venv/bin/python bench/resources_facets.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bik_bench_resources .venv/bin/python bench/resources_facets.py

Reported: p50 and p95 in milliseconds over --runs searches cycling through a fixed set of queries, for both,
and their ratio. The floor is checked to return the same page and counts as the service.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bik.settings")
os.environ.setdefault("BIK_VAR_DIR", "/tmp/bik-bench-resources")  # noqa: S108 -- the bench's own scratch folder
os.environ.setdefault("BIK_TESTING", "true")

# (visitor's language, words, {facet: values}) — always full text + two facets.
SEARCHES: list[tuple[str, str, dict[str, list[str]]]] = [
    ("el", "cyberbullying", {"language": ["el"], "age": ["13-15"]}),
    ("en", "privacy", {"language": ["en"], "audience": ["parents"]}),
    ("de", "gaming", {"topic": ["gaming"], "age": ["9-12"]}),
    ("fr", "school", {"language": ["fr"], "type": ["guide"]}),
    ("en", "parents", {"centre": ["ie"], "topic": ["sexting"]}),
    ("it", "sexting", {"audience": ["teenagers"], "type": ["quiz"]}),
]
PER_PAGE = 20


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def floor_sql(vendor: str, query: dict[str, list[str]]) -> str:
    """One statement: the matching ids, each facet's counts against the other selections, the page.

    Only constant table and column names are put into the text; every value is a query parameter."""
    if vendor == "postgresql":
        text = (
            "SELECT e.object_id::bigint AS id FROM wagtailsearch_indexentry e WHERE e.content_type_id = %(ct)s "
            "AND (e.title @@ plainto_tsquery(%(q)s) OR e.body @@ plainto_tsquery(%(q)s))"
        )
    else:
        text = (
            "SELECT CAST(e.object_id AS INTEGER) AS id FROM wagtailsearch_indexentry_fts f "
            "JOIN wagtailsearch_indexentry e ON e.id = f.rowid "
            "WHERE wagtailsearch_indexentry_fts MATCH %(q)s AND e.content_type_id = %(ct)s"
        )
    m2m = {
        "age": ("resources_resource_age_groups", "agegroup_id", "resources_agegroup"),
        "audience": ("resources_resource_audiences", "audience_id", "resources_audience"),
        "topic": ("resources_resource_topics", "topic_id", "resources_topic"),
        "type": ("resources_resource_types", "resourcetype_id", "resources_resourcetype"),
    }

    def placeholders(facet: str) -> str:
        return "(" + ", ".join(f"%({facet}_{i})s" for i in range(len(query[facet]))) + ")"

    def selection(facet: str) -> str:
        where = placeholders(facet)
        if facet == "language":
            return f"SELECT resource_id FROM resources_resourcelanguageversion WHERE language IN {where}"  # noqa: S608
        if facet == "centre":
            return (
                "SELECT r.id FROM resources_resource r JOIN network_centre c ON c.id = r.centre_id "  # noqa: S608
                f"WHERE LOWER(c.country) IN {where}"
            )
        table, column, terms = m2m[facet]
        join = f"{table} t JOIN {terms} v ON v.id = t.{column}"
        return f"SELECT t.resource_id FROM {join} WHERE v.slug IN {where}"  # noqa: S608

    ctes = [
        f"translated AS (SELECT r.translation_key FROM resources_resource r WHERE r.live AND r.id IN ({text}))",  # noqa: S608
        "matched AS (SELECT r.id, r.date, r.centre_id FROM resources_resource r "
        "WHERE r.live AND r.is_original AND r.translation_key IN (SELECT translation_key FROM translated))",
    ]
    for facet in query:
        ctes.append(f"sel_{facet} AS ({selection(facet)})")

    def base(excluding: str | None) -> str:
        clauses = [f"m.id IN (SELECT * FROM sel_{facet})" for facet in query if facet != excluding]  # noqa: S608
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        return f"SELECT m.id, m.date, m.centre_id FROM matched m{where}"  # noqa: S608

    for name in ("all", *query):
        ctes.append(f"base_{name} AS ({base(None if name == 'all' else name)})")

    def base_for(facet: str) -> str:
        return f"base_{facet}" if facet in query else "base_all"

    parts = [
        "SELECT 'page' AS kind, CAST(id AS TEXT) AS value, 0 AS n FROM (SELECT b.id FROM base_all b ORDER BY "
        "EXISTS (SELECT 1 FROM resources_resourcelanguageversion v WHERE v.resource_id = b.id "
        "AND v.language = %(lang)s) DESC, b.date DESC, b.id DESC LIMIT 20) page",
        "SELECT 'total', '', COUNT(*) FROM base_all",
        "SELECT 'language', v.language, COUNT(*) FROM resources_resourcelanguageversion v "  # noqa: S608
        f"WHERE v.resource_id IN (SELECT id FROM {base_for('language')}) GROUP BY v.language",
        "SELECT 'centre', LOWER(c.country), COUNT(*) FROM "  # noqa: S608
        f"{base_for('centre')} b JOIN network_centre c ON c.id = b.centre_id GROUP BY c.country",
    ]
    for facet, (table, column, terms) in m2m.items():
        parts.append(
            f"SELECT '{facet}', v.slug, COUNT(*) FROM {table} t JOIN {terms} v ON v.id = t.{column} "  # noqa: S608
            f"WHERE t.resource_id IN (SELECT id FROM {base_for(facet)}) GROUP BY v.slug"
        )
    return "WITH " + ", ".join(ctes) + " " + " UNION ALL ".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=120)
    args = parser.parse_args()
    if "DATABASE_URL" not in os.environ:
        parser.error("set DATABASE_URL to the benchmark's database")

    import django

    django.setup()
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection
    from django.utils import translation

    from bik.resources import services
    from bik.resources.models import Resource

    vendor = connection.vendor
    content_type = ContentType.objects.get_for_model(Resource).pk
    total = Resource.objects.filter(live=True, is_original=True).count()
    print(f"{vendor}: {total} live resources")

    vocabularies = {lang: services.Vocabularies.load(lang) for lang, _q, _f in SEARCHES}
    service_times: list[float] = []
    floor_times: list[float] = []
    for run in range(args.runs + len(SEARCHES)):  # the first round warms caches and is not counted
        lang, words, selected = SEARCHES[run % len(SEARCHES)]
        query = services.GalleryQuery(q=words, selected=selected)
        with translation.override(lang):
            started = time.perf_counter()
            result = services.search(query, vocabularies[lang], per_page=PER_PAGE)
            elapsed = time.perf_counter() - started
        params: dict[str, Any] = {"q": words, "ct": content_type, "lang": lang}
        params.update({f"{facet}_{i}": value for facet, values in selected.items() for i, value in enumerate(values)})
        sql = floor_sql(vendor, selected)
        started = time.perf_counter()
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        floor_elapsed = time.perf_counter() - started
        if run >= len(SEARCHES):
            service_times.append(elapsed * 1000)
            floor_times.append(floor_elapsed * 1000)
        else:
            check(result, rows, words)

    def line(name: str, times: list[float]) -> str:
        return f"{name}: p50 {statistics.median(times):.1f} ms, p95 {percentile(times, 0.95):.1f} ms"

    print(line("service (ORM, 9 queries)", service_times))
    print(line("floor (one hand-written SQL statement)", floor_times))
    ratio_50 = statistics.median(service_times) / statistics.median(floor_times)
    ratio_95 = percentile(service_times, 0.95) / percentile(floor_times, 0.95)
    print(f"ratio service/floor: p50 {ratio_50:.2f}×, p95 {ratio_95:.2f}×")


def check(result: Any, rows: list[tuple[str, str, int]], words: str) -> None:
    """The floor returns what the service returns: same page, same total, same counts."""
    # Plain asserts: this is a measuring script run by hand, and a mismatch must stop it loudly.
    page = [int(value) for kind, value, _n in rows if kind == "page"]
    total = next(n for kind, _v, n in rows if kind == "total")
    assert total == result.count, (words, total, result.count)  # noqa: S101
    assert page == [r.pk for r in result.page.object_list], (words, page[:5])  # noqa: S101
    for facet in result.facets:
        floor = {value: n for kind, value, n in rows if kind == facet.name}
        service = {v.value: v.count for v in facet.values if v.count}
        assert floor == service, (words, facet.name, floor, service)  # noqa: S101


if __name__ == "__main__":
    main()
