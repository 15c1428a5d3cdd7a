"""Queue email and tasks on commit (see the package docstring)."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping, Sequence
from typing import Any

from django.core.mail import EmailMessage
from django.db import transaction
from django_tasks import default_task_backend
from django_tasks.base import Task

from bik.outbox.tasks import message_data, send_email, send_message

logger = logging.getLogger(__name__)


def enqueue_on_commit(task: Task[Any, Any], *args: Any, run_after: dt.datetime | None = None, **kwargs: Any) -> None:
    """Queue `task` once the current transaction commits (at once outside a transaction); with `run_after`, to
    run no earlier than then."""
    if run_after is None:
        transaction.on_commit(lambda: task.enqueue(*args, **kwargs))
    elif not default_task_backend.supports_defer:
        # The immediate backend of the tests cannot wait: a mailing's watchdog or a webinar's reminder is then
        # left to an explicit call.
        logger.info("The task backend cannot defer %s; not enqueued.", task.name)
    else:
        transaction.on_commit(lambda: task.using(run_after=run_after).enqueue(*args, **kwargs))


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


def send_message_on_commit(message: EmailMessage) -> None:
    """Send a message rendered by the caller (allauth's emails, the bulletin's confirmations) after the current
    transaction commits: rendered now, in the request's language and with its links, sent by a worker."""
    enqueue_on_commit(send_message, message_data(message))
