# ruff: noqa: S108, S603 -- a benchmark: its own scratch folder, and manage.py run with fixed arguments.
"""Time the news list page: the whole request (cache miss: the whole-page cache off) and the template rendering
alone, N times each, on a database of its own filled with the demo content.

    .venv/bin/python bench/news_render.py                 # prepares /tmp/bik-perf-news/db.sqlite3 once
    .venv/bin/python bench/news_render.py --runs 300
    # another version of the code (an exported tree, run from its folder) with a database of its own:
    cd /tmp/bik-before && /work/…/.venv/bin/python /work/…/bench/news_render.py --directory /tmp/bik-perf-news-before

Reported: p50 / p95 / mean milliseconds of the request, of the rendering of its template inside the request
("rendering in it": `TemplateResponse.rendered_content`, with whatever the template reads on the way), and of
rendering the template again with the context the page built ("template render": what is left once everything
lazy has been read), the SQL queries of one request, and /proc/loadavg.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

DIRECTORY = Path("/tmp/bik-perf-news")


def _environment(directory: Path) -> dict[str, str]:
    return {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{directory / 'db.sqlite3'}",
        "BIK_VAR_DIR": str(directory / "var"),
        "BIK_PAGE_CACHE_SECONDS": "0",
        "DEBUG": "false",
        "SECRET_KEY": "bench-only-not-secret",
        "ALLOWED_HOSTS": "testserver,127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "LOG_LEVEL": "WARNING",
    }


def prepare(directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    if (directory / "ready").exists():
        return
    manage = [sys.executable, "manage.py"]
    for command in (["migrate", "--no-input"], ["load_demo"], ["collectstatic", "--no-input"]):
        subprocess.run([*manage, *command], check=True, env=_environment(directory), stdout=subprocess.DEVNULL)
    (directory / "ready").touch()


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--url", default="/en/news/")
    parser.add_argument("--directory", type=Path, default=DIRECTORY, help=f"its database's folder ({DIRECTORY})")
    args = parser.parse_args()
    sys.path.insert(0, os.getcwd())  # the code of the folder it is run from
    prepare(args.directory)
    os.environ.update(_environment(args.directory))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bik.settings")
    import django

    django.setup()
    from django.db import connection
    from django.template.response import SimpleTemplateResponse
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    # The time each request spends rendering its template, whatever that rendering does (lazy lists read
    # on the way, template tags' look-ups, included templates): measured inside real requests.
    in_request: list[float] = []
    rendered_content = SimpleTemplateResponse.rendered_content

    def timed_rendering(response: SimpleTemplateResponse) -> Any:
        start = time.perf_counter()
        content = rendered_content.fget(response)  # type: ignore[attr-defined]
        in_request.append((time.perf_counter() - start) * 1000)
        return content

    SimpleTemplateResponse.rendered_content = property(timed_rendering)  # type: ignore[assignment,method-assign]

    client = Client()
    if client.get(args.url).status_code != 200:
        sys.exit(f"{args.url} does not answer 200")
    with CaptureQueriesContext(connection) as captured:
        response = client.get(args.url)
    queries = len(captured)  # now: the next request empties Django's query log
    from django.template.loader import select_template

    names = response.template_name  # a TemplateResponse (Wagtail's page.serve): its template and context
    template = select_template([names] if isinstance(names, str) else names)
    context = response.context_data
    requests, renders = [], []
    in_request.clear()
    for _ in range(args.runs):
        start = time.perf_counter()
        client.get(args.url)
        requests.append((time.perf_counter() - start) * 1000)
    for _ in range(args.runs):
        start = time.perf_counter()
        template.render(context, response.wsgi_request)
        renders.append((time.perf_counter() - start) * 1000)
    load = Path("/proc/loadavg").read_text().split()[:3]
    print(f"{args.url}: {args.runs} runs, {queries} SQL queries per request, load {' '.join(load)}")
    for name, values in (
        ("request", requests),
        ("rendering in it", in_request),
        ("template render", renders),
    ):
        print(
            f"  {name:16} p50 {statistics.median(values):7.2f} ms  p95 {percentile(values, 0.95):7.2f} ms"
            f"  mean {statistics.fmean(values):7.2f} ms"
        )


if __name__ == "__main__":
    main()
