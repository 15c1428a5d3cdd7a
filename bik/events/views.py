"""The request glue of the events pages: EventIndexPage's routes hand the request here; these read the query
string and the page's address, call bik.events.services for the events, and answer 404 for an unknown slug."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from bik.catalogue.filters import FilterForm
from bik.catalogue.language import current_language
from bik.catalogue.pagination import paginate
from bik.events import ical
from bik.events.models import EVENTS_PER_PAGE, Event, EventIndexPage
from bik.events.services import (
    IN_PERSON,
    ONLINE,
    description_html,
    filter_events,
    find_event,
    live_events,
    network_countries,
    past_events,
    upcoming_events,
)

FEED_LIMIT = 500  # a bound on the iCalendar feed; the network has a few dozen upcoming events at a time


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


def _event_or_404(slug: str) -> Event:
    event = find_event(slug, current_language())
    if event is None:
        raise Http404("No such event.")
    return event


def record_context(index: EventIndexPage, request: HttpRequest, slug: str) -> dict[str, Any]:
    event = _event_or_404(slug)
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
    event = _event_or_404(slug)
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
