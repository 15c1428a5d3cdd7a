"""The mail provider's bounce webhook: who may call it and what a report must look like.

Signing scheme (docs/operations.md): the provider POSTs a JSON body

    {"timestamp": 1767225600, "events": [{"type": "hard_bounce", "email": "a@b.example", "message_id": "<…>"}]}

with the header `X-BIK-Signature: sha256=<hex HMAC-SHA256 of the raw body, keyed with
BULLETIN_BOUNCE_WEBHOOK_SECRET>`. The timestamp (Unix seconds) is inside the signed body, so it cannot be
changed without the secret; a report more than BULLETIN_BOUNCE_WEBHOOK_TOLERANCE seconds (default 300) from
our clock is refused, and a report whose exact body was accepted before is refused as a replay
(`BounceReceipt`'s unique digest). Anything malformed — not JSON, nested deeper than a report ever is, ids a
database cannot hold, too many events — is a 400, never a 500."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from bik.bulletin.models import BounceReceipt
from bik.pages.numbers import strict_int

MAX_BODY_BYTES = 1024 * 1024
MAX_EVENTS = 1000
# {"events": [{...}]} is three levels deep; anything deeper is not a report.
MAX_DEPTH = 3
MAX_FIELD_LENGTH = 500
# Unix seconds up to the year 9999: beyond that `datetime` cannot represent it.
MAX_TIMESTAMP = 253_402_300_799


class WebhookError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class BounceEvent:
    kind: str
    email: str
    message_id: str


def secret() -> str:
    return settings.BULLETIN_BOUNCE_WEBHOOK_SECRET


def tolerance() -> dt.timedelta:
    return dt.timedelta(seconds=settings.BULLETIN_BOUNCE_WEBHOOK_TOLERANCE)


def sign(body: bytes, key: str) -> str:
    return "sha256=" + hmac.new(key.encode(), body, hashlib.sha256).hexdigest()


def nesting_depth(text: str) -> int:
    """How deeply arrays and objects nest in a JSON text, found without parsing it (so a body of 100,000
    opening brackets costs a scan, not a RecursionError)."""
    depth = deepest = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


def _text(event: dict[str, object], key: str, *, required: bool) -> str:
    value = event.get(key, None if required else "")
    if not isinstance(value, str) or len(value) > MAX_FIELD_LENGTH or (required and not value.strip()):
        raise WebhookError(400, f"each event needs a text {key!r} of at most {MAX_FIELD_LENGTH} characters")
    return value


def parse(body: bytes, now: dt.datetime) -> tuple[dt.datetime, list[BounceEvent]]:
    """The report's time and events, or WebhookError(400) for anything that is not a well-formed report."""
    if len(body) > MAX_BODY_BYTES:
        raise WebhookError(400, "the report is too large")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise WebhookError(400, "the report is not UTF-8") from exc
    if nesting_depth(text) > MAX_DEPTH:
        raise WebhookError(400, "the report nests too deeply")
    try:
        payload = json.loads(text)
    except ValueError as exc:
        raise WebhookError(400, "the report is not JSON") from exc
    if not isinstance(payload, dict):
        raise WebhookError(400, 'expected {"timestamp": …, "events": [{"type", "email", "message_id"}]}')
    timestamp = strict_int(payload.get("timestamp"), maximum=MAX_TIMESTAMP)
    if timestamp is None:
        raise WebhookError(400, "the report needs a timestamp (Unix seconds) inside the signed body")
    sent_at = dt.datetime.fromtimestamp(timestamp, tz=dt.UTC)
    if abs(now - sent_at) > tolerance():
        raise WebhookError(400, "the report's timestamp is outside the accepted window")
    events = payload.get("events")
    if not isinstance(events, list) or len(events) > MAX_EVENTS:
        raise WebhookError(400, f"expected a list of at most {MAX_EVENTS} events")
    parsed = []
    for event in events:
        if not isinstance(event, dict):
            raise WebhookError(400, "each event must be an object")
        parsed.append(
            BounceEvent(
                kind=_text(event, "type", required=False),
                email=_text(event, "email", required=True),
                message_id=_text(event, "message_id", required=False),
            )
        )
    return sent_at, parsed


def receive(body: bytes, signature: str, now: dt.datetime | None = None) -> list[BounceEvent]:
    """Check the signature, the shape, the time window and that the report is new; record it as received."""
    key = secret()
    if not key:
        raise WebhookError(403, "bounce webhook is not configured")
    if not hmac.compare_digest(sign(body, key), signature):
        raise WebhookError(403, "bad signature")
    now = now or timezone.now()
    sent_at, events = parse(body, now)
    digest = hashlib.sha256(body).hexdigest()
    BounceReceipt.objects.filter(received_at__lt=now - 2 * tolerance()).delete()
    try:
        with transaction.atomic():
            BounceReceipt.objects.create(digest=digest, sent_at=sent_at, received_at=now)
    except IntegrityError as exc:
        raise WebhookError(409, "this report was received before") from exc
    return events
