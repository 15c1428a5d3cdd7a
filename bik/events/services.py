"""What the events pages, iCalendar exports and API compute: the live events in the visitor's language (English
where untranslated), split into upcoming and past, filtered and paginated with a fixed number of queries."""

from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import urlencode

import nh3
from django import forms
from django.conf import settings
from django.db.models import Q, QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from wagtail.rich_text import expand_db_html

from bik.catalogue.filters import FilterForm
from bik.catalogue.language import current_language, in_language
from bik.catalogue.pagination import paginate
from bik.events import ical
from bik.events.models import EVENTS_PER_PAGE, Event, EventFormat, EventIndexPage
from bik.network.models import Centre
from bik.pictures.rendering import with_pictures

FEED_LIMIT = 500  # a bound on the iCalendar feed; the network has a few dozen upcoming events at a time
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


class EventFilterForm(FilterForm):
    """The GET filters of the events list; an unknown value is reported beside its field and ignored."""

    country = forms.ChoiceField(label=_("Country"), required=False)
    attendance = forms.ChoiceField(
        label=_("Attendance"),
        required=False,
        choices=[("", _("Online or in person")), (ONLINE, _("Online")), (IN_PERSON, _("In person"))],
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.set_choices("country", network_countries(), _("All countries"))


def index_context(index: EventIndexPage, request: HttpRequest, *, past: bool) -> dict[str, Any]:
    form = EventFilterForm(request.GET or None)
    filters = form.chosen()
    events = filter_events(live_events(current_language()), filters)
    events = past_events(events) if past else upcoming_events(events)
    base_url = index.get_url(request) or "/"
    return {
        "page_obj": paginate(events, request.GET.get("page", 1), EVENTS_PER_PAGE),
        "filter_form": form,
        "filters": filters,
        "filter_query": urlencode(filters),
        "showing_past": past,
        "index_url": base_url,
        "form_action": f"{base_url}past/" if past else base_url,
        "feed_url": f"{base_url}calendar/",
        "time_zone": settings.TIME_ZONE,
    }


def find_event(slug: str, language: str) -> Event | None:
    return live_events(language).filter(slug=slug).first()


def description_html(event: Event) -> str:
    """The editor's rich text with internal links expanded, then sanitised."""
    return nh3.clean(expand_db_html(event.description or ""))


def record_context(index: EventIndexPage, request: HttpRequest, slug: str) -> dict[str, Any]:
    event = find_event(slug, current_language())
    if event is None:
        raise Http404("No such event.")
    base_url = index.get_url(request) or "/"
    return {
        "event": event,
        "description_html": description_html(event),
        "is_past": event.ends_at < timezone.now(),
        "index_url": base_url,
        "ics_url": f"{base_url}{event.slug}/calendar/",
        "time_zone": settings.TIME_ZONE,
    }


def event_url(index_url: str, event: Event, request: HttpRequest) -> str:
    return request.build_absolute_uri(f"{index_url}{event.slug}/")


def event_ics_response(index: EventIndexPage, request: HttpRequest, slug: str) -> HttpResponse:
    """A single event's .ics, to add it to a calendar."""
    event = find_event(slug, current_language())
    if event is None:
        raise Http404("No such event.")
    entry = ical.event_entry(event, event_url(index.get_url(request) or "/", event, request))
    return ical.ics_response(ical.calendar([entry], name=event.title), f"{event.slug}.ics")


def calendar_feed_response(index: EventIndexPage, request: HttpRequest) -> HttpResponse:
    """Every upcoming event, as an iCalendar feed that calendar apps can subscribe to."""
    base_url = index.get_url(request) or "/"
    events = upcoming_events(live_events(current_language()))[:FEED_LIMIT]
    entries = [ical.event_entry(event, event_url(base_url, event, request)) for event in events]
    response = ical.ics_response(ical.calendar(entries, name=str(index.title)), "events.ics")
    response["Content-Disposition"] = 'inline; filename="events.ics"'
    return response
