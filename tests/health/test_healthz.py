from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_it_reports_database_cache_and_tasks(client: Client) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert set(body["checks"]) == {"database", "cache", "tasks"}
    assert all(check["ok"] for check in body["checks"].values())
    assert response["Cache-Control"].startswith("max-age=0")


def test_it_reports_the_database_task_queue(client: Client, settings: Any) -> None:
    from django_tasks import task_backends
    from django_tasks_db.models import DBTaskResult

    # A browser test's server commits what it queues to this worker's database: start from an empty queue (the
    # test's transaction gives those rows back afterwards), so the count is this test's alone.
    DBTaskResult.objects.all().delete()
    # Every queue the platform declares: a task module first imported here checks its queue against them.
    settings.TASKS = {"default": {**settings.TASKS["default"], "BACKEND": "django_tasks_db.DatabaseBackend"}}
    task_backends._settings = None  # type: ignore[attr-defined]
    try:
        body = client.get("/healthz").json()
    finally:
        task_backends._settings = None  # type: ignore[attr-defined]
    assert body["checks"]["tasks"]["backend"] == "DatabaseBackend"
    assert body["checks"]["tasks"]["ready"] == 0


def test_it_answers_503_when_the_cache_is_down(client: Client, monkeypatch: pytest.MonkeyPatch) -> None:
    from django.core.cache import cache

    def broken(*args: object, **kwargs: object) -> None:
        raise ConnectionError("cache unreachable")

    monkeypatch.setattr(cache, "set", broken)
    response = client.get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "unavailable"
    assert body["checks"]["cache"]["ok"] is False
    assert "cache unreachable" in body["checks"]["cache"]["error"]
