# ruff: noqa: S108, S311 -- a load test: its own scratch folder; random picks of pages, not secrets
"""Load and soak test: the platform under a realistic mix of about 200 requests per second for 10 minutes, on
PostgreSQL + Redis with production settings under gunicorn, while a news article is published every few seconds
(so the page cache is invalidated under load). Driven by locust, headless, from this one command:

    .venv/bin/python bench/load_test.py                      # 10 minutes at 200 requests per second
    .venv/bin/python bench/load_test.py --duration 60        # a short run while developing
    .venv/bin/python bench/load_test.py --reuse --duration 60 --rps 100 --workers 3 --threads 4

It prepares its own database (PostgreSQL bik_bench_load, dropped and made anew unless --reuse; Redis database 5,
emptied at the start), starts gunicorn (--workers gthread workers with --threads threads each) and one task worker
(`manage.py db_worker`, which sends the subscription emails into the scratch folder), signs the demo accounts in
through the sign-in form (community members with the demo second factor, young members with their password; no
staff account), finds the pages to request by following links from each language's home page and from the
signed-in home pages, and then runs locust for --duration seconds. It stops by itself.

Traffic goes only to the gunicorn this script starts on 127.0.0.1: every locust request is checked against that
address (anything else stops the run and fails it), redirects are never followed, and all paths are relative.

The mix (shares of --rps): anonymous pages in all 28 languages (popular pages more often, a tenth of them a
browser's revalidation with If-None-Match) 81 %; searches (site search and gallery filters) 8 %; signed-in
community pages 5 %; signed-in youth pages 5 %; bulletin subscriptions (the form, then its POST) 1 %. Each locust
user paces itself to one request per second (constant throughput), so the rate holds only while the server keeps
up: requests per second below the target mean it did not.

Printed at the end: requests, errors, requests per second, p50/p95/p99 (ms) per kind of request and overall,
the publications (each checked at once on the news list: a page that still shows the old list counts as an
error) and the load average. Exit status 1 if there was any error.
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import json
import random
import re
import sys
import time
import uuid
from collections import Counter, deque
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import urlsplit

import gevent
from gevent.pool import Pool
from locust import FastHttpUser, constant_throughput, events, task
from locust.env import Environment
from locust.stats import StatsEntry
from wsgi_server import HOST, Bench, loadavg, sign_in

BENCH = Bench(scratch=Path("/tmp/bik-bench-load"), pg_name="bik_bench_load", redis_db=5)
DATABASE = "postgres"
LANGUAGES = ("bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "is", "it", "lt", "lv", "mt",
             "nb", "nl", "pl", "pt", "ro", "sk", "sl", "sr", "sv", "uk")  # fmt: skip
# Approved community members of the demo (bik/community/demo.py), each with the demo second factor; none is staff.
COMMUNITY_MEMBERS = (
    "sic-member@bik.example",
    "awareness-fr@bik.example",
    "helpline-de@bik.example",
    "hotline-ie@bik.example",
    "youthpanel-it@bik.example",
    "hotline-pt@bik.example",
    "awareness-gr@bik.example",
)
# Young members of the demo (bik/youth/demo.py) whose membership is active.
YOUTH_MEMBERS = (
    "youth@bik.example",
    "youth-fr@bik.example",
    "youth-it@bik.example",
    "youth-pt@bik.example",
    "youth-gr@bik.example",
)
SEARCH_WORDS = ("cyberbullying", "sextortion", "privacy", "gaming", "fake news", "grooming", "screen time", "online")
GALLERY_FILTERS = (
    "language=el&age=13-15&topic=cyberbullying",
    "topic=cyberbullying",
    "age=13-15",
    "language=fr",
    "q=privacy",
    "page=2",
)
# Shares of the target rate.
MIX = {"anonymous": 0.81, "search": 0.08, "community": 0.05, "youth": 0.05, "subscribe": 0.01}
# Never followed when finding pages: sign-out, forms that change something, files, feeds.
UNSAFE = re.compile(
    r"logout|leave|leaving|revoke|delete|remove|block|report|edit|new|write|reply|export|invite|approv|decide|join"
    r"|consent|parent|follow|mute|files|attachment|download|coordinate|\.ics|\.xml|feed|rss|/accounts/|/account/"
)
_LINK = re.compile(r'href="(/[a-z]{2}/[^"#?]*)"')

# Published in the benchmark's database every --publish-every seconds, until --duration is over: an English news
# article (a draft, then its revision published, as an editor does); right after the commit the news list is
# requested over HTTP (in a thread, so the next publication keeps its time) and must show the new article (the
# page cache renewed on commit). A summary goes to publisher.json.
PUBLISHER = """
import http.client, json, sys, threading, time
from django.utils import timezone
from wagtail.rich_text import RichText
from bik.news.models import ArticlePage, NewsIndexPage

port, every, duration, run, summary = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), sys.argv[4], sys.argv[5]
index = NewsIndexPage.objects.live().filter(locale__language_code="en").first()
news_list = index.url
stale, checks = [], []

def check(title):
    # Sent right after the commit; the answer may wait in the server's queue, but it is built after the commit.
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.request("GET", news_list)
        response = connection.getresponse()
        if response.status != 200 or title not in response.read().decode():
            stale.append(title)
            print(f"stale: the news list did not show {title!r} right after it was published", flush=True)
    except OSError as error:
        stale.append(title)
        print(f"the news list could not be read after {title!r} was published: {error}", flush=True)
    finally:
        connection.close()

published, seconds = 0, []
stop = time.monotonic() + duration
for number in range(1, 1_000_000):
    started = time.monotonic()
    if started > stop:
        break
    title = f"Load test {run} news {number}"
    article = ArticlePage(
        title=title, slug=f"load-test-{run}-{number}", date=timezone.localdate(), live=False,
        intro="An article published while the platform is under load.",
        body=[("paragraph", RichText("<p>Published by bench/load_test.py to renew the page cache under load.</p>"))],
    )
    index.add_child(instance=article)
    article.save_revision().publish()
    seconds.append(time.monotonic() - started)
    published += 1
    checks.append(threading.Thread(target=check, args=(title,)))
    checks[-1].start()  # the next publication keeps its time, however long the answer takes
    time.sleep(max(0.0, started + every - time.monotonic()))
for thread in checks:
    thread.join()
with open(summary, "w") as out:
    json.dump({"published": published, "stale": len(stale), "publish_seconds": seconds}, out)
"""


class Session:
    """A signed-in demo account: its cookies and the pages it was found to reach."""

    def __init__(self, email: str, cookies: Mapping[str, str], pages: list[str]) -> None:
        self.email = email
        self.cookie = "; ".join(f"{name}={value}" for name, value in cookies.items())
        self.pages = pages


def get(port: int, path: str, cookie: str = "") -> tuple[int, str]:
    connection = http.client.HTTPConnection(HOST, port, timeout=60)
    try:
        connection.request("GET", path, headers={"Cookie": cookie} if cookie else {})
        response = connection.getresponse()
        return response.status, response.read().decode(errors="replace")
    finally:
        connection.close()


def crawl(port: int, starts: Iterable[str], prefix: str, limit: int, cookie: str = "") -> list[str]:
    """Pages under `prefix` that answer 200, breadth first from `starts`: the order of their popularity."""
    queue, seen, found = deque(starts), set(starts), []
    while queue and len(found) < limit:
        path = queue.popleft()
        status, body = get(port, path, cookie)
        if status != 200:
            continue
        found.append(path)
        for link in _LINK.findall(body):
            if link.startswith(prefix) and link not in seen and not UNSAFE.search(link):
                seen.add(link)
                queue.append(link)
    return found


def find_pages(port: int, per_language: int) -> list[tuple[str, float]]:
    """Anonymous pages in every language with their weight: English twice as often as the next five languages
    together, and within a language by popularity (1 / rank of discovery)."""

    def one_language(language: str) -> list[tuple[str, float]]:
        share = 4.0 if language == "en" else 1.0 if language in ("fr", "de", "it", "es", "pl") else 0.25
        pages = crawl(port, [f"/{language}/"], f"/{language}/", per_language * (3 if language == "en" else 1))
        pages = [page for page in pages if not page.startswith((f"/{language}/community/", f"/{language}/youth/"))]
        total = sum(1 / rank for rank in range(1, len(pages) + 1))
        return [(page, share / rank / total) for rank, page in enumerate(pages, start=1)]

    return [pair for pairs in Pool(4).imap(one_language, LANGUAGES) for pair in pairs]


def signed_in_sessions(port: int, emails: Iterable[str], start: str, second_factor: bool) -> list[Session]:
    sessions = []
    for email in emails:
        cookies = sign_in(port, email, second_factor=second_factor)
        session = Session(email, cookies, [])
        session.pages = crawl(port, [start], start.rsplit("/", 2)[0] + "/", 25, session.cookie)
        if len(session.pages) < 2:
            raise RuntimeError(f"{email} reaches only {session.pages} from {start}")
        sessions.append(session)
    return sessions


class Visitor(FastHttpUser):
    """The common part: pace, no redirects followed, and the check of each answer."""

    abstract = True
    wait_time = constant_throughput(1)
    max_redirects = 0
    network_timeout = 60.0
    connection_timeout = 10.0

    def fetch(self, kind: str, path: str, expect: tuple[int, ...] = (200,), **kwargs: Any) -> Any:
        with self.client.request(
            kwargs.pop("method", "GET"), path, name=kind, catch_response=True, allow_redirects=False, **kwargs
        ) as response:
            if response.status_code not in expect:
                response.failure(f"{path}: {response.status_code}, expected {expect}")
            return response


PAGE_CACHE: Counter[str] = Counter()  # how the anonymous pages were served: hit, miss, not kept


class AnonymousReader(Visitor):
    pages: ClassVar[list[str]] = []
    weights: ClassVar[list[float]] = []

    def on_start(self) -> None:
        self.etags: dict[str, str] = {}

    @task
    def read(self) -> None:
        path = random.choices(self.pages, self.weights)[0]
        etag = self.etags.get(path)
        if etag and random.random() < 0.1:  # a browser revalidating its copy
            self.fetch("anonymous revalidation", path, (200, 304), headers={"If-None-Match": etag})
            return
        response = self.fetch("anonymous page", path)
        if response.status_code == 200:
            PAGE_CACHE[response.headers.get("X-Page-Cache") or "not kept"] += 1
            if response.headers.get("ETag"):
                self.etags[path] = response.headers["ETag"]


class Searcher(Visitor):
    @task(2)
    def search(self) -> None:
        language = random.choice(("en", "en", "fr", "de", "it", "es", "pl", "el"))
        self.fetch("search", f"/{language}/search/?q={random.choice(SEARCH_WORDS).replace(' ', '+')}")

    @task(1)
    def filter_gallery(self) -> None:
        self.fetch("gallery filter", f"/en/portal/resources/?{random.choice(GALLERY_FILTERS)}")


class Subscriber(Visitor):
    """Opens the bulletin's subscription form and sends it (a new address each time)."""

    wait_time = constant_throughput(0.5)  # two requests per subscription

    @task
    def subscribe(self) -> None:
        language = random.choice(LANGUAGES)
        path = f"/{language}/bulletin/subscribe/"
        with self.client.get(path, name="subscribe form", catch_response=True, allow_redirects=False) as form:
            if form.status_code != 200 or 'name="email"' not in (form.text or ""):
                form.failure(f"{path}: {form.status_code}, without the subscription form")
                return
        # As a browser sends it from the (kept, token-free) page: it says where the form came from.
        self.fetch(
            "subscribe post",
            path,
            (302,),
            method="POST",
            data=f"email=load-{uuid.uuid4().hex}%40example.org&language={language}",
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Origin": self.host,
                "Sec-Fetch-Site": "same-origin",
            },
        )


_TURNS = itertools.count()


class SignedIn(Visitor):
    abstract = True
    kind = ""
    sessions: ClassVar[list[Session]] = []

    def on_start(self) -> None:
        self.session = self.sessions[next(_TURNS) % len(self.sessions)]  # the accounts in turn

    @task
    def read(self) -> None:
        pages = self.session.pages
        path = pages[min(int(random.expovariate(0.5)), len(pages) - 1)]  # their home page most often
        self.fetch(self.kind, path, headers={"Cookie": self.session.cookie})


class CommunityMember(SignedIn):
    kind = "community page"


class YoungMember(SignedIn):
    kind = "youth page"


USERS: dict[str, type[Visitor]] = {
    "anonymous": AnonymousReader,
    "search": Searcher,
    "community": CommunityMember,
    "youth": YoungMember,
    "subscribe": Subscriber,
}


OFF_LIMITS: list[str] = []  # requests that were not to this script's own server
ALL_STARTED: list[tuple[float, int]] = []  # (when, requests so far) once every user had started


def run_locust(port: int, rps: float, duration: float) -> Environment:
    """`rps` requests per second in the mix's shares (every user makes about one request a second) for
    `duration` seconds; every request is checked to go to the server this script started, or the run stops."""
    users = {}
    for kind, share in MIX.items():
        users[kind] = max(1, round(rps * share))
        USERS[kind].fixed_count = users[kind]
    environment = Environment(user_classes=list(USERS.values()), events=events, host=f"http://{HOST}:{port}")
    runner = environment.create_local_runner()

    @events.request.add_listener
    def _only_this_server(url: str = "", **_kwargs: Any) -> None:
        if urlsplit(url).netloc != f"{HOST}:{port}":
            OFF_LIMITS.append(url)
            print(f"refused: a request to {url!r}; stopping", flush=True)
            gevent.spawn(runner.quit)

    @events.spawning_complete.add_listener
    def _all_started(user_count: int = 0, **_kwargs: Any) -> None:
        ALL_STARTED.append((time.monotonic(), environment.stats.total.num_requests))

    total = sum(users.values())
    print(f"locust: {total} users ({', '.join(f'{count} {kind}' for kind, count in users.items())})", flush=True)
    runner.start(total, spawn_rate=max(1.0, total / 10))
    gevent.spawn_later(duration, runner.quit)
    progress = gevent.spawn(report_progress, environment)
    runner.greenlet.join()
    progress.kill()
    return environment


def report_progress(environment: Environment) -> None:
    while True:
        gevent.sleep(30)
        total = environment.stats.total
        print(
            f"  {time.strftime('%H:%M:%S')} {total.num_requests:,} requests, {total.num_failures} errors, "
            f"{total.current_rps:.0f} req/s now, p95 {total.get_current_response_time_percentile(0.95) or 0:.0f} ms; "
            f"load average {loadavg()}",
            flush=True,
        )


def figures(entry: StatsEntry, seconds: float) -> str:
    p = entry.get_response_time_percentile
    return (
        f"| {entry.name} | {entry.num_requests:,} | {entry.num_failures} | {entry.num_requests / seconds:.1f} "
        f"| {p(0.5):.0f} | {p(0.95):.0f} | {p(0.99):.0f} |"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=float, default=600, help="seconds of load (default 600)")
    parser.add_argument("--rps", type=float, default=200, help="target requests per second (default 200)")
    parser.add_argument("--publish-every", type=float, default=5, help="seconds between publications (default 5)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (default 2)")
    parser.add_argument("--threads", type=int, default=4, help="threads per gunicorn worker (default 4)")
    parser.add_argument("--pages-per-language", type=int, default=20, help="anonymous pages found per language")
    parser.add_argument("--reuse", action="store_true", help="keep the database an earlier run prepared")
    args = parser.parse_args()

    print(f"load average at the start: {loadavg()}", flush=True)
    BENCH.prepare(DATABASE, reuse=args.reuse)
    BENCH.empty_redis()
    env = {
        "REDIS_URL": BENCH.redis_url,
        # One client address stands for thousands of visitors here: the per-client limit of the subscription
        # form would refuse the load test's own subscriptions (each uses a new address).
        "BIK_RATE_LIMITS": "bulletin_subscribe.client=9999999/h",
    }
    started_at = time.strftime("%Y%m%d%H%M%S")
    summary = BENCH.scratch / DATABASE / "publisher.json"
    summary.unlink(missing_ok=True)
    worker = BENCH.background(DATABASE, ["manage.py", "db_worker", "--queue-name", "*"], "db_worker", **env)
    try:
        with BENCH.gunicorn(DATABASE, workers=args.workers, threads=args.threads, env=env, log_name="gunicorn") as port:
            found_at = time.monotonic()
            weighted = find_pages(port, args.pages_per_language)
            AnonymousReader.pages = [page for page, _weight in weighted]
            AnonymousReader.weights = [weight for _page, weight in weighted]
            CommunityMember.sessions = signed_in_sessions(port, COMMUNITY_MEMBERS, "/en/community/home/", True)
            YoungMember.sessions = signed_in_sessions(port, YOUTH_MEMBERS, "/en/youth/spaces/", False)
            print(
                f"{len(weighted)} anonymous pages in {len(LANGUAGES)} languages, "
                f"{sum(len(s.pages) for s in CommunityMember.sessions)} community and "
                f"{sum(len(s.pages) for s in YoungMember.sessions)} youth pages across the signed-in accounts "
                f"(found in {time.monotonic() - found_at:.0f} s)",
                flush=True,
            )
            publisher = BENCH.background(
                DATABASE,
                [
                    "-c",
                    "import django\ndjango.setup()\n" + PUBLISHER,
                    str(port),
                    str(args.publish_every),
                    str(args.duration),
                    started_at,
                    str(summary),
                ],
                "publisher",
                **env,
            )
            start_load = loadavg()
            began = time.monotonic()
            environment = run_locust(port, args.rps, args.duration)
            seconds = time.monotonic() - began
            end_load = loadavg()
            publisher.wait(timeout=120)
    finally:
        worker.terminate()
        worker.wait(timeout=30)

    published = json.loads(summary.read_text()) if summary.exists() else {"published": 0, "stale": 0}
    stats = environment.stats
    print(f"\n{seconds:.0f} s of load at a target of {args.rps:g} requests per second; "
          f"load average {start_load} at the start, {end_load} at the end\n")  # fmt: skip
    print("| kind | requests | errors | req/s | p50 ms | p95 ms | p99 ms |\n|---|---|---|---|---|---|---|")
    for entry in sorted(stats.entries.values(), key=lambda entry: -entry.num_requests):
        print(figures(entry, seconds))
    print(figures(stats.total, seconds).replace("| Aggregated |", "| **all** |"))
    if ALL_STARTED:  # the users start over the first tenth of their number in seconds: the rate once all ran
        started, before = ALL_STARTED[0]
        held = (stats.total.num_requests - before) / max(1e-9, began + seconds - started)
        print(f"\n{held:.1f} requests per second once every user had started ({started - began:.0f} s in)")
    served = sum(PAGE_CACHE.values()) or 1
    print(
        "\nanonymous pages: "
        + ", ".join(f"{PAGE_CACHE[how] * 100 / served:.0f} % {how}" for how in ("hit", "miss", "not kept"))
        + " (X-Page-Cache)"
    )
    times = sorted(published.get("publish_seconds", []))
    print(
        f"\n{published['published']} articles published (one every {args.publish_every:g} s"
        + (f", {times[len(times) // 2] * 1000:.0f} ms p50 to publish" if times else "")
        + f"), {published['stale']} seen stale on the news list right after"
    )
    for error in stats.errors.values():
        print(f"error: {error.occurrences} × {error.method} {error.name}: {error.error}")
    errors = stats.total.num_failures + published["stale"] + len(OFF_LIMITS)
    if publisher.returncode != 0 or not summary.exists():
        print(f"the publisher failed; see {BENCH.scratch / DATABASE / 'publisher.log'}")
        errors += 1
    print(f"\n{'FAILED' if errors else 'PASSED'}: {errors} errors", flush=True)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
