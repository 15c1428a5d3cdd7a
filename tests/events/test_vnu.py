"""The Nu HTML Checker's wrapper never calls a page valid because the checker said nothing, and names the page of
each message, whether the checker runs once per check or as the run's service."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.events import vnu


@pytest.fixture
def without_service(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(vnu.SERVICE_URL, raising=False)
    monkeypatch.setattr(shutil, "which", lambda _name: "/usr/bin/java")


@pytest.fixture
def service_posts(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """A service that answers at once; the pages it was sent."""
    posted: list[bytes] = []
    monkeypatch.setenv(vnu.SERVICE_URL, "http://127.0.0.1:9/")
    monkeypatch.setattr(vnu, "_ready", lambda _url: True)
    monkeypatch.setattr(subprocess, "run", lambda *_args, **_options: pytest.fail("no jar when the service answers"))
    return posted


@pytest.mark.usefixtures("without_service")
def test_a_checker_that_prints_nothing_fails_the_check(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def silent(arguments: list[str], **_options: Any) -> subprocess.CompletedProcess[str]:
        return subprocess.CompletedProcess(arguments, returncode=1, stdout="", stderr="")

    monkeypatch.setattr(subprocess, "run", silent)

    with pytest.raises(pytest.fail.Exception, match="printed nothing"):
        vnu.html_errors({"/en/": b"<!doctype html><title>x</title>"}, tmp_path)


@pytest.mark.usefixtures("without_service")
def test_the_checkers_messages_name_the_page(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def reporting(arguments: list[str], **_options: Any) -> subprocess.CompletedProcess[str]:
        page = arguments[-1]
        report = f'{{"messages": [{{"url": "file:{page}", "message": "Stray end tag “div”."}}]}}'
        return subprocess.CompletedProcess(arguments, returncode=1, stdout="", stderr=report)

    monkeypatch.setattr(subprocess, "run", reporting)

    assert vnu.html_errors({"/en/": b"<p></div>"}, tmp_path) == ["/en/: Stray end tag “div”."]


def test_a_service_that_answers_nothing_fails_the_check(
    service_posts: list[bytes], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(vnu, "_post", lambda _url, _html: "")

    with pytest.raises(pytest.fail.Exception, match="printed nothing"):
        vnu.html_errors({"/en/": b"<!doctype html><title>x</title>"}, tmp_path)


def test_the_services_messages_name_each_page(
    service_posts: list[bytes], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def check(_url: str, html: bytes) -> str:
        service_posts.append(html)
        if b"</div>" in html:
            return '{"messages": [{"type": "error", "message": "Stray end tag “div”."}]}'
        return '{"messages": [{"type": "error", "message": "Attribute “fetchpriority” not allowed here."}]}'

    monkeypatch.setattr(vnu, "_post", check)

    errors = vnu.html_errors({"/en/": b"<p></div>", "/fr/": b"<img fetchpriority=high alt=''>"}, tmp_path)

    assert errors == ["/en/: Stray end tag “div”."]
    assert service_posts == [b"<p></div>", b"<img fetchpriority=high alt=''>"]


def test_the_real_service_finds_what_the_jar_finds(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    checker = vnu.start_checker()
    if checker is None:
        if os.environ.get("CI") == "true":
            pytest.fail("Java is needed for the Nu HTML Checker (make test installs it).")
        pytest.skip("Java is not installed; `make test` installs it.")
    monkeypatch.setenv(vnu.SERVICE_URL, checker.url)
    monkeypatch.setattr(subprocess, "run", lambda *_args, **_options: pytest.fail("no jar when the service answers"))
    try:
        page = b'<!doctype html><html lang="en"><head><title>x</title></head><body><p></div></body></html>'
        assert vnu.html_errors({"/en/": page}, tmp_path) == ["/en/: Stray end tag “div”."]
    finally:
        vnu.stop_checker(checker)
