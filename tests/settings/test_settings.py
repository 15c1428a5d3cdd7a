"""Configuration comes from the environment and fails loudly when it is wrong."""

from __future__ import annotations

import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from bik.settings import envbool, envint, envlist, envstr

ROOT = Path(__file__).resolve().parents[2]


def _manage(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    test_only = {"DEBUG", "BIK_TESTING", "SECRET_KEY", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    base = {k: v for k, v in os.environ.items() if k not in test_only}
    return subprocess.run(  # noqa: S603 -- fixed arguments, our own manage.py
        [sys.executable, "manage.py", *args], cwd=ROOT, env={**base, **env}, capture_output=True, text=True, check=False
    )


def test_envbool_accepts_only_clear_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BIK_FLAG", "true")
    assert envbool("BIK_FLAG", default=False) is True
    monkeypatch.setenv("BIK_FLAG", "0")
    assert envbool("BIK_FLAG", default=True) is False
    monkeypatch.setenv("BIK_FLAG", "maybe")
    with pytest.raises(ImproperlyConfigured, match="BIK_FLAG must be true or false"):
        envbool("BIK_FLAG", default=False)


def test_envint_refuses_non_numbers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BIK_NUMBER", "12")
    assert envint("BIK_NUMBER", 3) == 12
    monkeypatch.setenv("BIK_NUMBER", "twelve")
    with pytest.raises(ImproperlyConfigured, match="BIK_NUMBER must be an integer"):
        envint("BIK_NUMBER", 3)


def test_envlist_and_secret_files(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("BIK_HOSTS", "a.example, b.example,,")
    assert envlist("BIK_HOSTS", []) == ["a.example", "b.example"]
    secret = tmp_path / "secret"
    secret.write_text("from-a-file\n")
    monkeypatch.setenv("BIK_SECRET_FILE", str(secret))
    assert envstr("BIK_SECRET") == "from-a-file"


def test_production_refuses_to_start_without_a_secret_key() -> None:
    result = _manage("check", DEBUG="false")
    assert result.returncode != 0
    assert "SECRET_KEY must be set when DEBUG is off" in result.stderr


def test_production_settings_pass_the_deployment_checklist() -> None:
    result = _manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DEBUG="false",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="bik.example",
        SITE_URL="https://bik.example",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_an_unreadable_secret_file_names_the_variable(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("BIK_TEST_SECRET_FILE", str(tmp_path / "missing"))

    with pytest.raises(ImproperlyConfigured, match="BIK_TEST_SECRET_FILE"):
        envstr("BIK_TEST_SECRET")


def test_a_default_makes_envstr_a_string(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BIK_TEST_NAME", raising=False)

    assert envstr("BIK_TEST_NAME", "fallback") == "fallback"
    assert envstr("BIK_TEST_NAME") is None


def test_every_setting_is_read_in_settings_py_and_listed_in_the_readme() -> None:
    """A module reading `getattr(settings, NAME, default)` keeps a second default the README does not show."""
    readers = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted((ROOT / "bik").rglob("*.py"))
        if path.name != "settings.py"
        for number, line in enumerate(path.read_text().splitlines(), start=1)
        if "getattr(settings" in line
    ]
    variables = set(
        re.findall(r'env(?:str|bool|int|rates|list)\(\s*"([A-Z0-9_]+)"', (ROOT / "bik/settings.py").read_text())
    )
    readme = (ROOT / "README.md").read_text()

    assert readers == []
    assert len(variables) > 40
    # BIK_TESTING is set by `make test` alone; it is no knob of a running site.
    assert sorted(name for name in variables - {"BIK_TESTING"} if f"`{name}`" not in readme) == []
