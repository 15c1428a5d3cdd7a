"""Background work of the bulletin. A mailing runs as a few chains of `send_mailing_batch` tasks, each
re-enqueuing itself until nothing is left; a watchdog restarts the chains if every worker died. Correctness
never depends on the queue: a task delivered twice only claims a different batch (or nothing)."""

from __future__ import annotations

import datetime as dt
import logging
import time
from typing import Any

from django.utils import timezone
from django_tasks import default_task_backend, task
from django_tasks.base import Task

from bik.bulletin import sending, services
from bik.bulletin.models import Mailing

logger = logging.getLogger(__name__)


def enqueue_later(task_: Task[Any, Any], *args: Any, when: dt.datetime) -> bool:
    """Enqueue to run at `when` where the backend can defer; otherwise (the immediate backend of the tests)
    leave it to the watchdog or an explicit call. Returns whether it was enqueued."""
    if not default_task_backend.supports_defer:
        logger.info("The task backend cannot defer %s; not enqueued.", task_.name)
        return False
    task_.using(run_after=when).enqueue(*args)
    return True


@task(queue_name="email")
def subscribe(email: str, language: str) -> None:
    """The subscribe form's work, outside the visitor's request: whatever the address's state (new, pending,
    confirmed), the visitor's answer is one enqueued task, so its time tells nothing."""
    services.subscribe(email, language)


@task(queue_name="email")
def start_mailing(mailing_id: int) -> bool:
    if not services.start(mailing_id):
        return False
    for _chain in range(sending.parallel_chains()):
        send_mailing_batch.enqueue(mailing_id)
    enqueue_later(watch_mailing, mailing_id, when=timezone.now() + sending.lease())
    return True


@task(queue_name="email")
def send_mailing_batch(mailing_id: int) -> dict[str, Any]:
    """Send batches for a while (BULLETIN_TASK_SECONDS), then hand over to the next task of the chain."""
    deadline = time.monotonic() + sending.task_seconds()
    sent = failed = 0
    while True:
        outcome = sending.process_batch(mailing_id)
        sent, failed = sent + outcome.sent, failed + outcome.failed
        if not outcome.claimed or time.monotonic() >= deadline:
            break
    if outcome.claimed:
        send_mailing_batch.enqueue(mailing_id)
    elif outcome.retry_at is not None:
        enqueue_later(send_mailing_batch, mailing_id, when=outcome.retry_at)
    return {"sent": sent, "failed": failed, "finished": outcome.finished}


@task(queue_name="email")
def watch_mailing(mailing_id: int) -> bool:
    mailing = Mailing.objects.filter(pk=mailing_id).first()
    if mailing is None or mailing.status != Mailing.Status.SENDING:
        return False
    restarted = services.resume_if_stalled(mailing)
    enqueue_later(watch_mailing, mailing_id, when=timezone.now() + sending.lease())
    return restarted
