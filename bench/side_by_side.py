# ruff: noqa: S108, S603, S607 -- a benchmark: its own scratch folder, fixed commands (wrk from PATH)
"""The platform side by side with its ceiling — bare Django serving the same bytes — in one run: gunicorn with 2
sync workers and with 2 threaded (gthread) workers, on SQLite and on PostgreSQL + Redis, production settings,
demo content.

    .venv/bin/python bench/side_by_side.py                 # everything (about 20 minutes on 2 cores)
    .venv/bin/python bench/side_by_side.py --reuse         # keep the databases an earlier run prepared
    .venv/bin/python bench/side_by_side.py --databases sqlite --servers sync --duration 5 --samples 30

Three figures, each against the target of issue #16:

- cache hit: requests per second of the home page, an article and the resource gallery, served whole from the
  page cache, as a percentage of what bare Django (bench/ceiling.py) serves for the same bytes under the same
  gunicorn (target at least 50 %). Load from wrk (one thread, --connections connections); ceiling and
  platform are both up and driven back to back, page by page, --rounds times for --duration seconds each, and
  the best run of each is kept (other load on the machine comes and goes).
- cache miss: p50 server time of the home page, the news list, a filtered gallery and a centre's page with the
  page cache bypassed (target at most 15 ms): each request carries a query parameter no page knows
  (`?page-cache-bypass=N`, different each time), and the page cache keeps only pages asked without a query
  string (bik/caching/pages.py), so every request renders the page. The platform's other caches (site, routes,
  vocabularies, facet counts) stay warm, as after a publish. --samples requests one after another from one
  client on loopback, after a warm-up; the time is the client's, from sending the request to the last byte
  (on loopback that is the server's time plus well under a millisecond: the ceiling's own p50 in the same
  table is that floor). Reported: p50, p95 and the fastest request (on a busy machine, the page's own cost).
- signed-in: p50 of the community home page, page 1 and the last page of a forum thread of 5,000 posts (made
  in the benchmark's database) and a youth space, signed in through the sign-in form (a community member with
  the demo second factor; a young member), timed like the misses (target at most 30 ms).

Databases of its own: /tmp/bik-bench-side/sqlite/ (local-memory cache, pages in files, as `make run` without
Redis) and the PostgreSQL database bik_bench_side with Redis database 6 (emptied at each server start). Needs
PostgreSQL on 127.0.0.1:5432, Redis on 127.0.0.1:6379 and wrk (`apt-get install wrk`). All traffic stays on
127.0.0.1.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import shutil
import statistics
import subprocess
import time
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path

from wsgi_server import BASE_DIR, HOST, Bench, loadavg, percentile, sign_in

BENCH = Bench(scratch=Path("/tmp/bik-bench-side"), pg_name="bik_bench_side", redis_db=6)
DATABASES = ("sqlite", "postgres")
SERVERS = ("sync", "gthread")
HIT_TARGET, MISS_TARGET_MS, SIGNED_IN_TARGET_MS = 50.0, 15.0, 30.0
THREAD_POSTS = 5_000
THREAD_TITLE = "Bench: a thread of 5,000 posts"
COMMUNITY_MEMBER = "sic-member@bik.example"  # an approved member with the demo second factor, not staff
YOUTH_MEMBER = "youth@bik.example"  # a young member of the Irish youth space
YOUTH_SPACE = "ie"

# Run in the benchmark's database once it is prepared: the long thread (bulk rows, as the services write them).
MAKE_THREAD = f"""
from bik.accounts.models import User
from bik.community.forums import generate, services
from bik.community.forums.models import Forum, Thread
writer = User.objects.get(email={COMMUNITY_MEMBER!r})
reader = User.objects.get(email="helpline-de@bik.example")
forum = Forum.objects.order_by("pk").first()
thread = Thread.objects.filter(title={THREAD_TITLE!r}).first() or services.start_thread(
    writer, forum, {THREAD_TITLE!r}, "Sextortion trends this winter: one thread for all our notes.", notify=False
)
if thread.last_position < {THREAD_POSTS}:
    generate.bulk_posts(thread, [writer, reader], {THREAD_POSTS} - thread.last_position)
"""
# The pages' addresses in this database: an English article, the long thread and its page count.
FIND_PAGES = f"""
import json
from bik.community.forums.models import Thread
from bik.news.models import ArticlePage
article = ArticlePage.objects.live().public().filter(locale__language_code="en").order_by("-first_published_at")[0]
thread = Thread.objects.get(title={THREAD_TITLE!r})
print(json.dumps({{"article": article.url, "thread": thread.pk, "thread_pages": thread.page_count}}))
"""


@dataclass
class Row:
    kind: str  # hit, miss, signed-in
    database: str
    server: str
    page: str
    path: str
    platform: float  # hit: requests per second; else p50 ms
    ceiling: float  # hit: requests per second; else the ceiling's p50 ms for the same bytes (0: none)
    tail_ms: float  # hit: the platform's p99 under load; else p95 one request at a time
    fastest_ms: float  # miss and signed-in: the fastest request (on a shared machine, the page's own cost)
    requests: int
    errors: int
    loadavg: str

    @property
    def share(self) -> float:
        return 100 * self.platform / self.ceiling if self.ceiling else float("nan")

    def meets_target(self) -> bool:
        if self.kind == "hit":
            return self.share >= HIT_TARGET
        return self.platform <= (MISS_TARGET_MS if self.kind == "miss" else SIGNED_IN_TARGET_MS)


def server_env(database: str) -> dict[str, str]:
    return {"REDIS_URL": BENCH.redis_url} if database == "postgres" else {}


def extra_data(database: str) -> None:
    started = time.monotonic()
    BENCH.django(database, MAKE_THREAD)
    print(f"[{database}] a thread of {THREAD_POSTS:,} posts made in {time.monotonic() - started:.0f} s", flush=True)


def fresh_server_state(database: str) -> None:
    """Nothing kept from an earlier server: Redis database 6 emptied, or the SQLite set-up's page files gone."""
    if database == "postgres":
        BENCH.empty_redis()
    else:
        shutil.rmtree(BENCH.scratch / database / "cache", ignore_errors=True)


def get(port: int, path: str, cookies: Mapping[str, str] | None = None) -> tuple[int, bytes, dict[str, str]]:
    connection = http.client.HTTPConnection(HOST, port, timeout=60)
    headers = {"Cookie": "; ".join(f"{name}={value}" for name, value in cookies.items())} if cookies else {}
    try:
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        return response.status, response.read(), {name.lower(): value for name, value in response.getheaders()}
    finally:
        connection.close()


def save_for_ceiling(port: int, pages: Mapping[str, str], folder: Path) -> None:
    """The bytes the platform serves from its page cache for each page, for bench/ceiling.py to serve."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    index = {}
    for number, path in enumerate(pages.values()):
        for _ in range(2):  # the first request fills the page cache, the second is served from it
            status, body, headers = get(port, path)
        if status != 200 or headers.get("x-page-cache") != "hit":
            raise RuntimeError(f"{path} is not served from the page cache ({status}, {headers.get('x-page-cache')})")
        (folder / f"{number}.html").write_bytes(body)
        index[path] = [f"{number}.html", headers["content-type"]]
    (folder / "index.json").write_text(json.dumps(index))


_WRK_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def wrk(port: int, path: str, connections: int, seconds: float) -> tuple[float, float, float, int, int]:
    """Requests per second, p50 and p99 latency (ms), requests and errors (non-2xx/3xx answers and socket
    errors) of wrk driving one page."""
    done = subprocess.run(
        ["wrk", "--threads=1", f"--connections={connections}", f"--duration={seconds:g}s", "--latency",
         f"http://{HOST}:{port}{path}"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    out = done.stdout

    def latency(label: str) -> float:
        found = re.search(rf"^\s*{label}%\s+([\d.]+)(us|ms|s)\s*$", out, re.MULTILINE)
        if found is None:
            raise RuntimeError(f"wrk printed no {label}% latency:\n{out}")
        return float(found.group(1)) * _WRK_UNITS[found.group(2)]

    rps = re.search(r"Requests/sec:\s+([\d.]+)", out)
    total = re.search(r"(\d+) requests in", out)
    if rps is None or total is None:
        raise RuntimeError(f"wrk printed no figures:\n{out}")
    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors += int(non_2xx.group(1)) if non_2xx else 0
    return float(rps.group(1)), latency("50"), latency("99"), int(total.group(1)), errors


def timed(
    port: int, make_path: Callable[[int], str], samples: int, cookies: Mapping[str, str] | None = None
) -> tuple[list[float], int]:
    """`samples` requests one after another (after 5 untimed ones): latencies (ms) of the good answers, errors.
    A good answer is a 200 that was not served from the page cache."""
    latencies: list[float] = []
    errors = 0
    for number in range(-5, samples):
        path = make_path(number)
        started = time.perf_counter()
        status, _body, headers = get(port, path, cookies)
        elapsed = (time.perf_counter() - started) * 1000
        if status != 200 or headers.get("x-page-cache") == "hit":
            errors += 1
        elif number >= 0:
            latencies.append(elapsed)
    return latencies, errors


def bypass(path: str) -> Callable[[int], str]:
    joiner = "&" if "?" in path else "?"
    return lambda number: f"{path}{joiner}page-cache-bypass={number}"


def measure(database: str, server: str, args: argparse.Namespace, found: Mapping[str, object]) -> list[Row]:
    threads = 1 if server == "sync" else args.threads
    hit_pages = {"home": "/en/", "article": str(found["article"]), "gallery": "/en/portal/resources/"}
    miss_pages = {
        "home": "/en/",
        "news list": "/en/news/",
        "gallery (filtered)": "/en/portal/resources/?language=el&age=13-15&topic=cyberbullying",
        "centre": "/en/centres/be/",
    }
    thread_url = f"/en/community/forums/threads/{found['thread']}/"
    signed_in_pages = {
        "community home": ("community", "/en/community/home/"),
        f"thread of {THREAD_POSTS:,} posts, page 1": ("community", f"{thread_url}?page=1"),
        f"thread of {THREAD_POSTS:,} posts, page {found['thread_pages']}": (
            "community",
            f"{thread_url}?page={found['thread_pages']}",
        ),
        "youth space": ("youth", f"/en/youth/spaces/{YOUTH_SPACE}/"),
    }
    rows: list[Row] = []
    label = f"{args.workers} {server} workers" + (f" × {threads} threads" if threads > 1 else "")
    print(f"[{database}] {label}", flush=True)
    fresh_server_state(database)
    ceiling_dir = BENCH.scratch / database / "ceiling"
    with BENCH.gunicorn(
        database, workers=args.workers, threads=threads, env=server_env(database), log_name=f"platform-{server}"
    ) as port:
        save_for_ceiling(port, hit_pages, ceiling_dir)
        with BENCH.gunicorn(
            database,
            workers=args.workers,
            threads=threads,
            env={"BIK_CEILING_PAGES": str(ceiling_dir)},
            app="ceiling:application",
            chdir=BASE_DIR / "bench",
            log_name=f"ceiling-{server}",
        ) as ceiling:
            for page, path in hit_pages.items():
                for target in (ceiling, port):  # warm both
                    wrk(target, path, args.connections, 2)
                started_load = loadavg()
                bare, ours = [], []
                for _round in range(args.rounds):  # back to back, the best of each kept: see README-side-by-side.md
                    bare.append(wrk(ceiling, path, args.connections, args.duration))
                    ours.append(wrk(port, path, args.connections, args.duration))
                best = max(ours)
                rows.append(
                    Row("hit", database, server, page, path, best[0], max(bare)[0], best[2], float("nan"),
                        sum(run[3] for run in ours), sum(run[4] for run in ours + bare), started_load)
                )  # fmt: skip
                print("   ", format_row(rows[-1]), flush=True)
            floor, _ = timed(ceiling, lambda _number: hit_pages["home"], args.samples)
        floor_ms = statistics.median(floor)
        for page, path in miss_pages.items():
            started_load = loadavg()
            latencies, errors = timed(port, bypass(path), args.samples)
            rows.append(row("miss", database, server, page, path, latencies, errors, floor_ms, started_load))
            print("   ", format_row(rows[-1]), flush=True)
        sessions = args.sessions.setdefault(database, {})
        if not sessions:  # signed in once per database: a demo code can be used once (the next one comes in 30 s)
            sessions["community"] = sign_in(port, COMMUNITY_MEMBER, second_factor=True)
            sessions["youth"] = sign_in(port, YOUTH_MEMBER, second_factor=False)
        for page, (who, path) in signed_in_pages.items():
            started_load = loadavg()
            latencies, errors = timed(port, lambda _number, path=path: path, args.samples, sessions[who])
            rows.append(row("signed-in", database, server, page, path, latencies, errors, floor_ms, started_load))
            print("   ", format_row(rows[-1]), flush=True)
    return rows


def row(
    kind: str, database: str, server: str, page: str, path: str, latencies: list[float], errors: int, floor: float,
    started_load: str,
) -> Row:  # fmt: skip
    p50 = statistics.median(latencies) if latencies else float("nan")
    return Row(kind, database, server, page, path, round(p50, 1), round(floor, 1),
               round(percentile(latencies, 0.95), 1), round(min(latencies, default=float("nan")), 1), len(latencies),
               errors, started_load)  # fmt: skip


def format_row(row: Row) -> str:
    mark = "yes" if row.meets_target() else "**no**"
    if row.kind == "hit":
        return (
            f"| {row.database} | {row.server} | {row.page} | {row.ceiling:,.0f} | {row.platform:,.0f} "
            f"| {row.share:.0f} % | {mark} | {row.tail_ms:.1f} | {row.requests:,} | {row.errors} | {row.loadavg} |"
        )
    return (
        f"| {row.database} | {row.server} | {row.page} | {row.platform:.1f} | {row.tail_ms:.1f} "
        f"| {row.fastest_ms:.1f} | {mark} | {row.ceiling:.1f} | {row.requests} | {row.errors} | {row.loadavg} |"
    )


HEADERS = {
    "hit": "| database | server | page | ceiling req/s | platform req/s | share | ≥ 50 % | platform p99 ms "
    "| requests | errors | load avg |\n|---|---|---|---|---|---|---|---|---|---|---|",
    "miss": "| database | server | page | p50 ms | p95 ms | fastest ms | p50 ≤ 15 ms | floor ms | requests | errors "
    "| load avg |\n|---|---|---|---|---|---|---|---|---|---|---|",
    "signed-in": "| database | server | page | p50 ms | p95 ms | fastest ms | p50 ≤ 30 ms | floor ms | requests "
    "| errors | load avg |\n|---|---|---|---|---|---|---|---|---|---|---|",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--databases", nargs="+", choices=DATABASES, default=list(DATABASES))
    parser.add_argument("--servers", nargs="+", choices=SERVERS, default=list(SERVERS))
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (default 2)")
    parser.add_argument("--threads", type=int, default=4, help="threads per gthread worker (default 4)")
    parser.add_argument("--connections", type=int, default=16, help="wrk's concurrent connections (default 16)")
    parser.add_argument("--duration", type=float, default=5, help="seconds of one wrk run (default 5)")
    parser.add_argument("--rounds", type=int, default=5, help="wrk runs per page and server, the best kept (5)")
    parser.add_argument("--samples", type=int, default=100, help="timed requests per miss/signed-in page (100)")
    parser.add_argument("--reuse", action="store_true", help="keep the databases an earlier run prepared")
    parser.add_argument("--json", type=Path, help="also write every row to this file")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is needed for the cache-hit figures: apt-get install wrk")
    args.sessions = {}

    print(f"{os.cpu_count()} cores; load average {Path('/proc/loadavg').read_text().strip()}", flush=True)
    rows: list[Row] = []
    for database in args.databases:
        BENCH.prepare(database, reuse=args.reuse, extra=extra_data)
        found = json.loads(BENCH.django(database, FIND_PAGES).strip().splitlines()[-1])
        for server in args.servers:
            rows.extend(measure(database, server, args, found))
    for kind, title in (("hit", "Cache hit"), ("miss", "Cache miss"), ("signed-in", "Signed in")):
        print(f"\n{title}\n\n{HEADERS[kind]}")
        for one in rows:
            if one.kind == kind:
                print(format_row(one))
    print(f"\nload average at the end: {Path('/proc/loadavg').read_text().strip()}")
    if args.json:
        args.json.write_text(json.dumps([asdict(one) for one in rows], indent=2))


if __name__ == "__main__":
    main()
