# ruff: noqa: S101, S108, S603 -- a benchmark script: asserts check its setup; fixed paths and arguments
"""Send one bulletin issue to N confirmed subscribers through a local SMTP sink, with the default worker setup
(one `manage.py db_worker`, as `make run` starts it), and compare with raw smtplib sending the same message
to the same sink in the same run (the ceiling).

    .venv/bin/python bench/bulletin_send.py --subscribers 100000
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bik_bench_bulletin .venv/bin/python bench/bulletin_send.py

It uses its own database (SQLite in $BIK_VAR_DIR, /tmp/bik-bench-bulletin by default, or DATABASE_URL), loads
the demo content there once, and starts the SMTP sink (aiosmtpd, discarding messages) in a separate process on
loopback.

The machine may be shared, so the ceiling is measured *during* the mailing, in alternating windows: the
worker processes are paused (SIGSTOP) for a ceiling window in which raw smtplib sends as many messages as it
can, then resumed (SIGCONT) for a service window in which only the bulletin sends. Each service window is
compared with the ceiling windows on either side of it, so slow changes in the machine's load cancel out.
Reported: messages/second for both, their ratio (per window and overall), and the workers' peak resident
memory (VmHWM), with their resident memory sampled along the way to show that it stays flat.
"""

from __future__ import annotations

import argparse
import os
import signal
import smtplib
import socket
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def rss_kib(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1])
    return 0


def wait_for_port(port: int, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"nothing listens on port {port}")


@dataclass
class Window:
    kind: str  # "service" or "ceiling"
    messages: int
    seconds: float

    @property
    def rate(self) -> float:
        return self.messages / self.seconds if self.seconds else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--subscribers", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=1, help="db_worker processes (make run starts one)")
    parser.add_argument("--service-window", type=float, default=6.0, help="seconds the bulletin sends alone")
    parser.add_argument("--ceiling-window", type=float, default=2.0, help="seconds raw smtplib sends alone")
    args = parser.parse_args()
    count = args.subscribers

    port = free_port()
    env = {
        **os.environ,
        "BIK_VAR_DIR": os.environ.get("BIK_VAR_DIR", "/tmp/bik-bench-bulletin"),
        "DEBUG": "false",
        "BIK_TESTING": "false",
        "SECRET_KEY": "bench-only-secret-key-not-for-production-0123456789",
        "BIK_TASK_BACKEND": "django_tasks_db.DatabaseBackend",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(port),
        "EMAIL_USE_TLS": "false",
        "LOG_LEVEL": "WARNING",
        "SECURE_SSL_REDIRECT": "false",
    }
    os.environ.update(env)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bik.settings")
    python = str(BASE_DIR / ".venv" / "bin" / "python")
    subprocess.run([python, "manage.py", "migrate", "-v0"], cwd=BASE_DIR, env=env, check=True)

    import django

    django.setup()
    from django.db import connection
    from django.utils import timezone

    from bik.accounts.models import User
    from bik.bulletin import emails, sending, services, tasks
    from bik.bulletin.models import BulletinIndexPage, BulletinIssuePage, Delivery, Mailing, Subscriber

    if not BulletinIndexPage.objects.exists():
        # The core pages and the bulletin's own demo only: other components' demos are not needed here.
        from bik.bulletin import demo
        from bik.demo.services import ensure_locales, ensure_pages

        print("Loading the core pages and the bulletin demo once …", flush=True)
        ensure_locales()
        demo.load(ensure_pages())

    # Only this run's mailing may send: cancel what an interrupted earlier run left, and its queued tasks.
    from django_tasks_db.models import DBTaskResult

    Mailing.objects.filter(status__in=(Mailing.Status.SCHEDULED, Mailing.Status.SENDING)).update(
        status=Mailing.Status.CANCELLED
    )
    DBTaskResult.objects.filter(status="READY").delete()

    # Exactly `count` sendable subscribers, all bench addresses.
    Subscriber.objects.exclude(email__endswith="@bench.example").update(status=Subscriber.Status.UNSUBSCRIBED)
    existing = Subscriber.objects.filter(email__endswith="@bench.example").count()
    if existing < count:
        now = timezone.now()
        languages = ["en", "fr", "de", "nl", "it"]
        for start in range(existing, count, 5000):
            Subscriber.objects.bulk_create(
                Subscriber(
                    email=f"reader{n}@bench.example",
                    language=languages[n % len(languages)],
                    status=Subscriber.Status.CONFIRMED,
                    consent_at=now,
                    confirmed_at=now,
                )
                for n in range(start, min(count, start + 5000))
            )
    bench = Subscriber.objects.filter(email__endswith="@bench.example")
    bench.filter(id__in=bench.order_by("id").values("id")[:count]).update(
        status=Subscriber.Status.CONFIRMED, suppressed_at=None
    )
    bench.exclude(id__in=bench.order_by("id").values("id")[:count]).update(status=Subscriber.Status.UNSUBSCRIBED)
    assert services.sendable_subscribers().count() == count

    index = BulletinIndexPage.objects.get(locale__language_code="en", slug="bulletin")
    template = BulletinIssuePage.objects.child_of(index).filter(is_demo=True).order_by("issue_date").first()
    assert template is not None
    issue = template.copy(
        to=index,
        update_attrs={"slug": f"bench-{int(time.time())}", "title": f"Bench issue {time.strftime('%H:%M:%S')}"},
        keep_live=True,
    )
    issue.save_revision().publish()
    editor, _created = User.objects.get_or_create(email="bench-editor@bench.example")
    mailing = Mailing.objects.create(
        issue=issue, issue_key=issue.translation_key, audience=issue.audience, created_by=editor
    )
    vendor = connection.vendor

    sink = subprocess.Popen(
        [python, "-m", "aiosmtpd", "-n", "-c", "aiosmtpd.handlers.Sink", "-l", f"127.0.0.1:{port}"],
        cwd=BASE_DIR,
        env=env,
    )
    windows: list[Window] = []
    samples: list[tuple[int, int]] = []
    try:
        wait_for_port(port)

        # The ceiling: raw smtplib, one connection, the same message bytes (an English message of this issue).
        rendered = emails.render_issue(BulletinIssuePage.objects.get(pk=issue.pk))
        factory = emails.MessageFactory(rendered, list_id="BIK Bulletin")
        raw = factory.build(emails.Recipient("reader0@bench.example", 1, 1, "bulletin.0.1"))
        client = smtplib.SMTP("127.0.0.1", port)
        ceiling_sent = 0

        def ceiling_window() -> Window:
            nonlocal ceiling_sent
            began = time.perf_counter()
            stop = began + args.ceiling_window
            sent = 0
            while time.perf_counter() < stop:
                client.sendmail(factory.envelope_from, [f"reader{ceiling_sent % count}@bench.example"], raw)
                sent += 1
                ceiling_sent += 1
            return Window("ceiling", sent, time.perf_counter() - began)

        def sent_so_far() -> int:
            return Delivery.objects.filter(mailing=mailing, state=Delivery.State.SENT).count()

        load_before = os.getloadavg()
        windows.append(ceiling_window())  # warm the sink up, and a first ceiling
        tasks.start_mailing.enqueue(mailing.pk)
        connection.close()
        began = time.perf_counter()
        workers = [
            subprocess.Popen(  # as `make run` starts it
                [python, "manage.py", "db_worker", "--queue-name", "*", "--interval", "1"],
                cwd=BASE_DIR,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            for _worker in range(args.workers)
        ]
        paused = 0.0
        try:
            deadline = time.monotonic() + max(900, count / 20)
            while sent_so_far() == 0 and time.monotonic() < deadline:  # the workers start, the mailing is prepared
                time.sleep(0.2)
            first_sent_at = time.perf_counter()
            done = 0
            while time.monotonic() < deadline:
                before, window_began = sent_so_far(), time.perf_counter()
                time.sleep(args.service_window)
                done, window_ended = sent_so_far(), time.perf_counter()
                samples.append((done, rss_kib(workers[0].pid, "VmRSS")))
                if done >= count:  # the mailing ended inside this window: a partial window, not compared
                    break
                windows.append(Window("service", done - before, window_ended - window_began))
                for worker in workers:
                    os.kill(worker.pid, signal.SIGSTOP)
                stopped = time.perf_counter()
                windows.append(ceiling_window())
                for worker in workers:
                    os.kill(worker.pid, signal.SIGCONT)
                paused += time.perf_counter() - stopped
            while time.monotonic() < deadline:
                mailing.refresh_from_db()
                if mailing.status == Mailing.Status.SENT:
                    break
                time.sleep(0.2)
            finished = time.perf_counter()
            peak = max(rss_kib(each.pid, "VmHWM") for each in workers)
        finally:
            for each in workers:
                os.kill(each.pid, signal.SIGCONT)
                each.terminate()
                each.wait(timeout=60)
        client.quit()
        load_after = os.getloadavg()
    finally:
        sink.terminate()
        sink.wait(timeout=30)

    mailing.refresh_from_db()
    progress = services.progress(mailing)
    assert mailing.status == Mailing.Status.SENT, mailing.status
    service = [w for w in windows if w.kind == "service"]
    ceiling = [w for w in windows if w.kind == "ceiling"]
    steady = sum(w.messages for w in service) / sum(w.seconds for w in service)
    ceiling_rate = sum(w.messages for w in ceiling) / sum(w.seconds for w in ceiling)
    overall = progress.sent / (finished - first_sent_at - paused)
    with_preparation = progress.sent / (finished - began - paused)
    # Each service window against the mean of the ceiling windows just before and just after it.
    ratios = [
        windows[i].rate / ((windows[i - 1].rate + windows[i + 1].rate) / 2)
        for i in range(1, len(windows) - 1)
        if windows[i].kind == "service"
    ]
    print(f"bulletin: {progress.sent} sent, {progress.failed} failed, status {mailing.status}")
    print(
        f"bulletin: {steady:.0f} msg/s in {len(service)} service windows of {args.service_window:.0f} s; "
        f"{overall:.0f} msg/s first to last message; {with_preparation:.0f} msg/s including preparation"
    )
    print(f"raw smtplib ceiling: {ceiling_rate:.0f} msg/s in {len(ceiling)} windows of {args.ceiling_window:.0f} s")
    print(
        f"ratio: {100 * steady / ceiling_rate:.0f}% overall; per window median "
        f"{100 * statistics.median(ratios):.0f}% (min {100 * min(ratios):.0f}%, max {100 * max(ratios):.0f}%)"
        if ratios
        else f"ratio: {100 * steady / ceiling_rate:.0f}% overall"
    )
    print("windows (msg/s, c = ceiling, s = service): " + " ".join(f"{w.kind[0]}{w.rate:.0f}" for w in windows))
    print(f"first message {first_sent_at - began:.1f} s after the workers started (start-up and preparation)")
    print(f"worker peak RSS (VmHWM): {peak / 1024:.0f} MiB")
    if samples:
        picks = [samples[int(len(samples) * f)] for f in (0.1, 0.5, 0.9)]
        print("worker RSS while sending: " + ", ".join(f"{sent} sent: {kib / 1024:.0f} MiB" for sent, kib in picks))
    # Every row of a chunk got the same lease when it was marked sending: distinct leases count the chunks.
    chunks = mailing.deliveries.filter(state=Delivery.State.SENT).values("lease_until").distinct().count()
    print(f"chunks: {chunks} commits marked rows sending, {progress.sent / chunks:.1f} rows each on average")
    print(
        f"settings: batch {sending.batch_size()}, chunk between {'/'.join(map(str, sending.chunk_bounds()))}, "
        f"{args.workers} db_worker(s), "
        f"{vendor}; {os.cpu_count()} CPUs, load average {load_before[0]:.1f} before, {load_after[0]:.1f} after"
    )


if __name__ == "__main__":
    main()
