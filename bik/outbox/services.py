"""Queue email and tasks on commit (see the package docstring)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from django.db import transaction
from django_tasks.base import Task

from bik.outbox.tasks import send_email


def enqueue_on_commit(task: Task[Any, Any], *args: Any, **kwargs: Any) -> None:
    """Queue `task` once the current transaction commits (at once outside a transaction)."""
    transaction.on_commit(lambda: task.enqueue(*args, **kwargs))


def send_on_commit(
    *,
    to: str | Sequence[str],
    subject: str,
    body: str,
    html: str = "",
    headers: Mapping[str, str] | None = None,
) -> None:
    """Send one email (plain text, with an optional HTML alternative) after the current transaction commits."""
    recipients = [to] if isinstance(to, str) else list(to)
    enqueue_on_commit(send_email, recipients, str(subject), body, html, dict(headers or {}))
