# ruff: noqa: S108, S603 -- a benchmark: its own scratch folder, a fixed command (the venv's python)
"""Requests per second and latency of three public pages — the home page, the news list and a filtered resource
gallery page — served by gunicorn with 2 sync workers on 127.0.0.1 with production settings (DEBUG off, a
secret key, no SSL redirect), uncached (BIK_CACHE=dummy) and with the cache on (local memory; Redis).

    .venv/bin/python bench/wsgi_requests.py                       # SQLite and PostgreSQL, all three caches
    .venv/bin/python bench/wsgi_requests.py --databases sqlite --caches uncached locmem --duration 10

It prepares its own databases: a SQLite file under /tmp/bik-bench-wsgi/ and the PostgreSQL database
bik_bench_wsgi on 127.0.0.1 (dropped and created anew), each migrated and filled with `manage.py load_demo`,
with its static files collected for the manifest storage production uses. `--reuse` keeps a database that an
earlier run prepared. Redis runs use database 5 of redis://127.0.0.1:6379, emptied before each server start.

The load generator is this script: --clients threads, each with its own http.client connection (kept alive
where the server allows it: gunicorn's sync workers close the connection after every response, so a client
reconnects for each request, as it would behind nginx without upstream keep-alive). A warm-up of --warmup
seconds on each page comes first and is not counted. Each page is then driven alone for --duration seconds;
reported are completed requests per second, p50 and p95 latency, errors (any status but 200 or a failed
connection) and the load average at the start. Each configuration runs --repeat times; the best run (most
requests per second) is reported. The load generator shares the machine's cores with the server.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

from wsgi_server import BASE_DIR, HOST, PYTHON, Bench, fetch, loadavg, percentile

BENCH = Bench(scratch=Path("/tmp/bik-bench-wsgi"), pg_name="bik_bench_wsgi", redis_db=5)
DATABASES = ("sqlite", "postgres")
# The application's own caching only: whole pages are measured by bench/side_by_side.py.
CACHES: dict[str, dict[str, str]] = {
    "uncached": {"BIK_CACHE": "dummy"},
    "locmem": {"BIK_PAGE_CACHE_SECONDS": "0"},
    "redis": {"REDIS_URL": BENCH.redis_url, "BIK_PAGE_CACHE_SECONDS": "0"},
}
# Greek resources for 13-15 year-olds about cyberbullying: the demo's promised search, two facets and a topic.
PAGES = {
    "home": "/en/",
    "news list": "/en/news/",
    "gallery (filtered)": "/en/portal/resources/?language=el&age=13-15&topic=cyberbullying",
}
# What each page shows when it works, checked once before timing so that speed is never measured on an empty
# or broken page (during the runs a status other than 200 counts as an error).
PAGE_MARKERS = {
    "home": "<main",
    "news list": 'class="article-list__item"',
    "gallery (filtered)": 'class="resource-item"',
}
# Variables of the caller's environment that would change the server's configuration behind our back.
CLEARED = ("DEBUG", "BIK_TESTING", "DATABASE_URL", "REDIS_URL", "BIK_CACHE", "BIK_VAR_DIR", "SECRET_KEY")


@dataclass
class Result:
    database: str
    cache: str
    page: str
    clients: int
    seconds: float
    requests: int
    errors: int
    rps: float
    p50_ms: float
    p95_ms: float
    queries: int
    loadavg: str


@contextmanager
def gunicorn(database: str, cache: str, workers: int) -> Iterator[int]:
    """A gunicorn with `workers` sync workers on a free loopback port, until the block ends."""
    if cache == "redis":
        BENCH.empty_redis()
    with BENCH.gunicorn(database, workers=workers, env=CACHES[cache], log_name=f"gunicorn-{cache}") as port:
        yield port


# Run by the venv's python with the server's environment: the SQL queries of each page's second request in one
# process (the first fills that process's caches, as a worker's first requests do).
COUNT_QUERIES = """
import json, django
django.setup()
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
client, counts = Client(HTTP_HOST="127.0.0.1"), {}
for name, path in json.loads(input()).items():
    assert client.get(path).status_code == 200, path
    with CaptureQueriesContext(connection) as captured:
        client.get(path)
    counts[name] = len(captured)
print(json.dumps(counts))
"""


def count_queries(database: str, cache: str) -> dict[str, int]:
    env = BENCH.env(database, **CACHES[cache])
    if cache == "redis":
        BENCH.empty_redis()
    done = subprocess.run(
        [str(PYTHON), "-c", COUNT_QUERIES],
        cwd=BASE_DIR,
        env=env,
        input=json.dumps(PAGES),
        capture_output=True,
        text=True,
        check=True,
    )
    counts: dict[str, int] = json.loads(done.stdout.strip().splitlines()[-1])
    return counts


def check_pages(port: int) -> None:
    """Each page answers 200 with what a visitor expects, so speed is never measured on an error page."""
    for name, path in PAGES.items():
        status, body = fetch(port, path)
        if status != 200 or PAGE_MARKERS[name] not in body:
            raise RuntimeError(f"{path} answered {status} without {PAGE_MARKERS[name]!r}")


def drive(port: int, path: str, clients: int, seconds: float) -> tuple[list[float], int, float]:
    """`clients` threads request `path` back to back for `seconds`: latencies (s), errors, elapsed time."""
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    stop_at = time.perf_counter() + seconds

    def client() -> None:
        connection = http.client.HTTPConnection(HOST, port, timeout=60)
        mine: list[float] = []
        failed = 0
        while time.perf_counter() < stop_at:
            started = time.perf_counter()
            try:
                connection.request("GET", path, headers={"Accept-Encoding": "identity"})
                response = connection.getresponse()
                response.read()
                if response.status == 200:
                    mine.append(time.perf_counter() - started)
                else:
                    failed += 1
            except (OSError, http.client.HTTPException):
                failed += 1
                connection.close()  # the next request opens a new connection
        connection.close()
        with lock:
            latencies.extend(mine)
            errors[0] += failed

    threads = [threading.Thread(target=client) for _ in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, errors[0], time.perf_counter() - started


def measure(database: str, cache: str, args: argparse.Namespace) -> list[Result]:
    """One server for the configuration; per page, a warm-up, then --repeat timed runs, the best one kept."""
    best: list[Result] = []
    queries = count_queries(database, cache)
    with gunicorn(database, cache, args.workers) as port:
        check_pages(port)
        for page, path in PAGES.items():
            drive(port, path, args.clients, args.warmup)
            runs = []
            for _ in range(args.repeat):
                started_load = loadavg()
                latencies, errors, elapsed = drive(port, path, args.clients, args.duration)
                runs.append(
                    Result(
                        database=database,
                        cache=cache,
                        page=page,
                        clients=args.clients,
                        seconds=round(elapsed, 1),
                        requests=len(latencies),
                        errors=errors,
                        rps=round(len(latencies) / elapsed, 1),
                        p50_ms=round(percentile(latencies, 0.50) * 1000, 1),
                        p95_ms=round(percentile(latencies, 0.95) * 1000, 1),
                        queries=queries[page],
                        loadavg=started_load,
                    )
                )
                print("   ", format_row(runs[-1]), flush=True)
            best.append(max(runs, key=lambda run: run.rps))
    return best


def format_row(result: Result) -> str:
    return (
        f"| {result.database} | {result.cache} | {result.page} | {result.rps:,.1f} | {result.p50_ms:,.1f} "
        f"| {result.p95_ms:,.1f} | {result.queries} | {result.requests:,} | {result.errors} | {result.loadavg} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--databases", nargs="+", choices=DATABASES, default=list(DATABASES))
    parser.add_argument("--caches", nargs="+", choices=list(CACHES), default=list(CACHES))
    parser.add_argument("--clients", type=int, default=4, help="concurrent clients (default 4)")
    parser.add_argument("--duration", type=float, default=20, help="seconds per timed run (default 20)")
    parser.add_argument("--warmup", type=float, default=5, help="seconds of untimed load per page (default 5)")
    parser.add_argument("--repeat", type=int, default=2, help="timed runs per page; the best is kept (default 2)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers (default 2)")
    parser.add_argument("--reuse", action="store_true", help="keep a database an earlier run prepared")
    parser.add_argument("--json", type=Path, help="also write the kept results to this file")
    args = parser.parse_args()

    print(f"{os.cpu_count()} cores; load average {Path('/proc/loadavg').read_text().strip()}", flush=True)
    results: list[Result] = []
    for database in args.databases:
        BENCH.prepare(database, reuse=args.reuse)
        for cache in args.caches:
            print(f"[{database}] {cache}: {args.workers} sync workers, {args.clients} clients", flush=True)
            results.extend(measure(database, cache, args))
    print("\n| database | cache | page | req/s | p50 ms | p95 ms | SQL queries | requests | errors | load avg 1/5/15 |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for result in results:
        print(format_row(result))
    if args.json:
        args.json.write_text(json.dumps([asdict(result) for result in results], indent=2))


if __name__ == "__main__":
    main()
