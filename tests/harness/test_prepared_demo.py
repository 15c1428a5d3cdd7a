"""The journeys take the demo's test database that was prepared beside the suite only when it was prepared for
their own run of `make test` (tests/worker_databases.py): a database prepared for another run, or one that is no
longer there, is built afresh."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.worker_databases import DEMO, PREPARED_STAMP_NAME, RUN_ID, TemplateBuild

SQLITE = {"ENGINE": "django.db.backends.sqlite3"}


@pytest.fixture
def journeys(settings: Any, request: pytest.FixtureRequest, tmp_path: Path) -> TemplateBuild:
    """The journeys' controller, its template folder in a temporary folder."""
    settings.TEST_CONTENT = DEMO
    build = TemplateBuild(request.config, keepdb=False)
    build.var_dir = tmp_path
    return build


def _prepared(folder: Path, *, run: str, engine: str = SQLITE["ENGINE"]) -> Path:
    database = folder / "test.sqlite3"
    database.write_bytes(b"")
    stamp = {"run": run, "engine": engine, "name": str(database)}
    (folder / PREPARED_STAMP_NAME).write_text(json.dumps(stamp), encoding="utf-8")
    return database


def test_the_database_prepared_for_this_run_is_taken(journeys: TemplateBuild, monkeypatch: pytest.MonkeyPatch) -> None:
    database = _prepared(journeys.var_dir, run="run-1")
    monkeypatch.setenv(RUN_ID, "run-1")
    assert journeys._prepared_for_this_run(SQLITE) == str(database)


def test_one_prepared_for_another_run_is_not(journeys: TemplateBuild, monkeypatch: pytest.MonkeyPatch) -> None:
    _prepared(journeys.var_dir, run="run-1")
    monkeypatch.setenv(RUN_ID, "run-2")
    assert journeys._prepared_for_this_run(SQLITE) is None


def test_outside_make_test_nothing_prepared_is_taken(journeys: TemplateBuild, monkeypatch: pytest.MonkeyPatch) -> None:
    _prepared(journeys.var_dir, run="run-1")
    monkeypatch.delenv(RUN_ID, raising=False)
    assert journeys._prepared_for_this_run(SQLITE) is None


def test_a_prepared_database_that_is_gone_or_of_another_engine_is_not_taken(
    journeys: TemplateBuild, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(RUN_ID, "run-1")
    _prepared(journeys.var_dir, run="run-1", engine="django.db.backends.postgresql")
    assert journeys._prepared_for_this_run(SQLITE) is None
    _prepared(journeys.var_dir, run="run-1").unlink()
    assert journeys._prepared_for_this_run(SQLITE) is None


def test_the_suite_prepares_nothing(journeys: TemplateBuild, settings: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    _prepared(journeys.var_dir, run="run-1")
    monkeypatch.setenv(RUN_ID, "run-1")
    settings.TEST_CONTENT = "base"
    assert journeys._prepared_for_this_run(SQLITE) is None
