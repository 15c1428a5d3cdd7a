"""The events list's address, and many events at once for other areas' query counts."""

from __future__ import annotations

from typing import Any

from tests.factories.events import events_in_bulk

EVENTS_URL = "/en/portal/events/"


def add_events_in_bulk(count: int, *, prefix: str = "Bulk event", past: bool = False, **fields: Any) -> None:
    """`count` live English events (tests/factories/events.py `events_in_bulk`)."""
    events_in_bulk(count, prefix=prefix, past=past, **fields)
