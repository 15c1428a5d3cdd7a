"""What the events pages, iCalendar exports and API compute: the live events in the visitor's language (English
where untranslated), split into upcoming and past, and filtered with a fixed number of queries. Plain values in,
events out: the request glue (query string, addresses, 404s, .ics responses) is in bik/events/views.py."""

from __future__ import annotations

import datetime as dt

import nh3
from django.db.models import Q, QuerySet
from django.utils import timezone
from django_countries import countries
from wagtail.rich_text import expand_db_html

from bik.catalogue.language import in_language
from bik.events.models import Event, EventFormat
from bik.network.models import Centre
from bik.pictures.rendering import with_pictures

ONLINE, IN_PERSON = "online", "in_person"
ATTENDANCE_FORMATS = {
    ONLINE: (EventFormat.ONLINE, EventFormat.HYBRID),
    IN_PERSON: (EventFormat.IN_PERSON, EventFormat.HYBRID),
}


def live_events(language: str) -> QuerySet[Event]:
    """Each live event once: its translation in `language`, or the English original when there is none."""
    events = in_language(Event.objects.filter(live=True), language)
    return with_pictures(events.select_related("locale", "organiser"))


def upcoming_events(events: QuerySet[Event], now: dt.datetime | None = None) -> QuerySet[Event]:
    """Events not over yet (those under way included), the soonest first."""
    return events.filter(ends_at__gte=now or timezone.now()).order_by("starts_at", "pk")


def past_events(events: QuerySet[Event], now: dt.datetime | None = None) -> QuerySet[Event]:
    """Events that have ended, the most recent first."""
    return events.filter(ends_at__lt=now or timezone.now()).order_by("-starts_at", "-pk")


def filter_events(events: QuerySet[Event], filters: dict[str, str]) -> QuerySet[Event]:
    if filters.get("country"):
        events = events.filter(Q(country=filters["country"]) | Q(country="", organiser__country=filters["country"]))
    if filters.get("attendance") in ATTENDANCE_FORMATS:
        events = events.filter(format__in=ATTENDANCE_FORMATS[filters["attendance"]])
    return events


def network_countries() -> list[tuple[str, str]]:
    """The countries of the network's centres, by name in the visitor's language (one query)."""
    codes = set(Centre.objects.published().values_list("country", flat=True))
    return [(code, str(name)) for code, name in countries if code in codes]


def find_event(slug: str, language: str) -> Event | None:
    return live_events(language).filter(slug=slug).first()


def description_html(event: Event) -> str:
    """The editor's rich text with internal links expanded, then sanitised."""
    return nh3.clean(expand_db_html(event.description or ""))
