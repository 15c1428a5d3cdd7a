# ruff: noqa: S101, S108, S603 -- a benchmark script: asserts check its setup; fixed paths and arguments
"""Send one bulletin issue to N confirmed subscribers through a local SMTP sink, with the default worker setup
(one `manage.py db_worker`, as `make run` starts it), and compare with raw smtplib sending the same message
to the same sink in the same run (the ceiling).

    .venv/bin/python bench/bulletin_send.py --subscribers 100000

It uses its own SQLite database in /tmp/bik-bench-bulletin (override with BIK_VAR_DIR), loads the demo
content there once, and starts the SMTP sink (aiosmtpd, discarding messages) in a separate process on
loopback. Reported: messages/second for both, their ratio, and the worker's peak resident memory (VmHWM),
with its resident memory sampled along the way to show that it stays flat.
"""

from __future__ import annotations

import argparse
import os
import smtplib
import socket
import subprocess
import sys
import time
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--subscribers", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=1, help="db_worker processes (make run starts one)")
    parser.add_argument("--ceiling-sample", type=int, default=20_000, help="messages for each raw smtplib measurement")
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
    from django.conf import settings
    from django.db import connection
    from django.utils import timezone

    from bik.accounts.models import User
    from bik.bulletin import emails, services, tasks
    from bik.bulletin.models import BulletinIndexPage, BulletinIssuePage, Mailing, Subscriber

    if not BulletinIndexPage.objects.exists():
        # The core pages and the bulletin's own demo only: other components' demos are not needed here.
        from bik.bulletin import demo
        from bik.demo.services import ensure_locales, ensure_pages

        print("Loading the core pages and the bulletin demo once …", flush=True)
        ensure_locales()
        demo.load(ensure_pages())

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
    editor = User.objects.filter(groups__name="Moderators").first() or User.objects.filter(is_active=True).first()
    assert editor is not None
    mailing = Mailing.objects.create(
        issue=issue, issue_key=issue.translation_key, audience=issue.audience, created_by=editor
    )

    sink = subprocess.Popen(
        [python, "-m", "aiosmtpd", "-n", "-c", "aiosmtpd.handlers.Sink", "-l", f"127.0.0.1:{port}"],
        cwd=BASE_DIR,
        env=env,
    )
    try:
        wait_for_port(port)

        # The ceiling: raw smtplib, one connection, the same message bytes, the same sink; measured before
        # and after the bulletin run (the machine's load varies), and the faster of the two is the ceiling.
        rendered = emails.render_issue(BulletinIssuePage.objects.get(pk=issue.pk))
        factory = emails.MessageFactory(rendered, list_id="BIK Bulletin")
        raw = factory.build(emails.Recipient("reader0@bench.example", 1, 1, "bulletin.0.1"))
        ceiling_count = min(count, args.ceiling_sample)

        def measure_ceiling() -> float:
            client = smtplib.SMTP("127.0.0.1", port)
            began = time.perf_counter()
            for n in range(ceiling_count):
                client.sendmail(factory.envelope_from, [f"reader{n}@bench.example"], raw)
            seconds = time.perf_counter() - began
            client.quit()
            print(
                f"raw smtplib: {ceiling_count} messages in {seconds:.1f} s = {ceiling_count / seconds:.0f} msg/s",
                flush=True,
            )
            return float(ceiling_count / seconds)

        ceilings = [measure_ceiling()]

        tasks.start_mailing.enqueue(mailing.pk)
        connection.close()
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
        worker = workers[0]
        samples: list[tuple[int, int]] = []
        try:
            deadline = time.monotonic() + max(600, count / 50)
            while time.monotonic() < deadline:
                time.sleep(1)
                mailing.refresh_from_db()
                progress = services.progress(mailing)
                samples.append((progress.sent, rss_kib(worker.pid, "VmRSS")))
                if mailing.status == Mailing.Status.SENT:
                    break
            peak = max(rss_kib(each.pid, "VmHWM") for each in workers)
        finally:
            for each in workers:
                each.terminate()
                each.wait(timeout=30)
        ceilings.append(measure_ceiling())
        ceiling = max(ceilings)
    finally:
        sink.terminate()
        sink.wait(timeout=30)

    mailing.refresh_from_db()
    progress = services.progress(mailing)
    sent_times = mailing.deliveries.filter(sent_at__isnull=False).order_by("sent_at").values_list("sent_at", flat=True)
    first, last = sent_times.first(), sent_times.last()
    assert first is not None
    assert last is not None
    assert mailing.started_at is not None
    sending_seconds = (last - first).total_seconds()
    total_seconds = (last - mailing.started_at).total_seconds()
    rate = progress.sent / sending_seconds if sending_seconds else float("inf")
    print(f"bulletin: {progress.sent} sent, {progress.failed} failed, status {mailing.status}")
    print(
        f"bulletin: {rate:.0f} msg/s while sending ({sending_seconds:.1f} s); "
        f"{progress.sent / total_seconds:.0f} msg/s including preparation ({total_seconds:.1f} s)"
    )
    print(
        f"ratio to the ceiling: {100 * rate / ceiling:.0f}% (preparation included: "
        f"{100 * progress.sent / total_seconds / ceiling:.0f}%)"
    )
    print(f"worker peak RSS (VmHWM): {peak / 1024:.0f} MiB; raw smtplib ceiling {ceiling:.0f} msg/s")
    if samples:
        quarter = [samples[int(len(samples) * f)] for f in (0.1, 0.5, 0.9)]
        print("worker RSS while sending: " + ", ".join(f"{sent} sent: {kib / 1024:.0f} MiB" for sent, kib in quarter))
    print(f"settings: batch {getattr(settings, 'BULLETIN_BATCH_SIZE', 200)}, {args.workers} db_worker(s), SQLite (WAL)")


if __name__ == "__main__":
    main()
