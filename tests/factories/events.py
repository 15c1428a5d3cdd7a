"""The network's events: drafted and published as editors do, translated, and many at once for the lists' query
counts."""

from __future__ import annotations

import datetime as dt
from typing import Any

import factory
from django.utils import timezone
from django.utils.text import slugify
from factory.django import DjangoModelFactory
from wagtail.models import Locale

from bik.caching.pages import content_changed
from bik.events.models import Event, EventFormat


class EventFactory(DjangoModelFactory[Event]):
    """A live English event in person in Brussels, Belgium, starting three days from now and lasting two hours
    (`hours=` sets how long), organised by no centre. `publish=False` leaves it a draft; it is checked as the admin
    checks it (`full_clean`), so an impossible event (ending before it starts, in person nowhere, …) is refused."""

    class Meta:
        model = Event

    class Params:
        hours = 2

    title = factory.Sequence(lambda number: f"Event {number}")
    slug = factory.LazyAttributeSequence(lambda event, number: f"{slugify(event.title)[:60]}-{number}")
    description = "<p>An event.</p>"
    starts_at = factory.LazyFunction(lambda: timezone.now() + dt.timedelta(days=3))
    ends_at = factory.LazyAttribute(lambda event: event.starts_at + dt.timedelta(hours=event.hours))
    format = EventFormat.IN_PERSON
    city = "Brussels"
    country = "BE"
    locale = factory.LazyFunction(Locale.get_default)

    @classmethod
    def _create(cls, model_class: type[Event], *args: Any, **kwargs: Any) -> Event:
        publish: bool = kwargs.pop("publish", True)
        event = model_class(*args, live=False, **kwargs)
        event.full_clean()
        event.save()
        revision = event.save_revision()
        if publish:
            revision.publish()
            event.refresh_from_db()
        return event


def translate_event(event: Event, language: str, title: str) -> Event:
    """`event`'s published translation into `language`, titled `title` (the rest as the original's)."""
    translation: Event = event.copy_for_translation(Locale.objects.get(language_code=language))
    translation.title = title
    translation.live = False
    translation.save()
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation


def events_in_bulk(count: int, *, prefix: str = "Bulk event", past: bool = False, **fields: Any) -> list[Event]:
    """`count` live English events ("Bulk event 0000", …) an hour long and an hour apart, starting tomorrow (or,
    when `past`, ending yesterday and going back), with EventFactory's other defaults and `fields`, in one query
    (no revisions): enough to fill the lists' pages."""
    now = timezone.now()
    events: list[Event] = Event.objects.bulk_create(
        EventFactory.build(
            title=f"{prefix} {number:04d}",
            starts_at=now - dt.timedelta(days=1, hours=2 + number)
            if past
            else now + dt.timedelta(days=1, hours=number),
            hours=1,
            live=True,
            **fields,
        )
        for number in range(count)
    )
    # Rows written behind the signals' back: the site is told of the change as a save would tell it.
    content_changed(sender=Event)
    return events
