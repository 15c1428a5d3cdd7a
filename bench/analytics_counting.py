"""What counting costs: the time a request spends adding an event to the buffer, the time and statements a
batch write takes, and the beacon endpoint's answer time, on SQLite (WAL) or PostgreSQL (DATABASE_URL).

    .venv/bin/python bench/analytics_counting.py                          # 100,000 events over 1,000 rows
    .venv/bin/python bench/analytics_counting.py --events 20000 --keys 200

It migrates its own SQLite database under /tmp/bik-bench-analytics/ (or the database DATABASE_URL names) and
writes only analytics rows there. The beacon is measured through Django's test client in this process (no
network) with rate limits off, so the figure is the view and its middleware, not a limit.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SCRATCH = Path("/tmp/bik-bench-analytics")  # noqa: S108 -- a benchmark's own scratch folder


def _configure() -> None:
    SCRATCH.mkdir(parents=True, exist_ok=True)
    for name in ("BIK_TESTING", "REDIS_URL", "BIK_CACHE"):
        os.environ.pop(name, None)
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "bik.settings",
            "BIK_VAR_DIR": str(SCRATCH),
            "DEBUG": "false",
            "SECRET_KEY": "bench-analytics-" + "x" * 40,
            "SECURE_SSL_REDIRECT": "false",
            "ALLOWED_HOSTS": "testserver",
            "BIK_RATE_LIMITS_ENABLED": "false",
            "BIK_ANALYTICS_FLUSH_SECONDS": "3600",
            "BIK_ANALYTICS_BATCH_SIZE": "100000000",
            "LOG_LEVEL": "ERROR",
        }
    )
    sys.path.insert(0, str(BASE_DIR))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--keys", type=int, default=1_000)
    parser.add_argument("--beacons", type=int, default=2_000)
    args = parser.parse_args()
    _configure()

    from django.db import connection
    from django.test import Client, RequestFactory
    from django.test.utils import CaptureQueriesContext
    from django_tasks_db.models import DBTaskResult

    from bik.analytics import beacon, recorder
    from bik.analytics.models import DailyCount

    DailyCount.objects.all().delete()
    request = RequestFactory().get("/")
    started = time.perf_counter()
    for n in range(args.events):
        recorder.count_page(request, f"/en/page-{n % args.keys}/")
    per_event_us = (time.perf_counter() - started) / args.events * 1e6

    rows = [[*key, n] for key, n in recorder.BUFFER._counts.items()]
    tasks_before = DBTaskResult.objects.count()
    started = time.perf_counter()
    recorder.flush()  # what a web process does: one task for the whole batch
    enqueue_ms = (time.perf_counter() - started) * 1000
    queued = DBTaskResult.objects.count() - tasks_before
    DBTaskResult.objects.filter(task_path="bik.analytics.tasks.write_counts").delete()  # written below instead

    started = time.perf_counter()
    with CaptureQueriesContext(connection) as queries:
        written = recorder.write(rows)  # what the worker does with it
    write_ms = (time.perf_counter() - started) * 1000
    writes = sum(1 for q in queries.captured_queries if q["sql"].startswith(("INSERT", "UPDATE")))
    rows_kept = DailyCount.objects.count()

    client = Client()
    token = beacon.page_token("/en/")
    timings = []
    for _ in range(args.beacons):
        started = time.perf_counter()
        response = client.post("/analytics/hit", {"t": token})
        timings.append((time.perf_counter() - started) * 1000)
        if response.status_code != 204:
            raise SystemExit(f"the beacon answered {response.status_code}")
    recorder.BUFFER.take()
    timings.sort()

    print(f"database: {connection.vendor}")
    print(f"buffering: {per_event_us:.2f} µs per event ({args.events:,} events)")
    print(f"queueing the batch (web process): {queued} task row(s), {enqueue_ms:.0f} ms")
    print(f"writing it (worker): {written:,} events → {rows_kept:,} rows, {writes:,} writes, {write_ms:.0f} ms")
    print(
        f"beacon: median {statistics.median(timings):.2f} ms, "
        f"90th percentile {timings[int(len(timings) * 0.9)]:.2f} ms ({args.beacons:,} requests)"
    )


if __name__ == "__main__":
    main()
