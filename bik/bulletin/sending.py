"""Sending a mailing: recipients become Delivery rows, workers claim them in leased batches and send each
message at most once.

The crash window. A batch is sent in chunks. Before the first SMTP transaction of a chunk, its rows are
marked *sending* in one commit; the same commit records the outcome of the previous chunk (the messages the
server accepted become *sent*). A chunk is as small as the database allows (ChunkSizer): one message when a
commit is cheap next to an SMTP transaction (SQLite, or any relay across a network), up to
`BULLETIN_CHUNK_SIZE` (100) when a durable commit on PostgreSQL, which waits for the disk, would otherwise
take longer than the messages it covers on a relay on loopback. If a worker dies mid-chunk, its *sending*
rows become *interrupted* when their lease expires and are never sent again: the server may have accepted
some of them, and sending a bulletin twice is worse than not sending it. A worker killed hard therefore
leaves at most one chunk unsent (recorded, and counted as failures in the admin); a worker stopped with
SIGTERM (a deploy) finishes its task first; an error we can catch records what was sent and gives back what
was not tried. Rows that were only *claimed* (no SMTP transaction began) are safely re-claimed by any worker
after the lease, which is how a killed worker's batch gets finished.

Claiming is atomic: `SELECT … FOR UPDATE SKIP LOCKED` on PostgreSQL; on SQLite an `UPDATE … WHERE id IN
(…)` inside the IMMEDIATE transaction the settings configure, which takes the write lock at BEGIN, so two
claimers never see the same rows. Every later update is conditional on the claim token, so a worker whose
lease was taken over cannot touch rows it no longer owns.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import secrets
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from django.conf import settings
from django.db import connection, transaction
from django.db.backends.utils import CursorWrapper
from django.db.models import F, Q
from django.utils import timezone

from bik.bulletin.emails import MessageFactory, Recipient, RenderedIssue
from bik.bulletin.models import Delivery, Mailing, MailingContent, MemberOptOut, Subscriber
from bik.bulletin.transport import (
    AmbiguousDeliveryError,
    DeliveryError,
    PermanentDeliveryError,
    TemporaryDeliveryError,
    Transport,
    get_transport,
)
from bik.pages.numbers import strict_id

logger = logging.getLogger(__name__)

State = Delivery.State
MAX_ATTEMPTS = 5
BACKOFF_SECONDS = (60, 300, 1800, 7200)


def batch_size() -> int:
    """Rows one claim takes (and leases)."""
    return settings.BULLETIN_BATCH_SIZE


def chunk_bounds() -> tuple[int, int]:
    """The fewest and the most rows one commit marks *sending* (see ChunkSizer); the most is also the most a
    worker killed hard can leave unsent."""
    largest = max(1, settings.BULLETIN_CHUNK_SIZE)
    return min(largest, max(1, settings.BULLETIN_CHUNK_MIN)), largest


def task_seconds() -> float:
    """How long one batch task keeps claiming batches before it hands over to the next task in its chain:
    long enough that the queue's own bookkeeping is negligible, short enough for a deploy to wait for it."""
    return float(settings.BULLETIN_TASK_SECONDS)


def lease() -> dt.timedelta:
    return dt.timedelta(seconds=settings.BULLETIN_LEASE_SECONDS)


def parallel_chains() -> int:
    """How many batch tasks run side by side; each worker process runs one at a time."""
    return settings.BULLETIN_PARALLEL_BATCHES


def backoff(attempts: int) -> dt.timedelta:
    return dt.timedelta(seconds=BACKOFF_SECONDS[min(attempts, len(BACKOFF_SECONDS)) - 1])


def message_key(mailing_id: int, delivery_id: int) -> str:
    return f"bulletin.{mailing_id}.{delivery_id}"


def parse_message_key(message_id: str) -> tuple[int, int] | None:
    left = message_id.strip().strip("<>").partition("@")[0]
    prefix, _dot, rest = left.partition(".")
    mailing, _dot, delivery = rest.partition(".")
    mailing_id, delivery_id = strict_id(mailing), strict_id(delivery)
    if prefix != "bulletin" or mailing_id is None or delivery_id is None:
        return None
    return mailing_id, delivery_id


@dataclass(frozen=True)
class BatchOutcome:
    claimed: int = 0
    sent: int = 0
    failed: int = 0
    finished: bool = False
    stopped: bool = False
    retry_at: dt.datetime | None = None  # nothing to claim now; come back then


class Claimed(NamedTuple):
    """What sending one claimed row needs (read without building model instances)."""

    id: int
    email: str
    language: str
    subscriber_id: int | None
    user_id: int | None
    attempts: int


CLAIMED_FIELDS = ("id", "email", "language", "subscriber_id", "user_id", "attempts")


def claim_batch(
    mailing_id: int, *, size: int | None = None, now: dt.datetime | None = None
) -> tuple[str, list[Claimed]]:
    """Claim up to `size` deliveries for this worker; returns the claim token and the rows, oldest first."""
    now = now or timezone.now()
    size = size or batch_size()
    token = secrets.token_hex(16)
    rows = Delivery.objects.filter(mailing_id=mailing_id)
    skip_locked = connection.features.has_select_for_update_skip_locked
    with transaction.atomic():
        # A message whose SMTP transaction began under an expired lease may have been accepted: never again.
        rows.filter(state=State.SENDING, lease_until__lt=now).update(
            state=State.INTERRUPTED, error="The worker stopped while sending; not retried (at most once)."
        )
        # Two queries that each follow the (mailing, state, id) index, rather than one OR that cannot.
        abandoned = rows.filter(state=State.CLAIMED, lease_until__lt=now).order_by("id")
        due = rows.filter(state=State.PENDING).filter(Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now))
        ids: list[int] = []
        for queue in (abandoned, due.order_by("id")):
            if len(ids) < size:
                if skip_locked:
                    queue = queue.select_for_update(skip_locked=True)
                ids += list(queue.values_list("id", flat=True)[: size - len(ids)])
        if not ids:
            return token, []
        Delivery.objects.filter(id__in=ids).update(state=State.CLAIMED, claim_token=token, lease_until=now + lease())
        claimed = [
            Claimed(*row)
            for row in Delivery.objects.filter(id__in=ids, claim_token=token)
            .order_by("id")
            .values_list(*CLAIMED_FIELDS)
        ]
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


# The statements of a chunk, in SQL: at hundreds of messages a second the ORM's query compilation would cost
# more than the database does. Table names come from the models; every value is a parameter.
def _in(values: Sequence[object]) -> str:
    return ", ".join(["%s"] * len(values))


def _record_sent(cursor: CursorWrapper, token: str, sent: list[int], now: dt.datetime) -> None:
    if not sent:
        return
    cursor.execute(
        f"UPDATE {Delivery._meta.db_table} SET state = %s, sent_at = %s, error = '' "  # noqa: S608
        f"WHERE claim_token = %s AND state IN (%s, %s) AND id IN ({_in(sent)})",
        [State.SENT, now, token, State.SENDING, State.INTERRUPTED, *sent],
    )


def _mark_sending(cursor: CursorWrapper, token: str, chunk: list[Claimed], now: dt.datetime) -> set[int]:
    """Take the chunk from claimed to sending, except recipients who left since the claim (they are skipped);
    returns the rows we own: a row whose lease ran out may have been taken over by another worker."""
    ids = [row.id for row in chunk]
    delivery, subscriber, opt_outs = (model._meta.db_table for model in (Delivery, Subscriber, MemberOptOut))
    cursor.execute(
        f"UPDATE {delivery} SET state = %s, attempts = attempts + 1, lease_until = %s "  # noqa: S608
        f"WHERE claim_token = %s AND state = %s AND id IN ({_in(ids)}) AND ("
        f"  EXISTS (SELECT 1 FROM {subscriber} s WHERE s.id = {delivery}.subscriber_id"
        f"          AND s.status = %s AND s.suppressed_at IS NULL)"
        f"  OR (subscriber_id IS NULL AND user_id IS NOT NULL AND NOT EXISTS ("
        f"      SELECT 1 FROM {opt_outs} o WHERE o.user_id = {delivery}.user_id))"
        f") RETURNING id",
        [State.SENDING, now + lease(), token, State.CLAIMED, *ids, Subscriber.Status.CONFIRMED],
    )
    owned = {row[0] for row in cursor.fetchall()}
    if len(owned) < len(ids):
        cursor.execute(
            f"UPDATE {delivery} SET state = %s WHERE claim_token = %s AND state = %s AND id IN ({_in(ids)})",  # noqa: S608
            [State.SKIPPED, token, State.CLAIMED, *ids],
        )
    return owned


def _next_chunk(token: str, sent: list[int], chunk: list[Claimed]) -> list[Claimed]:
    """One commit: record the previous chunk's accepted messages and mark this chunk sending."""
    now = timezone.now()
    with transaction.atomic(), connection.cursor() as cursor:
        _record_sent(cursor, token, sent, now)
        owned = _mark_sending(cursor, token, chunk, now)
    return [row for row in chunk if row.id in owned]


def _finish_chunk(token: str, sent: list[int]) -> None:
    if sent:
        with connection.cursor() as cursor:
            _record_sent(cursor, token, sent, timezone.now())


class ChunkSizer:
    """How many rows the next commit marks *sending*: enough that commits take about COMMIT_SHARE of the time
    spent sending, and no more, since a worker killed hard may leave one chunk unsent.

    A durable commit on PostgreSQL waits for the disk (a few milliseconds, much more on a busy one) while an
    SMTP transaction with a relay on loopback takes one or two: there chunks grow towards the largest size.
    With a remote relay (tens of milliseconds per message), or SQLite (a commit without a disk flush), a chunk
    is one or a few messages. Times are smoothed, so one slow commit does not swing the size."""

    COMMIT_SHARE = 0.05
    SMOOTHING = 0.1

    def __init__(self) -> None:
        self.commit_seconds: float | None = None
        self.message_seconds: float | None = None

    def _smooth(self, previous: float | None, value: float) -> float:
        return value if previous is None else previous + self.SMOOTHING * (value - previous)

    def observe_commit(self, seconds: float) -> None:
        self.commit_seconds = self._smooth(self.commit_seconds, seconds)

    def observe_sending(self, messages: int, seconds: float) -> None:
        if messages:
            self.message_seconds = self._smooth(self.message_seconds, seconds / messages)

    def size(self, smallest: int, largest: int) -> int:
        if self.commit_seconds is None or not self.message_seconds:
            return smallest
        wanted = math.ceil(self.commit_seconds / (self.COMMIT_SHARE * self.message_seconds))
        return max(smallest, min(largest, wanted))


# One per worker process: what it learnt about its database and mail server carries over between batches.
_sizer = ChunkSizer()


@dataclass
class _Progress:
    """Where a batch stands, so that an error part-way can record what is known and give back the rest."""

    accepted: list[int]  # accepted by the server, not yet recorded as sent
    marked: list[Claimed]  # marked sending and not yet tried
    unmarked: list[Claimed]  # still only claimed
    sent: int = 0
    failed: int = 0


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
    smallest, largest = chunk_bounds()
    state = _Progress(accepted=[], marked=[], unmarked=list(batch))
    try:
        while state.unmarked:
            size = _sizer.size(smallest, largest)
            chunk, state.unmarked = state.unmarked[:size], state.unmarked[size:]
            began = time.perf_counter()
            state.marked = _next_chunk(token, state.accepted, chunk)
            committed = time.perf_counter()
            _sizer.observe_commit(committed - began)
            state.accepted = []
            tries = len(state.marked)
            carry_on = _send_chunk(mailing_id, token, state, factories, fallback, transport)
            _sizer.observe_sending(tries, time.perf_counter() - committed)
            if not carry_on:
                break
        _finish_chunk(token, state.accepted)
    except Exception:
        # An error we can catch: the process lives, so record what was sent and give back what was not tried.
        # (A SystemExit or KeyboardInterrupt is the process going down: the rows stay as a killed worker's.)
        _finish_chunk(token, state.accepted)
        _release(token, state.marked, state.unmarked, "The batch stopped on an error; given back.")
        raise
    finally:
        transport.close()
    return BatchOutcome(claimed=len(batch), sent=state.sent, failed=state.failed)


def _send_chunk(
    mailing_id: int,
    token: str,
    state: _Progress,
    factories: dict[str, MessageFactory],
    fallback: MessageFactory,
    transport: Transport,
) -> bool:
    """Send the chunk's marked rows; False when the server is unreachable and the batch was given back."""
    while state.marked:
        delivery = state.marked[0]
        factory = factories.get(delivery.language, fallback)
        message = factory.build(
            Recipient(
                email=delivery.email,
                delivery_id=delivery.id,
                subscriber_id=delivery.subscriber_id,
                message_key=message_key(mailing_id, delivery.id),
            )
        )
        # From here on the server may get the message: an unexpected error leaves the row *sending*.
        state.marked = state.marked[1:]
        try:
            transport.send(factory.envelope_from, delivery.email, message)
        except TemporaryDeliveryError as exc:
            if exc.code is None:
                # The server is unreachable: give the rest of the batch back and try later.
                _finish_chunk(token, state.accepted)
                state.accepted = []
                _retry_later(delivery, token, exc)
                _release(token, state.marked, state.unmarked, str(exc))
                state.marked, state.unmarked = [], []
                return False
            if _retry_later(delivery, token, exc):
                state.failed += 1
        except PermanentDeliveryError as exc:
            _fail(delivery, token, exc, suppress=exc.address_refused)
            state.failed += 1
        except AmbiguousDeliveryError as exc:
            Delivery.objects.filter(id=delivery.id, claim_token=token).update(
                state=State.INTERRUPTED, error=str(exc)[:480]
            )
            state.failed += 1
        else:
            state.accepted.append(delivery.id)
            state.sent += 1
    return True


def _retry_later(delivery: Claimed, token: str, exc: DeliveryError) -> bool:
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


def _release(token: str, marked: list[Claimed], unmarked: list[Claimed], reason: str) -> None:
    """Give back rows that were never tried: to the queue, after the first backoff."""
    retry = {
        "state": State.PENDING,
        "claim_token": "",
        "lease_until": None,
        "next_attempt_at": timezone.now() + backoff(1),
        "error": reason[:480],
    }
    if marked:  # their sending mark counted an attempt that never happened
        Delivery.objects.filter(id__in=[d.id for d in marked], claim_token=token, state=State.SENDING).update(
            attempts=F("attempts") - 1, **retry
        )
    if unmarked:
        Delivery.objects.filter(id__in=[d.id for d in unmarked], claim_token=token, state=State.CLAIMED).update(**retry)


def _fail(delivery: Claimed, token: str, exc: DeliveryError, *, suppress: bool) -> None:
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
