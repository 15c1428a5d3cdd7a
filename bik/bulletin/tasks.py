"""Background work of the bulletin. A mailing runs as a few chains of `send_mailing_batch` tasks, each
re-enqueuing itself until nothing is left; a watchdog restarts the chains if every worker died. Correctness
never depends on the queue: a task delivered twice only claims a different batch (or nothing)."""

from __future__ import annotations

import logging
import time
from typing import Any

from django.utils import timezone
from django_tasks import task

from bik.bulletin import sending, services
from bik.bulletin.models import Mailing
from bik.outbox.services import enqueue_on_commit

logger = logging.getLogger(__name__)


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
    enqueue_on_commit(watch_mailing, mailing_id, run_after=timezone.now() + sending.lease())
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
        enqueue_on_commit(send_mailing_batch, mailing_id, run_after=outcome.retry_at)
    return {"sent": sent, "failed": failed, "finished": outcome.finished}


@task(queue_name="email")
def watch_mailing(mailing_id: int) -> bool:
    mailing = Mailing.objects.filter(pk=mailing_id).first()
    if mailing is None or mailing.status != Mailing.Status.SENDING:
        return False
    restarted = services.resume_if_stalled(mailing)
    enqueue_on_commit(watch_mailing, mailing_id, run_after=timezone.now() + sending.lease())
    return restarted
