# ruff: noqa: S105, S106, S603, S607 -- benchmark set-up: a throwaway key for a loopback server, the demo accounts'
# published password, fixed commands (the venv's python and gunicorn, PostgreSQL's createdb/dropdb from PATH)
"""The platform under gunicorn with production settings on 127.0.0.1, on a database of the benchmark's own: the
set-up that bench/wsgi_requests.py, bench/side_by_side.py and bench/load_test.py share.

A `Bench` names the scratch folder (the SQLite file, collected static files, media, mail), the PostgreSQL
database and the Redis database of one benchmark, so that two benchmarks never share data. `prepare()` migrates
the database and loads the demo content once; `gunicorn()` serves it on a free loopback port until the block
ends. Only loopback addresses are ever served or requested.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import http.client
import os
import re
import shutil
import socket
import statistics
import struct
import subprocess
import time
import urllib.parse
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from http.cookies import SimpleCookie
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
PYTHON = BASE_DIR / ".venv" / "bin" / "python"
GUNICORN = BASE_DIR / ".venv" / "bin" / "gunicorn"
HOST = "127.0.0.1"
# Variables of the caller's environment that would change the server's configuration behind our back.
CLEARED = (
    "DEBUG",
    "BIK_TESTING",
    "DATABASE_URL",
    "REDIS_URL",
    "BIK_CACHE",
    "BIK_VAR_DIR",
    "SECRET_KEY",
    "BIK_PAGE_CACHE_SECONDS",
    "BIK_RATE_LIMITS",
    "DJANGO_SETTINGS_MODULE",
)


@dataclass(frozen=True)
class Bench:
    """Where one benchmark keeps its data: never the project's var/, never a test database, never Redis 0."""

    scratch: Path
    pg_name: str
    redis_db: int

    def __post_init__(self) -> None:
        if self.pg_name == "test" or self.pg_name.startswith("test_"):
            raise ValueError(f"{self.pg_name!r} is a test database name")
        if self.redis_db == 0:
            raise ValueError("Redis database 0 is the default one: a benchmark uses its own")

    @property
    def redis_url(self) -> str:
        return f"redis://{HOST}:6379/{self.redis_db}"

    def database_url(self, database: str) -> str:
        if database == "sqlite":
            return f"sqlite:///{self.scratch / 'sqlite' / 'bench.sqlite3'}"
        if database == "postgres":
            return f"postgres://postgres@{HOST}:5432/{self.pg_name}"
        raise ValueError(f"unknown database {database!r}")

    def env(self, database: str, *, port: int = 0, **extra: str) -> dict[str, str]:
        """The server's environment: production settings (DEBUG off, a secret key, no SSL redirect on plain
        HTTP), this benchmark's database and folder, and `extra` (e.g. REDIS_URL, BIK_CACHE)."""
        env = {name: value for name, value in os.environ.items() if name not in CLEARED}
        env.update(
            DEBUG="false",
            SECRET_KEY="bench-only-on-loopback-not-a-production-secret-0123456789abcdef",
            ALLOWED_HOSTS=HOST,
            SECURE_SSL_REDIRECT="false",
            SITE_URL=f"http://{HOST}:{port or 8000}",
            BIK_VAR_DIR=str(self.scratch / database),
            DATABASE_URL=self.database_url(database),
            LOG_LEVEL="WARNING",
            DJANGO_SETTINGS_MODULE="bik.settings",
            PYTHONPATH=str(BASE_DIR),  # this checkout's bik, whichever checkout the shared venv was installed from
        )
        env.update(extra)
        return env

    def manage(self, database: str, *args: str, **extra: str) -> None:
        subprocess.run([str(PYTHON), "manage.py", *args], cwd=BASE_DIR, env=self.env(database, **extra), check=True)

    def django(self, database: str, script: str, stdin: str = "", **extra: str) -> str:
        """Run `script` (Python; django.setup() already done) in a process with the server's settings; its
        standard output."""
        done = subprocess.run(
            [str(PYTHON), "-c", "import django\ndjango.setup()\n" + script],
            cwd=BASE_DIR,
            env=self.env(database, **extra),
            input=stdin,
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            raise RuntimeError(f"a set-up script failed:\n{done.stderr[-3000:]}")
        return done.stdout

    def background(self, database: str, arguments: list[str], log_name: str, **extra: str) -> subprocess.Popen[str]:
        """The venv's python with `arguments` (e.g. manage.py db_worker, or -c and a script) in the server's
        environment, running beside the benchmark; its output goes to `log_name`.log in the scratch folder."""
        log = (self.scratch / database / f"{log_name}.log").open("w")
        return subprocess.Popen(
            [str(PYTHON), *arguments], cwd=BASE_DIR, env=self.env(database, **extra), stdout=log, stderr=log, text=True
        )

    def prepare(self, database: str, *, reuse: bool, extra: Callable[[str], None] | None = None) -> None:
        """A database of its own with the demo content and the static files the manifest storage needs; then
        `extra(database)` for what this benchmark adds. `reuse` keeps what an earlier run prepared."""
        ready = self.scratch / database / "prepared"
        if reuse and ready.exists():
            print(f"[{database}] reusing the database prepared on {ready.read_text().strip()}", flush=True)
            return
        print(f"[{database}] preparing: migrate, load_demo, collectstatic", flush=True)
        shutil.rmtree(self.scratch / database, ignore_errors=True)
        (self.scratch / database).mkdir(parents=True)
        if database == "postgres":
            pg = ["-h", HOST, "-U", "postgres"]
            subprocess.run(["dropdb", *pg, "--if-exists", self.pg_name], check=True)
            subprocess.run(["createdb", *pg, self.pg_name], check=True)
        started = time.monotonic()
        self.manage(database, "migrate", "--noinput", "-v0")
        self.manage(database, "load_demo")
        self.manage(database, "collectstatic", "--noinput", "-v0")
        if extra is not None:
            extra(database)
        ready.write_text(time.strftime("%Y-%m-%d %H:%M:%S"))
        print(f"[{database}] prepared in {time.monotonic() - started:.0f} s", flush=True)

    def empty_redis(self) -> None:
        import redis

        redis.Redis.from_url(self.redis_url).flushdb()  # this benchmark's own database, never 0

    @contextmanager
    def gunicorn(
        self,
        database: str,
        *,
        workers: int = 2,
        threads: int = 1,
        env: Mapping[str, str] | None = None,
        app: str = "bik.wsgi:application",
        chdir: Path = BASE_DIR,
        ready_path: str = "/en/",
        log_name: str = "gunicorn",
    ) -> Iterator[int]:
        """gunicorn serving `app` on a free loopback port until the block ends: `workers` sync workers, or
        gthread workers with `threads` threads each when threads > 1. Yields the port once `ready_path`
        answers 200."""
        port = free_port()
        server_env = self.env(database, port=port, **(env or {}))
        log = (self.scratch / database / f"{log_name}.log").open("w")
        worker_class = ["--worker-class=sync"] if threads == 1 else ["--worker-class=gthread", f"--threads={threads}"]
        command = [
            str(GUNICORN),
            app,
            f"--workers={workers}",
            *worker_class,
            f"--bind={HOST}:{port}",
            "--timeout=120",
            "--error-logfile=-",
        ]
        server = subprocess.Popen(command, cwd=chdir, env=server_env, stdout=log, stderr=log)
        try:
            deadline = time.monotonic() + 120
            while True:
                if server.poll() is not None:
                    raise RuntimeError(f"gunicorn stopped at start-up; see {log.name}")
                try:
                    # Not /healthz: it answers 503 by design when the cache cannot hold a value (BIK_CACHE=dummy).
                    if fetch(port, ready_path)[0] == 200:
                        break
                except OSError:
                    pass
                if time.monotonic() > deadline:
                    raise RuntimeError(f"gunicorn did not answer within 120 s; see {log.name}")
                time.sleep(0.5)
            yield port
        finally:
            server.terminate()
            server.wait(timeout=30)
            log.close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


def fetch(port: int, path: str, headers: Mapping[str, str] | None = None) -> tuple[int, str]:
    connection = http.client.HTTPConnection(HOST, port, timeout=30)
    try:
        connection.request("GET", path, headers=dict(headers or {}))
        response = connection.getresponse()
        return response.status, response.read().decode()
    finally:
        connection.close()


def percentile(values: list[float], fraction: float) -> float:
    if len(values) < 2:
        return values[0] if values else float("nan")
    return statistics.quantiles(values, n=100, method="inclusive")[round(fraction * 100) - 1]


def loadavg() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


# The demo accounts' password and the second factor every demo community member and staff account shares
# (bik/demo/services.py: published on purpose, demo content only).
DEMO_PASSWORD = "better-internet-demo"
DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
_CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def totp_code(secret: str, at: float) -> str:
    """RFC 6238 TOTP (HMAC-SHA1, 30 s, 6 digits), as an authenticator app computes it."""
    key = base64.b32decode(secret, casefold=True)
    digest = hmac.new(key, struct.pack(">Q", int(at // 30)), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    return f"{(struct.unpack('>I', digest[offset : offset + 4])[0] & 0x7FFFFFFF) % 1_000_000:06d}"


class Browser:
    """Just enough of a browser on one loopback server: cookies (the production settings mark them Secure,
    which http.client ignores on plain HTTP) and the CSRF token of the last form page."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, form: Mapping[str, str] | None = None) -> tuple[int, str, str]:
        """Status, body and Location header of one request."""
        headers = {"Cookie": "; ".join(f"{name}={value}" for name, value in self.cookies.items())}
        body = None
        if form is not None:
            body = urllib.parse.urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection = http.client.HTTPConnection(HOST, self.port, timeout=30)
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            for header in response.headers.get_all("Set-Cookie") or []:
                for name, morsel in SimpleCookie(header).items():
                    self.cookies[name] = morsel.value
            return response.status, response.read().decode(), response.headers.get("Location", "")
        finally:
            connection.close()

    def submit(self, path: str, fields: Mapping[str, str]) -> tuple[int, str]:
        """GET the form page, then POST `fields` with its CSRF token: the status and the Location answered."""
        status, page, _location = self.request("GET", path)
        token = _CSRF_FIELD.search(page)
        if status != 200 or token is None:
            raise RuntimeError(f"{path} answered {status} without a form")
        status, _body, location = self.request("POST", path, {"csrfmiddlewaretoken": token.group(1), **fields})
        return status, location


# Codes already used per account: the server refuses a code replayed within its period (allauth), so a second
# sign-in of the same account waits for the next code.
_USED_CODES: dict[str, set[str]] = {}


def sign_in(port: int, email: str, *, second_factor: bool) -> dict[str, str]:
    """Sign a demo account in through the sign-in form (and the two-factor form when the account has one);
    the cookies of the signed-in session."""
    browser = Browser(port)
    status, location = browser.submit("/en/accounts/login/", {"login": email, "password": DEMO_PASSWORD})
    if status != 302:
        raise RuntimeError(f"signing in {email} answered {status}")
    if second_factor:
        if "/2fa/authenticate/" not in location:
            raise RuntimeError(f"signing in {email} asked no second factor (went to {location})")
        used = _USED_CODES.setdefault(email, set())
        while True:  # a code valid a few seconds more, never one used before for this account
            now = time.time()
            code = totp_code(DEMO_TOTP_SECRET, now)
            if 30 - now % 30 > 3 and code not in used:
                break
            time.sleep(30 - now % 30 + 0.2)
        used.add(code)
        status, location = browser.submit(urllib.parse.urlsplit(location).path, {"code": code})
        if status != 302 or "/2fa/" in location:
            raise RuntimeError(f"the second factor of {email} was refused ({status}, {location})")
    if "sessionid" not in browser.cookies:
        raise RuntimeError(f"signing in {email} opened no session")
    return browser.cookies
