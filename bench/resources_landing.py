"""Time the resource gallery's landing page — nothing chosen, the most visited state — and a filtered state as a
visitor gets them when the whole-page cache does not hold them: the full request (middleware, routing, the view,
its queries and the template) through Django's test client, on the database named by DATABASE_URL (filled by
bench/resources_generate.py), and beside it `bik.resources.services.search` alone.

    DATABASE_URL=sqlite:////tmp/bik-resources-bench/bench.sqlite3 .venv/bin/python bench/resources_landing.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bik_bench_resources .venv/bin/python bench/resources_landing.py

The whole-page cache is off (BIK_TESTING sets PAGE_CACHE_SECONDS to 0), so every request is a miss; the site's
look-ups (site, route, vocabularies, centres) are warm after the first request, as on a running site. The bench
adds a gallery page in each language it visits under the default site's root when the database has none.
Reported per state and visitor's language: p50 and p95 in milliseconds over --runs requests, the SQL queries of one
request, the total shown; and the load average (the machine is shared).
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
os.environ.setdefault("BIK_VAR_DIR", "/tmp/bik-resources-bench")  # noqa: S108 -- the bench's own scratch folder
os.environ.setdefault("BIK_TESTING", "true")

# (name, visitor's language, query string)
STATES = [
    ("nothing chosen", "en", ""),
    ("nothing chosen", "fr", ""),
    ("nothing chosen", "el", ""),
    ("nothing chosen", "mt", ""),
    ("filtered: topic + language", "en", "topic=privacy&language=en"),
    ("filtered: topic + language", "el", "topic=cyberbullying&language=el"),
]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def ensure_galleries(languages: set[str]) -> None:
    """A live gallery page in each of `languages`, made (with the site's root page in that language) under the
    default site's root when the database has none: resources_generate.py makes no pages."""
    from wagtail.models import Locale, Site

    from bik.resources.models import ResourceGalleryPage

    english = Locale.objects.get(language_code="en")
    gallery = ResourceGalleryPage.objects.live().filter(locale=english).first()
    if gallery is None:
        gallery = ResourceGalleryPage(title="Resources", slug="resources", locale=english)
        Site.objects.get(is_default_site=True).root_page.add_child(instance=gallery)
        gallery.save_revision().publish()
    for language in languages - {"en"}:
        locale = Locale.objects.get(language_code=language)
        if not ResourceGalleryPage.objects.live().filter(locale=locale).exists():
            gallery.copy_for_translation(locale, copy_parents=True).save_revision().publish()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=200, help="timed requests per state (default 200)")
    args = parser.parse_args()
    if "DATABASE_URL" not in os.environ:
        parser.error("set DATABASE_URL to the benchmark's database")

    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.utils import translation

    from bik.resources import services
    from bik.resources.models import Resource

    total = Resource.objects.filter(live=True, is_original=True).count()
    print(f"{connection.vendor}: {total} live original resources")
    print(f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())} ({os.cpu_count()} cores)")
    ensure_galleries({language for _name, language, _query in STATES})
    client = Client()
    for name, language, query in STATES:
        url = f"/{language}/resources/" + (f"?{query}" if query else "")
        response = client.get(url)  # warms the look-ups, as on a running site
        assert response.status_code == 200, (url, response.status_code)  # noqa: S101 -- a bench run by hand
        with CaptureQueriesContext(connection) as captured:
            client.get(url)
        queries = len(captured.captured_queries)  # now: the next request empties Django's query log
        page: list[float] = []
        for _run in range(args.runs):
            started = time.perf_counter()
            client.get(url)
            page.append((time.perf_counter() - started) * 1000)
        vocabularies = services.Vocabularies.load(language)
        gallery_query = services.parse_query(
            {key: [value] for key, value in (pair.split("=") for pair in query.split("&") if pair)}, vocabularies
        )
        searched: list[float] = []
        result: Any = None
        with translation.override(language):
            for _run in range(args.runs):
                started = time.perf_counter()
                result = services.search(gallery_query, vocabularies)
                searched.append((time.perf_counter() - started) * 1000)
        print(
            f"[{name}, {language}] {result.count} shown as the total; page: p50 {statistics.median(page):.1f} ms, "
            f"p95 {percentile(page, 0.95):.1f} ms, {queries} queries; services.search: "
            f"p50 {statistics.median(searched):.1f} ms, p95 {percentile(searched, 0.95):.1f} ms"
        )
    rare_language(args.runs)
    print(f"load average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


def rare_language(runs: int, carried_by: int = 5) -> None:
    """The front page's first rows for a visitor whose language only the `carried_by` oldest resources carry (the
    bench's languages are all common): made inside a transaction that is rolled back. Timed: front_page as it
    is, and the walk along the date index it avoids for such a language."""
    from django.db import transaction

    from bik.resources.models import ResourceFacetCount, ResourceLanguageVersion, ResourceListing
    from bik.resources.search import front_page

    language = "xx"  # a code no resource uses
    with transaction.atomic():
        oldest = list(ResourceListing.objects.order_by("date", "resource_id")[:carried_by])
        for row in oldest:
            ResourceLanguageVersion.objects.create(
                resource_id=row.resource_id, language=language, url="https://x.example"
            )
            row.languages = f"{row.languages}{language} "
            row.save(update_fields=["languages"])
        ResourceFacetCount.objects.create(facet="language", value=language, n=carried_by)
        walk = ResourceListing.objects.order_by("-date", "-resource_id").filter(languages__contains=f" {language} ")
        timings: dict[str, list[float]] = {"front_page": [], "walk": []}
        for _run in range(runs):
            started = time.perf_counter()
            page = front_page(language, 0, 20)
            timings["front_page"].append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            list(walk.values_list("resource_id", flat=True)[:carried_by])
            timings["walk"].append((time.perf_counter() - started) * 1000)
        assert set(page.page_ids[:carried_by]) == {row.resource_id for row in oldest}  # noqa: S101
        transaction.set_rollback(True)
    print(
        f"[nothing chosen, a language only the {carried_by} oldest resources carry] front_page: "
        f"p50 {statistics.median(timings['front_page']):.1f} ms, p95 {percentile(timings['front_page'], 0.95):.1f} ms;"
        f" walking the date index for them instead: p50 {statistics.median(timings['walk']):.1f} ms, "
        f"p95 {percentile(timings['walk'], 0.95):.1f} ms"
    )


if __name__ == "__main__":
    main()
