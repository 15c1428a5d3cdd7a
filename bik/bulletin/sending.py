"""Sending a mailing: recipients become Delivery rows, workers claim them in leased batches and send each
message at most once.

The crash window. A message is marked *sending* (committed) just before its SMTP transaction, and *sent*
right after the server's 250 (committed together with the next message's *sending* mark, so a message costs
one commit). If a worker dies between the server accepting a message and that commit, the row is left
*sending*; when its lease expires it becomes *interrupted* and is never sent again. We chose at-most-once:
the server may or may not have accepted that one message, and sending it twice is worse for a bulletin
than the small chance of not sending it. A worker can lose at most one message this way; interrupted rows
are counted as failures in the admin. Rows that were only *claimed* (their SMTP transaction never began)
are safely re-claimed by any worker after the lease, which is how a killed worker's batch gets finished.

Claiming is atomic: `SELECT … FOR UPDATE SKIP LOCKED` on PostgreSQL; on SQLite an `UPDATE … WHERE id IN
(SELECT … LIMIT n)` inside the IMMEDIATE transaction the settings configure, which takes the write lock at
BEGIN, so two claimers never see the same rows. Every later update is conditional on the claim token, so a
worker whose lease was taken over cannot touch rows it no longer owns.
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets
from dataclasses import dataclass

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone

from bik.bulletin.emails import MessageFactory, Recipient, RenderedIssue
from bik.bulletin.models import Delivery, Mailing, MailingContent, Subscriber
from bik.bulletin.transport import (
    AmbiguousDeliveryError,
    DeliveryError,
    PermanentDeliveryError,
    TemporaryDeliveryError,
    Transport,
    get_transport,
)

logger = logging.getLogger(__name__)

State = Delivery.State
MAX_ATTEMPTS = 5
BACKOFF_SECONDS = (60, 300, 1800, 7200)


def batch_size() -> int:
    return int(getattr(settings, "BULLETIN_BATCH_SIZE", 200))


def lease() -> dt.timedelta:
    return dt.timedelta(seconds=int(getattr(settings, "BULLETIN_LEASE_SECONDS", 300)))


def parallel_chains() -> int:
    """How many batch tasks run side by side; each worker process runs one at a time."""
    return int(getattr(settings, "BULLETIN_PARALLEL_BATCHES", 2))


def backoff(attempts: int) -> dt.timedelta:
    return dt.timedelta(seconds=BACKOFF_SECONDS[min(attempts, len(BACKOFF_SECONDS)) - 1])


def message_key(mailing_id: int, delivery_id: int) -> str:
    return f"bulletin.{mailing_id}.{delivery_id}"


def parse_message_key(message_id: str) -> tuple[int, int] | None:
    left = message_id.strip().strip("<>").partition("@")[0]
    prefix, _dot, rest = left.partition(".")
    mailing, _dot, delivery = rest.partition(".")
    if prefix != "bulletin" or not mailing.isdigit() or not delivery.isdigit():
        return None
    return int(mailing), int(delivery)


@dataclass(frozen=True)
class BatchOutcome:
    claimed: int = 0
    sent: int = 0
    failed: int = 0
    finished: bool = False
    stopped: bool = False
    retry_at: dt.datetime | None = None  # nothing to claim now; come back then


def _eligible(now: dt.datetime) -> Q:
    due = Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now)
    return (Q(state=State.PENDING) & due) | Q(state=State.CLAIMED, lease_until__lt=now)


def claim_batch(
    mailing_id: int, *, size: int | None = None, now: dt.datetime | None = None
) -> tuple[str, list[Delivery]]:
    """Claim up to `size` deliveries for this worker; returns the claim token and the rows, oldest first."""
    now = now or timezone.now()
    size = size or batch_size()
    token = secrets.token_hex(16)
    rows = Delivery.objects.filter(mailing_id=mailing_id)
    with transaction.atomic():
        # A message whose SMTP transaction began under an expired lease may have been accepted: never again.
        rows.filter(state=State.SENDING, lease_until__lt=now).update(
            state=State.INTERRUPTED, error="The worker stopped while sending; not retried (at most once)."
        )
        queue = rows.filter(_eligible(now)).order_by("id")
        claim = {"state": State.CLAIMED, "claim_token": token, "lease_until": now + lease()}
        if connection.features.has_select_for_update_skip_locked:
            ids = list(queue.select_for_update(skip_locked=True).values_list("id", flat=True)[:size])
            Delivery.objects.filter(id__in=ids).update(**claim)
        else:
            Delivery.objects.filter(id__in=queue.values("id")[:size]).update(**claim)
    claimed = list(
        Delivery.objects.filter(mailing_id=mailing_id, claim_token=token, state=State.CLAIMED)
        .select_related("subscriber")
        .order_by("id")
    )
    return token, claimed


# Rendered messages per (mailing, language), kept for the life of the worker process: a mailing's content
# is frozen in MailingContent when it starts, so it never changes under a worker.
_factories: dict[tuple[int, str], dict[str, MessageFactory]] = {}


def factories_for(mailing: Mailing) -> dict[str, MessageFactory]:
    key = (mailing.pk, mailing.started_at.isoformat() if mailing.started_at else "")
    found = _factories.get(key)
    if found is not None:
        return found
    if len(_factories) > 16:
        _factories.clear()
    list_id = "BIK Bulletin" if mailing.audience == "subscribers" else "BIK Community update"
    found = {}
    for content in MailingContent.objects.filter(mailing=mailing):
        rendered = RenderedIssue(
            language=content.language, subject=content.subject, html=content.html, text=content.text
        )
        found[content.language] = MessageFactory(rendered, list_id=list_id)
    _factories[key] = found
    return found


def _still_wanted(delivery: Delivery) -> bool:
    subscriber = delivery.subscriber
    if subscriber is None:
        return delivery.user_id is not None or delivery.subscriber_id is None
    return subscriber.status == Subscriber.Status.CONFIRMED and subscriber.suppressed_at is None


# The two statements every message costs, in SQL: at hundreds of messages a second the ORM's query
# compilation would cost more than the database does.
_MARK_SENT = (
    "UPDATE {table} SET state = %s, sent_at = %s, error = '' WHERE id = %s AND claim_token = %s AND state IN (%s, %s)"
)
_MARK_SENDING = (
    "UPDATE {table} SET state = %s, attempts = attempts + 1, lease_until = %s "
    "WHERE id = %s AND claim_token = %s AND state = %s"
)


def _mark_sent(delivery_id: int, token: str) -> None:
    with connection.cursor() as cursor:
        cursor.execute(
            _MARK_SENT.format(table=Delivery._meta.db_table),
            [State.SENT, timezone.now(), delivery_id, token, State.SENDING, State.INTERRUPTED],
        )


def _mark_sending(delivery_id: int, token: str) -> bool:
    """Take the row from claimed to sending; False when our lease ran out and another worker has it."""
    with connection.cursor() as cursor:
        cursor.execute(
            _MARK_SENDING.format(table=Delivery._meta.db_table),
            [State.SENDING, timezone.now() + lease(), delivery_id, token, State.CLAIMED],
        )
        return bool(cursor.rowcount)


def process_batch(mailing_id: int, *, transport: Transport | None = None) -> BatchOutcome:
    """Claim one batch of a sending mailing and send it. Safe to run any number of times, concurrently."""
    mailing = Mailing.objects.filter(pk=mailing_id).first()
    if mailing is None or mailing.status != Mailing.Status.SENDING:
        return BatchOutcome(stopped=True)
    now = timezone.now()
    Mailing.objects.filter(pk=mailing_id).update(heartbeat_at=now)
    token, batch = claim_batch(mailing_id, now=now)
    if not batch:
        return _nothing_claimed(mailing_id, now)
    factories = factories_for(mailing)
    fallback = factories.get(settings.LANGUAGE_CODE) or next(iter(factories.values()))
    transport = transport or get_transport()
    sent = failed = 0
    accepted: int | None = None  # a message the server accepted, to be marked sent with the next commit
    try:
        for position, delivery in enumerate(batch):
            with transaction.atomic():
                if accepted is not None:
                    _mark_sent(accepted, token)
                    accepted = None
                if not _still_wanted(delivery):
                    Delivery.objects.filter(id=delivery.id, claim_token=token, state=State.CLAIMED).update(
                        state=State.SKIPPED
                    )
                    continue
                owned = _mark_sending(delivery.id, token)
            if not owned:  # our lease ran out and another worker took the row over
                continue
            factory = factories.get(delivery.language, fallback)
            message = factory.build(
                Recipient(
                    email=delivery.email,
                    delivery_id=delivery.id,
                    subscriber_id=delivery.subscriber_id,
                    message_key=message_key(mailing_id, delivery.id),
                )
            )
            try:
                transport.send(factory.envelope_from, delivery.email, message)
            except TemporaryDeliveryError as exc:
                if exc.code is None:
                    # The server is unreachable: give the rest of the batch back and try later.
                    _retry_later(delivery, token, exc)
                    _release(token, batch[position + 1 :], exc)
                    break
                if _retry_later(delivery, token, exc):
                    failed += 1
            except PermanentDeliveryError as exc:
                _fail(delivery, token, exc, suppress=exc.address_refused)
                failed += 1
            except AmbiguousDeliveryError as exc:
                Delivery.objects.filter(id=delivery.id, claim_token=token).update(
                    state=State.INTERRUPTED, error=str(exc)[:480]
                )
                failed += 1
            else:
                accepted = delivery.id
                sent += 1
    finally:
        if accepted is not None:
            _mark_sent(accepted, token)
        transport.close()
    return BatchOutcome(claimed=len(batch), sent=sent, failed=failed)


def _retry_later(delivery: Delivery, token: str, exc: DeliveryError) -> bool:
    """Put a temporarily failed message back in the queue with backoff; True when it gave up for good."""
    attempts = delivery.attempts + 1
    if attempts >= MAX_ATTEMPTS:
        _fail(delivery, token, exc, suppress=False)
        return True
    Delivery.objects.filter(id=delivery.id, claim_token=token, state=State.SENDING).update(
        state=State.PENDING,
        claim_token="",
        lease_until=None,
        next_attempt_at=timezone.now() + backoff(attempts),
        error=str(exc)[:480],
    )
    return False


def _release(token: str, rest: list[Delivery], exc: DeliveryError) -> None:
    Delivery.objects.filter(id__in=[d.id for d in rest], claim_token=token, state=State.CLAIMED).update(
        state=State.PENDING,
        claim_token="",
        lease_until=None,
        next_attempt_at=timezone.now() + backoff(1),
        error=str(exc)[:480],
    )


def _fail(delivery: Delivery, token: str, exc: DeliveryError, *, suppress: bool) -> None:
    Delivery.objects.filter(id=delivery.id, claim_token=token).update(state=State.FAILED, error=str(exc)[:480])
    if suppress and delivery.subscriber_id is not None:
        Subscriber.objects.filter(id=delivery.subscriber_id, suppressed_at__isnull=True).update(
            suppressed_at=timezone.now(), suppression_reason=str(exc)[:200]
        )


def _nothing_claimed(mailing_id: int, now: dt.datetime) -> BatchOutcome:
    unfinished = Delivery.objects.filter(mailing_id=mailing_id, state__in=(State.PENDING, State.CLAIMED, State.SENDING))
    if not unfinished.exists():
        finished = Mailing.objects.filter(pk=mailing_id, status=Mailing.Status.SENDING).update(
            status=Mailing.Status.SENT, finished_at=now
        )
        return BatchOutcome(finished=bool(finished))
    pending = unfinished.filter(state=State.PENDING).order_by("next_attempt_at")
    held = unfinished.exclude(state=State.PENDING).order_by("lease_until")
    candidates = [
        when
        for when in (
            pending.values_list("next_attempt_at", flat=True).first(),
            held.values_list("lease_until", flat=True).first(),
        )
        if when is not None
    ]
    return BatchOutcome(retry_at=max(min(candidates, default=now + lease()), now) + dt.timedelta(seconds=1))
