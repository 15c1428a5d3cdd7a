"""The Nu HTML Checker's wrapper never calls a page valid because the checker said nothing."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.events import vnu


def test_a_checker_that_prints_nothing_fails_the_check(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def silent(arguments: list[str], **_options: Any) -> subprocess.CompletedProcess[str]:
        return subprocess.CompletedProcess(arguments, returncode=1, stdout="", stderr="")

    monkeypatch.setattr(shutil, "which", lambda _name: "/usr/bin/java")
    monkeypatch.setattr(subprocess, "run", silent)

    with pytest.raises(pytest.fail.Exception, match="printed nothing"):
        vnu.html_errors({"/en/": b"<!doctype html><title>x</title>"}, tmp_path)


def test_the_checkers_messages_name_the_page(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def reporting(arguments: list[str], **_options: Any) -> subprocess.CompletedProcess[str]:
        page = arguments[-1]
        report = f'{{"messages": [{{"url": "file:{page}", "message": "Stray end tag “div”."}}]}}'
        return subprocess.CompletedProcess(arguments, returncode=1, stdout="", stderr=report)

    monkeypatch.setattr(shutil, "which", lambda _name: "/usr/bin/java")
    monkeypatch.setattr(subprocess, "run", reporting)

    assert vnu.html_errors({"/en/": b"<p></div>"}, tmp_path) == ["/en/: Stray end tag “div”."]
