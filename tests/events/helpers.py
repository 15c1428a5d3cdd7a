from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Locale

from bik.events.models import Event

EVENTS_URL = "/en/portal/events/"


def add_event(
    title: str,
    *,
    starts_at: dt.datetime | None = None,
    hours: float = 2,
    publish: bool = True,
    language_code: str = "en",
    slug: str = "",
    **fields: Any,
) -> Event:
    start = starts_at or timezone.now() + dt.timedelta(days=3)
    values: dict[str, Any] = {
        "format": "in_person",
        "city": "Brussels",
        "country": "BE",
        "description": "<p>An event.</p>",
        **fields,
    }
    event = Event(
        title=title,
        slug=slug or f"{slugify(title)[:60]}-{uuid.uuid4().hex[:6]}",
        starts_at=start,
        ends_at=start + dt.timedelta(hours=hours),
        locale=Locale.objects.get(language_code=language_code),
        live=False,
        **values,
    )
    event.full_clean()
    event.save()
    revision = event.save_revision()
    if publish:
        revision.publish()
        event.refresh_from_db()
    return event


def translate_event(event: Event, language_code: str, title: str) -> Event:
    translation: Event = event.copy_for_translation(Locale.objects.get(language_code=language_code))
    translation.title = title
    translation.live = False
    translation.save()
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation


def add_events_in_bulk(count: int, *, prefix: str = "Bulk event", past: bool = False, **fields: Any) -> None:
    """`count` live English events in one query (no revisions), an hour apart, starting tomorrow (or, when
    past, ending yesterday and going back)."""
    english = Locale.objects.get(language_code="en")
    values: dict[str, Any] = {"format": "in_person", "city": "Brussels", "country": "BE", **fields}
    now = timezone.now()
    starts = [
        now - dt.timedelta(days=1, hours=2 + number) if past else now + dt.timedelta(days=1, hours=number)
        for number in range(count)
    ]
    Event.objects.bulk_create(
        Event(
            title=f"{prefix} {number:04d}",
            slug=f"{slugify(prefix)}-{uuid.uuid4().hex[:8]}-{number}",  # unique in the batch
            description="<p>An event.</p>",
            starts_at=start,
            ends_at=start + dt.timedelta(hours=1),
            locale=english,
            live=True,
            **values,
        )
        for number, start in enumerate(starts)
    )
