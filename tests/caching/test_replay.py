"""A web process answers a kept page it served lately before Django (bik/caching/replay.py): exactly the answer
Django gave, only while the page cache would give it too, and never to a request Django must see."""

from __future__ import annotations

import io
import sys
import time
from collections.abc import Iterable, Iterator
from types import SimpleNamespace
from typing import Any

import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections

from bik.caching import pages, replay
from tests.conftest import AfterCommit
from tests.factories.news import ArticleFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]


class Counted:
    """Django's WSGI application, counting the requests that reach it."""

    def __init__(self) -> None:
        self.django = WSGIHandler()
        self.calls = 0

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Iterable[bytes]:
        self.calls += 1
        return self.django(environ, start_response)


@pytest.fixture
def django_app() -> Iterator[Counted]:
    # As Django's test client does: a request must not close the test's connection (its transaction).
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield Counted()
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


@pytest.fixture
def application(django_app: Counted) -> replay.KeptPages:
    return replay.KeptPages(django_app)


def _get(app: Any, path: str, **extra: str) -> tuple[str, dict[str, str], bytes]:
    environ = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": path,
        "QUERY_STRING": "",
        "SCRIPT_NAME": "",
        "SERVER_NAME": "testserver",
        "SERVER_PORT": "80",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_HOST": "testserver",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(b""),
        "wsgi.errors": sys.stderr,
        **extra,
    }
    answered: list[tuple[str, list[tuple[str, str]]]] = []
    result = app(environ, lambda status, headers, exc_info=None: answered.append((status, headers)))
    try:
        body = b"".join(result)
    finally:
        if hasattr(result, "close"):
            result.close()
    status, headers = answered[-1]
    return status, dict(headers), body


def test_a_page_served_from_the_page_cache_is_answered_again_without_django(
    application: replay.KeptPages, django_app: Counted
) -> None:
    miss = _get(application, "/en/")
    hit = _get(application, "/en/")
    replayed = _get(application, "/en/")
    again = _get(application, "/en/")

    assert miss[1]["X-Page-Cache"] == "miss"
    assert hit[1]["X-Page-Cache"] == "hit"
    assert django_app.calls == 2  # the miss and the hit; the page cache's hit taught this process the answer
    assert replayed == hit  # status, every header (security headers, ETag, Cache-Control, Vary) and the bytes
    assert again == hit
    assert "public" in replayed[1]["Cache-Control"]
    assert "Set-Cookie" not in replayed[1]


def test_a_change_reaches_the_next_request_at_once(
    application: replay.KeptPages, django_app: Counted, after_commit: AfterCommit
) -> None:
    for _ in range(3):
        _get(application, "/en/news/")
    assert django_app.calls == 2

    with after_commit():
        ArticleFactory.create(title="Replayed answers follow the news", aliases=False)
    after = _get(application, "/en/news/")

    assert django_app.calls == 3
    assert after[1]["X-Page-Cache"] == "miss"
    assert "Replayed answers follow the news" in after[2].decode()


def test_a_renewal_by_another_process_is_seen_too(application: replay.KeptPages, django_app: Counted) -> None:
    for _ in range(3):
        _get(application, "/en/")

    pages.renew({"news_articlepage"})  # written by another process: only the cache's epoch says so
    _get(application, "/en/")

    assert django_app.calls == 3


def test_no_answer_is_replayed_once_the_page_cache_lets_the_page_go(
    application: replay.KeptPages, django_app: Counted, monkeypatch: pytest.MonkeyPatch
) -> None:
    for _ in range(3):
        _get(application, "/en/")
    later = time.time() + 601
    monkeypatch.setattr(replay, "time", SimpleNamespace(time=lambda: later))

    _get(application, "/en/")

    assert django_app.calls == 3


@pytest.mark.parametrize(
    "extra",
    [
        {"QUERY_STRING": "page=2"},
        {"HTTP_COOKIE": "sessionid=abc"},
        {"HTTP_IF_NONE_MATCH": '"something"'},
        {"HTTP_IF_MODIFIED_SINCE": "Sun, 06 Dec 2026 03:00:00 GMT"},
        {"REQUEST_METHOD": "HEAD"},
        {"REQUEST_METHOD": "POST"},
        {"HTTP_HOST": "sid.localhost"},
        {"HTTP_X_FORWARDED_PROTO": "https"},
        {"wsgi.url_scheme": "https"},
    ],
    ids=lambda extra: next(iter(extra)),
)
def test_a_request_asked_otherwise_goes_to_django(
    application: replay.KeptPages, django_app: Counted, extra: dict[str, str]
) -> None:
    for _ in range(3):
        _get(application, "/fr/")
    assert django_app.calls == 2

    _get(application, "/fr/", **extra)

    assert django_app.calls == 3


def test_the_csrf_and_language_cookies_change_nothing(application: replay.KeptPages, django_app: Counted) -> None:
    for _ in range(3):
        _get(application, "/en/")

    _get(application, "/en/", HTTP_COOKIE="csrftoken=abc; django_language=fr")

    assert django_app.calls == 2


def test_a_page_with_a_form_token_is_never_replayed(application: replay.KeptPages, django_app: Counted) -> None:
    for _ in range(3):
        status, headers, _body = _get(application, "/en/accounts/login/")

    assert django_app.calls == 3  # a form with a token: never kept, so never served from the page cache
    assert "X-Page-Cache" not in headers or headers["X-Page-Cache"] != "hit"
    assert status.startswith("200")


def test_the_header_the_settings_name_for_https_is_part_of_the_address(
    application: replay.KeptPages, django_app: Counted, settings: Any
) -> None:
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_SCHEME", "https")
    for _ in range(3):
        _get(application, "/en/")

    _get(application, "/en/", HTTP_X_SCHEME="https")

    assert django_app.calls == 3
