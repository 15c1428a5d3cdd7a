# ruff: noqa: S101, S108 -- a benchmark script: asserts check its setup; fixed scratch paths
"""Time the community forums' pages at size: a forum with 10,000 threads and a thread with 5,000 posts.

    .venv/bin/python bench/community_forums.py                      # SQLite in /tmp/bik-bench-forums
    createdb -h 127.0.0.1 -U postgres bik_bench_forums
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bik_bench_forums .venv/bin/python bench/community_forums.py

It migrates its own database, creates the centres and two members (with a second factor, as members have),
fills one forum with --threads threads and one thread with --posts posts in bulk (once; later runs reuse
them), then requests each page --runs times through Django's test client as a signed-in member — the whole
server side: middleware, the access check, the queries and the templates, without the network. Reported per
page: the fastest, p50 and p95 wall-clock milliseconds (on a shared machine the fastest run is the best
estimate of the page's own cost), the median CPU time of this process (on SQLite that includes the
database's work; it is less disturbed by other load on the machine than wall-clock time), the time the
database took for the page's queries (one extra run, as Django's debug cursor measures it), and the number of
queries next to that of the same page of a small forum or thread, which must be equal. The first row, the
community's home page (a few links, no forum data), is the floor of any community page on this machine:
the site chrome, the middleware and the access check.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bik.settings")
os.environ.setdefault("BIK_VAR_DIR", "/tmp/bik-bench-forums")
os.environ.setdefault("BIK_TESTING", "true")
os.environ.setdefault("DATABASE_URL", "sqlite:////tmp/bik-bench-forums/bench.sqlite3")

TARGET_MS = 30.0


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--threads", type=int, default=10_000)
    parser.add_argument("--posts", type=int, default=5_000)
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    Path(os.environ["BIK_VAR_DIR"]).mkdir(parents=True, exist_ok=True)

    import django

    django.setup()
    from allauth.mfa.totp.internal.auth import TOTP
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, setup_test_environment

    from bik.accounts.models import User
    from bik.community.forums import generate, services
    from bik.community.forums.models import Forum, Thread
    from bik.community.models import Membership
    from bik.demo.services import ensure_centres
    from bik.network.models import Centre

    setup_test_environment()  # the test client's host name is allowed
    call_command("migrate", verbosity=0)
    ensure_centres()

    def member(email: str) -> User:
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User.objects.create_user(email, "bench pass-phrase 2026", display_name=email.split("@")[0])
            TOTP.activate(user, "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXQ")
            Membership.objects.create(
                user=user,
                centre=Centre.objects.get(country="BE"),
                job_title="Helpline counsellor",
                organisation="Bench",
                status=Membership.Status.APPROVED,
            )
        return user

    reader, writer = member("reader@bench.example"), member("writer@bench.example")

    def forum(slug: str, threads: int) -> Forum:
        found, created = Forum.objects.get_or_create(slug=slug, defaults={"title": slug.title()})
        if created or found.thread_count < threads:
            started = time.perf_counter()
            generate.bulk_threads(found, [writer, reader], threads - found.thread_count)
            print(f"generated {threads} threads in {time.perf_counter() - started:.1f} s")
        found.refresh_from_db()
        return found

    def thread(in_forum: Forum, title: str, posts: int) -> Thread:
        found = Thread.objects.filter(forum=in_forum, title=title).first()
        if found is None:
            found = services.start_thread(writer, in_forum, title, "Sextortion trends this winter", notify=False)
        if found.last_position < posts:
            started = time.perf_counter()
            generate.bulk_posts(found, [writer, reader], posts - found.last_position)
            print(f"generated {posts} posts in {time.perf_counter() - started:.1f} s")
        found.refresh_from_db()
        return found

    big_forum, small_forum = forum("bench-large", args.threads), forum("bench-small", 10)
    big_thread = thread(small_forum, "Bench: a long thread", args.posts)
    small_thread = thread(small_forum, "Bench: a short thread", 10)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")

    client = Client()
    client.force_login(reader)
    client.get("/en/community/forums/")  # warm: session, site, translations, templates

    last_page = big_thread.page_count
    pages = [
        ("baseline: community home", "/en/community/home/", "/en/community/home/"),
        ("forum index", "/en/community/forums/", "/en/community/forums/"),
        ("forum, page 1", f"/en/community/forums/{big_forum.slug}/", f"/en/community/forums/{small_forum.slug}/"),
        (
            f"thread, page 1 of {last_page}",
            f"/en/community/forums/threads/{big_thread.pk}/?page=1",
            f"/en/community/forums/threads/{small_thread.pk}/?page=1",
        ),
        (
            f"thread, page {last_page} of {last_page}",
            f"/en/community/forums/threads/{big_thread.pk}/?page={last_page}",
            f"/en/community/forums/threads/{small_thread.pk}/?page=1",
        ),
        (
            "search (a word in every post)",
            "/en/community/forums/search/?q=sextortion",
            "/en/community/forums/search/?q=sextortion",
        ),
    ]
    print(
        f"{connection.vendor}: {big_forum.thread_count} threads in one forum, {big_thread.last_position} posts "
        f"in one thread; {args.runs} runs per page"
    )
    columns = ("min ms", "p50 ms", "p95 ms", "cpu p50", "sql ms", "queries")
    print(f"{'page':<28} " + " ".join(f"{column:>7}" for column in columns) + f" {'small':>6}")
    for label, url, small_url in pages:
        for warm in (url, small_url):
            assert client.get(warm).status_code == 200, warm
        timings, cpu = [], []
        for _run in range(args.runs):
            started, started_cpu = time.perf_counter(), time.process_time()
            response = client.get(url)
            timings.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - started_cpu) * 1000)
            assert response.status_code == 200, url
        with CaptureQueriesContext(connection) as captured:
            client.get(url)
        with CaptureQueriesContext(connection) as small:
            client.get(small_url)
        p50, p95 = statistics.median(timings), percentile(timings, 0.95)
        flag = "" if p95 <= TARGET_MS or label.startswith(("search", "baseline")) else "  > target"
        cpu50, fastest = statistics.median(cpu), min(timings)
        sql = sum(float(query["time"]) for query in captured.captured_queries) * 1000
        figures = " ".join(f"{value:7.1f}" for value in (fastest, p50, p95, cpu50, sql))
        print(f"{label:<28} {figures} {len(captured):7d} {len(small):6d}{flag}")


if __name__ == "__main__":
    main()
