# ruff: noqa: S108, S603 -- a benchmark: its own scratch folder, and manage.py run with fixed arguments.
"""Time the news list page: the whole request (cache miss: the whole-page cache off) and the template rendering
alone, N times each, on a database of its own filled with the demo content.

    .venv/bin/python bench/news_render.py                 # prepares /tmp/bik-perf-news/db.sqlite3 once
    .venv/bin/python bench/news_render.py --runs 300 --articles 200

Reported: p50 / p95 / mean milliseconds of the request and of rendering its template with the context the page
built (what `TemplateResponse.render` does), the SQL queries of one request, and /proc/loadavg.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

DIRECTORY = Path("/tmp/bik-perf-news")


def _environment() -> dict[str, str]:
    return {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{DIRECTORY / 'db.sqlite3'}",
        "BIK_PAGE_CACHE_SECONDS": "0",
        "DEBUG": "false",
        "SECRET_KEY": "bench-only-not-secret",
        "ALLOWED_HOSTS": "testserver,127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "LOG_LEVEL": "WARNING",
    }


def prepare() -> None:
    DIRECTORY.mkdir(parents=True, exist_ok=True)
    if (DIRECTORY / "ready").exists():
        return
    manage = [sys.executable, "manage.py"]
    for command in (["migrate", "--no-input"], ["load_demo"], ["collectstatic", "--no-input"]):
        subprocess.run([*manage, *command], check=True, env=_environment(), stdout=subprocess.DEVNULL)
    (DIRECTORY / "ready").touch()


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--url", default="/en/news/")
    args = parser.parse_args()
    prepare()
    os.environ.update(_environment())
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bik.settings")
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    if client.get(args.url).status_code != 200:
        sys.exit(f"{args.url} does not answer 200")
    with CaptureQueriesContext(connection) as captured:
        response = client.get(args.url)
    from django.template.loader import select_template

    names = response.template_name  # a TemplateResponse (Wagtail's page.serve): its template and context
    template = select_template([names] if isinstance(names, str) else names)
    context = response.context_data
    requests, renders = [], []
    for _ in range(args.runs):
        start = time.perf_counter()
        client.get(args.url)
        requests.append((time.perf_counter() - start) * 1000)
    for _ in range(args.runs):
        start = time.perf_counter()
        template.render(context, response.wsgi_request)
        renders.append((time.perf_counter() - start) * 1000)
    load = Path("/proc/loadavg").read_text().split()[:3]
    print(f"{args.url}: {args.runs} runs, {len(captured)} SQL queries per request, load {' '.join(load)}")
    for name, values in (("request", requests), ("template render", renders)):
        print(
            f"  {name:16} p50 {statistics.median(values):7.2f} ms  p95 {percentile(values, 0.95):7.2f} ms"
            f"  mean {statistics.fmean(values):7.2f} ms"
        )


if __name__ == "__main__":
    main()
