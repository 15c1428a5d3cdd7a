"""Median response time of each sign-up-like form for an address that has an account (or a subscription) and
for a new one: the main sign-up, the youth join form, the SID supporter registration, the bulletin subscription
and the password reset. If the two medians differ by much more than the spread of either, the form tells an
attacker which addresses are registered.

    .venv/bin/python bench/enumeration_timing.py                  # 25 requests per form and path
    .venv/bin/python bench/enumeration_timing.py --requests 50 --reuse

It prepares its own SQLite database under /tmp/bik-bench-enumeration/ (migrated, demo content loaded; --reuse
keeps one an earlier run prepared) and runs with production's password hashing (Django's PBKDF2 at its full
work factor, not the tests' fast hash) and the production task queue (the database backend: emails are queued,
as in production, and sent by a worker that this script does not run). Rate limits are switched off
(BIK_RATE_LIMITS_ENABLED=false): this measures the answer, not the limit. Requests go through Django's test
client in this process (no network), alternating existing and new addresses; every request uses an address of
its own, so no per-address throttle makes repeated requests cheaper. Reported per form: median and 90th
percentile in milliseconds for each path, and the difference of the medians.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

BASE_DIR = Path(__file__).resolve().parent.parent
SCRATCH = Path("/tmp/bik-bench-enumeration")  # noqa: S108 -- a benchmark's own scratch folder
PASSWORD = "a long and lovely passphrase 42"  # noqa: S105 -- a benchmark's throwaway accounts


def _configure(reuse: bool) -> None:
    if not reuse and SCRATCH.exists():
        for path in SCRATCH.glob("bik.sqlite3*"):
            path.unlink()
    SCRATCH.mkdir(parents=True, exist_ok=True)
    for name in ("BIK_TESTING", "DATABASE_URL", "REDIS_URL", "BIK_CACHE", "EMAIL_HOST", "BIK_TASK_BACKEND"):
        os.environ.pop(name, None)
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "bik.settings",
            "BIK_VAR_DIR": str(SCRATCH),
            "DEBUG": "false",
            "SECRET_KEY": "bench-enumeration-" + "x" * 40,
            "SECURE_SSL_REDIRECT": "false",
            "ALLOWED_HOSTS": "testserver,sid.localhost",
            "BIK_RATE_LIMITS_ENABLED": "false",
            "LOG_LEVEL": "ERROR",
        }
    )
    sys.path.insert(0, str(BASE_DIR))
    import django

    django.setup()
    from django.conf import settings
    from django.test.utils import override_settings

    # Static URLs without a collected manifest: how a stylesheet's URL is spelled is not what is measured.
    override_settings(
        STORAGES={
            **settings.STORAGES,
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        }
    ).enable()


@dataclass(frozen=True)
class Form:
    name: str
    host: str
    url: str
    data: Callable[[str], dict[str, Any]]
    existing: Callable[[int], list[str]]  # makes n existing addresses
    ok: tuple[int, ...] = (302,)


def _accounts(n: int) -> list[str]:
    from allauth.account.models import EmailAddress
    from django.contrib.auth.hashers import make_password

    from bik.accounts.models import User

    password = make_password(PASSWORD)
    addresses = [f"known-{uuid.uuid4().hex[:12]}@bench.example" for _ in range(n)]
    users = User.objects.bulk_create([User(email=address, password=password) for address in addresses])
    EmailAddress.objects.bulk_create(
        [EmailAddress(user=user, email=user.email, verified=True, primary=True) for user in users]
    )
    return addresses


def _subscribers(n: int) -> list[str]:
    from bik.bulletin.models import Subscriber

    addresses = [f"reader-{uuid.uuid4().hex[:12]}@bench.example" for _ in range(n)]
    Subscriber.objects.bulk_create([Subscriber(email=a, status=Subscriber.Status.CONFIRMED) for a in addresses])
    return addresses


def _forms() -> list[Form]:
    from django.utils import timezone

    year = str(timezone.localdate().year - 16)
    return [
        Form(
            "sign-up",
            "testserver",
            "/en/accounts/signup/",
            lambda a: {"email": a, "password1": PASSWORD, "password2": PASSWORD},
            _accounts,
        ),
        Form(
            "youth join",
            "testserver",
            "/en/youth/join/",
            lambda a: {
                "pseudonym": "NightOwl",
                "year_of_birth": year,
                "country": "IE",
                "email": a,
                "parent_email": "",
                "password1": PASSWORD,
                "password2": PASSWORD,
                "rules": "on",
            },
            _accounts,
        ),
        Form(
            "SID supporter registration",
            "sid.localhost",
            "/en/supporters/register/",
            lambda a: {
                "email": a,
                "password1": PASSWORD,
                "password2": PASSWORD,
                "name": "Escola Secundária de Braga",
                "kind": "school",
                "country": "PT",
                "website": "https://escola.example",
            },
            _accounts,
        ),
        Form(
            "bulletin subscription",
            "testserver",
            "/en/bulletin/subscribe/",
            lambda a: {"email": a, "language": "en"},
            _subscribers,
        ),
        Form("password reset", "testserver", "/en/accounts/password/reset/", lambda a: {"email": a}, _accounts),
    ]


def _time(form: Form, address: str) -> float:
    from django.test import Client

    client = Client(HTTP_HOST=form.host)
    client.get(form.url)  # a visitor loads the form first (session, CSRF cookie); not timed
    started = time.perf_counter()
    response = client.post(form.url, form.data(address))
    elapsed = time.perf_counter() - started
    if response.status_code not in form.ok:
        raise SystemExit(f"{form.name}: {address} answered {response.status_code}, not {form.ok}")
    return elapsed


def _ms(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return 1000 * ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=25, help="requests per form and path (default 25)")
    parser.add_argument("--reuse", action="store_true", help="keep the database an earlier run prepared")
    args = parser.parse_args()
    _configure(args.reuse)
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    if not args.reuse:
        call_command("load_demo", verbosity=0)

    print(f"{'form':<28} {'existing p50':>12} {'p90':>8} {'new p50':>9} {'p90':>8} {'Δ p50':>8}  (ms)")
    for form in _forms():
        known = form.existing(args.requests + 1)
        _time(form, known.pop())  # warm-up: imports, template loading
        existing: list[float] = []
        new: list[float] = []
        for address in known:
            existing.append(_time(form, address))
            new.append(_time(form, f"new-{uuid.uuid4().hex[:12]}@bench.example"))
        e50, n50 = 1000 * statistics.median(existing), 1000 * statistics.median(new)
        print(
            f"{form.name:<28} {e50:>12.1f} {_ms(existing, 0.9):>8.1f} {n50:>9.1f} {_ms(new, 0.9):>8.1f} "
            f"{n50 - e50:>+8.1f}"
        )


if __name__ == "__main__":
    main()
