"""Browser tests: Debian's Chromium, driven by Playwright, against a real `runserver` process.

The server runs with DEBUG off (so visitors' 404 pages and static files are served as in production, by
WhiteNoise) and BIK_TESTING on, against the test database with the demo content (tests/conftest.py's
`django_db_setup`). Because that server writes to the same database, these tests never use the `db` fixture:
a test transaction would hold SQLite's lock. Each test makes its own accounts with unique addresses.
"""

from __future__ import annotations

import base64
import contextlib
import email
import hashlib
import hmac
import os
import socket
import struct
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import default as default_policy
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from django.conf import settings

# Playwright's sync API runs an event loop in this thread; Django's ORM would refuse to run beside it.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
BASE_DIR = Path(__file__).resolve().parent.parent.parent
SERVER_START_TIMEOUT = 60.0  # several workers start their servers and browsers at once


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.browser)


# --- The server -----------------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _database_url(settings_dict: dict[str, Any]) -> str:
    engine = settings_dict["ENGINE"]
    name = str(settings_dict["NAME"])
    if engine == "django.db.backends.sqlite3":
        if name == ":memory:" or name.startswith("file:"):
            raise RuntimeError("The browser tests need the SQLite test database in a file (see settings.py).")
        return f"sqlite:///{name}"
    if engine.startswith("django.db.backends.postgresql"):
        user = quote(settings_dict.get("USER") or "", safe="")
        password = settings_dict.get("PASSWORD") or ""
        credentials = f"{user}:{quote(password, safe='')}" if password else user
        host = settings_dict.get("HOST") or "localhost"
        port = settings_dict.get("PORT") or "5432"
        return f"postgres://{credentials}@{host}:{port}/{quote(name, safe='')}"
    raise RuntimeError(f"The browser tests do not know how to share a {engine} database with the server.")


def _wait_until_healthy(base_url: str, process: subprocess.Popen[bytes], log_path: Path) -> None:
    deadline = time.monotonic() + SERVER_START_TIMEOUT
    last_error = ""
    while time.monotonic() < deadline:
        if process.poll() is not None:
            break
        try:
            with urllib.request.urlopen(f"{base_url}/healthz", timeout=2) as response:  # noqa: S310 -- local server
                if response.status == 200:
                    return
                last_error = f"HTTP {response.status}"
        except (urllib.error.URLError, ConnectionError, TimeoutError) as exc:
            last_error = str(exc)
        time.sleep(0.2)
    raise RuntimeError(f"The server at {base_url} did not become healthy ({last_error}).{_server_log(log_path)}")


def _server_log(log_path: Path) -> str:
    """The end of a test server's output, for an error that says why it failed."""
    log = log_path.read_text(encoding="utf-8", errors="replace")[-4000:] if log_path.exists() else ""
    return f"\n--- server log ---\n{log}"


def _warm_up(base_url: str, log_path: Path) -> None:
    """One visit to the English home page before the tests: a fresh server's first page also imports the page
    modules, compiles the templates and builds the menus, and with three workers starting their servers and
    browsers at once, that first page outlasted a test's ten seconds (the tests time pages, not start-ups)."""
    try:
        with urllib.request.urlopen(f"{base_url}/en/", timeout=SERVER_START_TIMEOUT) as response:  # noqa: S310 -- local
            if response.status == 200:
                return
            problem = f"HTTP {response.status}"
    except (urllib.error.URLError, ConnectionError, TimeoutError) as exc:
        problem = str(exc)
    raise RuntimeError(f"The server at {base_url} did not serve its home page ({problem}).{_server_log(log_path)}")


def server_env(database_url: str, var_dir: Path, **overrides: str) -> dict[str, str]:
    """The environment of a test server (or worker) sharing the test database: production-like settings,
    this run's var directory, the test process's own Django variables left out."""
    env = {
        **os.environ,
        "BIK_TESTING": "true",
        "DEBUG": "false",
        "DATABASE_URL": database_url,
        "BIK_VAR_DIR": str(var_dir),
        "PYTHONUNBUFFERED": "1",
        # `runserver` answers each request in a thread of its own, which ends with it: a connection kept for
        # reuse would only wait for the garbage collector, and three workers' servers had PostgreSQL's hundred
        # connections taken (Django's advice for the development server: no persistent connections).
        "DB_CONN_MAX_AGE": "0",
        **overrides,
    }
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    return env


@contextmanager
def running_server(env: dict[str, str], port: int, log_path: Path) -> Iterator[str]:
    """`manage.py runserver` on 127.0.0.1:`port` with `env`, its output in `log_path`; yields its base URL once
    it is healthy and stops it when the block ends."""
    base_url = f"http://127.0.0.1:{port}"
    with log_path.open("wb") as log:
        process = subprocess.Popen(  # noqa: S603 -- fixed arguments
            [sys.executable, "manage.py", "runserver", "--noreload", "--nostatic", f"127.0.0.1:{port}"],
            cwd=BASE_DIR,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        _wait_until_healthy(base_url, process, log_path)
        _warm_up(base_url, log_path)
        yield base_url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


@pytest.fixture(scope="session")
def live_url(django_db_setup: None, django_db_blocker: Any) -> Iterator[str]:
    from django.conf import settings
    from django.db import connection

    with django_db_blocker.unblock():
        database_url = _database_url(connection.settings_dict)
        connection.close()  # the server gets the database to itself between our own reads

    port = _free_port()
    var_dir = Path(settings.VAR_DIR)
    var_dir.mkdir(parents=True, exist_ok=True)
    env = server_env(database_url, var_dir, SITE_URL=f"http://127.0.0.1:{port}")
    with running_server(env, port, var_dir / "browser-server.log") as base_url:
        yield base_url


# --- The browser ----------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        message = f"Chromium is missing at {CHROMIUM} (make browser-deps installs it)."
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    try:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()
    finally:
        playwright.stop()


DEFAULT_VIEWPORT = {"width": 1280, "height": 720}  # Playwright's own default


class Tabs:
    """The visitors' tabs of this test process: one per site (base URL), lent to each test in turn with a clean
    slate (`_clean_slate`), instead of a new browser context and tab for every test. A new tab starts a renderer
    process and loads the stylesheets, scripts and pictures afresh: on 15 visits that cost Chromium 0.46 s of
    CPU a page against 0.16 s in a tab kept open, and Chromium's CPU is most of the browser tests' time on two
    cores. A test that listens to a tab's events (`page.on`) takes `fresh_page`, so that its listeners end with
    it; one that needs another context's options (JavaScript off, a locale) makes its own context."""

    def __init__(self, browser: Any) -> None:
        self.browser = browser
        self.open: dict[str, tuple[Any, Any]] = {}

    def lend(self, base_url: str, *, cookies: list[dict[str, Any]] | None = None) -> Any:
        """The tab of `base_url`'s site, anonymous (or with `cookies`, a signed-in visitor's), in British English,
        at Playwright's default size and colours."""
        context, tab = self.open.get(base_url, (None, None))
        if context is None:
            context = self.browser.new_context(locale="en-GB", base_url=base_url)
        if tab is None or tab.is_closed():
            tab = context.new_page()
        self.open[base_url] = (context, tab)
        _clean_slate(context, tab)
        if cookies:
            context.add_cookies(cookies)
        return tab

    def close(self) -> None:
        for context, _tab in self.open.values():
            context.close()


def _clean_slate(context: Any, tab: Any) -> None:
    """What a test may have left in a lent tab, undone: its cookies (a session, a consent), the storage of the
    page it ended on, a phone's size, a dark scheme, other time-outs."""
    from playwright.sync_api import Error

    context.clear_cookies()
    context.clear_permissions()
    if tab.url.startswith("http"):
        with contextlib.suppress(Error):  # a document without storage (a download shown as text): nothing to clear
            tab.evaluate("() => { localStorage.clear(); sessionStorage.clear(); }")
    tab.set_viewport_size(DEFAULT_VIEWPORT)
    tab.emulate_media(media="null", color_scheme="null", reduced_motion="null", forced_colors="null")
    context.set_default_timeout(10_000)
    context.set_default_navigation_timeout(30_000)  # the first visit warms the server's caches on a busy machine


@pytest.fixture(scope="session")
def tabs(browser: Any) -> Iterator[Tabs]:
    lent = Tabs(browser)
    try:
        yield lent
    finally:
        lent.close()


@pytest.fixture
def page(tabs: Tabs, live_url: str) -> Any:
    """An anonymous visitor's tab on the platform (see `Tabs`)."""
    return tabs.lend(live_url)


@pytest.fixture
def fresh_page(browser: Any, live_url: str) -> Iterator[Any]:
    """A tab in a browser context of its own, closed with the test."""
    context = browser.new_context(locale="en-GB", base_url=live_url)
    context.set_default_timeout(10_000)
    try:
        yield context.new_page()
    finally:
        context.close()


@pytest.fixture
def other_page(browser: Any, live_url: str) -> Iterator[Any]:
    """A second visitor, in a browser context of their own (cookies, session)."""
    context = browser.new_context(locale="en-GB", base_url=live_url)
    context.set_default_timeout(10_000)
    try:
        yield context.new_page()
    finally:
        context.close()


@dataclass(frozen=True)
class Visit:
    """A page an axe-core scan reads: `path`, which must answer `status`, or the one that `steps` end on."""

    id: str
    path: str = ""
    status: int = 200
    steps: Callable[[Any], None] | None = None

    def make(self, page: Any) -> None:
        if self.steps is not None:
            self.steps(page)
            return
        response = page.goto(self.path)
        assert response is not None
        assert response.status == self.status, f"{self.path} answered {response.status}"


def assert_accessible(page: Any) -> None:
    """axe-core finds no violation on the page as it is now."""
    from axe_playwright_python.sync_playwright import Axe

    page.wait_for_load_state("load")
    results = Axe().run(page)
    assert results.violations_count == 0, f"{page.url}\n{results.generate_report()}"


# --- Helpers --------------------------------------------------------------------------------------------


def mail_dir() -> Path:
    from django.conf import settings

    return Path(settings.BIK_MAIL_DIR)


def newest_email(address: str, *, timeout: float = 10.0) -> EmailMessage:
    """The newest message written to the mail directory for `address`, waiting a little for it to arrive."""
    deadline = time.monotonic() + timeout
    while True:
        directory = mail_dir()
        paths = sorted(directory.glob("*.eml"), reverse=True) if directory.exists() else []
        for path in paths:
            message = email.message_from_bytes(path.read_bytes(), policy=default_policy)
            if address.lower() in str(message.get("To", "")).lower():
                assert isinstance(message, EmailMessage)
                return message
        if time.monotonic() > deadline:
            raise AssertionError(f"No email for {address} in {directory}")
        time.sleep(0.2)


def email_text(message: EmailMessage) -> str:
    body = message.get_body(preferencelist=("plain", "html"))
    assert body is not None, "the email has no text body"
    return str(body.get_content())


def totp_code(secret: str, *, at: float | None = None, period: int = 30, digits: int = 6) -> str:
    """RFC 6238 TOTP (HMAC-SHA1), as an authenticator app computes it."""
    key = base64.b32decode(secret.replace(" ", "").upper(), casefold=True)
    counter = int((time.time() if at is None else at) // period)
    digest = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return f"{value % 10**digits:0{digits}d}"


# The codes each account has signed in with that the server still remembers. The server refuses a code an account
# has used while the code is valid (allauth keeps them per account in the cache), so the same account signing in
# twice within a period waits for the next code; the demo accounts share a secret.
_USED_CODES: dict[str, set[str]] = {}


@pytest.fixture(autouse=True)
def _used_codes_forgotten_with_the_cache(_fresh_cache: None) -> None:
    """With Redis the server keeps its record of used codes in the cache every test starts by emptying, so at a
    test's start no code has been used (without Redis the server's own memory outlives the test: codes are kept)."""
    if settings.CACHES["default"]["BACKEND"].endswith("RedisCache"):
        _USED_CODES.clear()


def fresh_totp_code(secret: str, *, account: str | None = None, period: int = 30) -> str:
    """A code that stays valid for a few seconds more and that `account` has not used before (servers refuse a
    replay); without an account (one signed up in the test, with a secret of its own), any fresh code."""
    used = _USED_CODES.setdefault(account.lower(), set()) if account else None
    while True:
        now = time.time()
        code = totp_code(secret, at=now, period=period)
        if period - now % period > 3 and (used is None or code not in used):
            if used is not None:
                used.add(code)
            return code
        time.sleep(period - now % period + 0.2)
