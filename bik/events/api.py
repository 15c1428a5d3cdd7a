"""Read API for events: live events only, in one language (English where untranslated), upcoming or past."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from django.conf import settings
from django.http import HttpRequest
from django.utils import translation
from ninja import Query, Router, Schema
from ninja.errors import HttpError
from pydantic import Field

from bik.catalogue.api import PageOut, PageQuery, check_language
from bik.catalogue.pages import index_in
from bik.catalogue.pagination import api_page
from bik.events import services
from bik.events.models import Event, EventIndexPage

router = Router(tags=["events"])
API_PAGE_SIZE = 20


class OrganiserOut(Schema):
    country: str
    name: str
    url: str


class EventSummaryOut(Schema):
    id: int
    slug: str
    title: str
    url: str | None = Field(description="The event's page on the portal.")
    language: str = Field(description="The language of this record (the requested one, or English).")
    starts_at: dt.datetime = Field(description="ISO 8601 with the offset of UTC.")
    ends_at: dt.datetime
    format: str
    format_label: str
    city: str
    country: str
    online_url: str
    organiser: OrganiserOut | None
    audience: str
    spoken_language: str


class EventOut(EventSummaryOut):
    venue: str
    description_html: str
    ics_url: str | None


class EventListOut(PageOut):
    results: list[EventSummaryOut]


class EventFilters(PageQuery):
    lang: str = Field(settings.LANGUAGE_CODE, description="Language code, e.g. en, fr, el.")
    when: Literal["upcoming", "past"] = Field(
        "upcoming", description="Upcoming (soonest first) or past (latest first)."
    )
    country: str = Field("", description="ISO 3166-1 alpha-2 code of the country, e.g. BE.", max_length=2)
    attendance: Literal["", "online", "in_person"] = Field("", description="Online (or hybrid), or in person.")


def _index_url(request: HttpRequest, lang: str) -> str | None:
    index = index_in(EventIndexPage, lang)
    url = index.get_url(request) if index is not None else None
    return request.build_absolute_uri(url) if url else None


def _summary(event: Event, index_url: str | None) -> dict[str, Any]:
    organiser = event.organiser
    return {
        "id": event.pk,
        "slug": event.slug,
        "title": event.title,
        "url": f"{index_url}{event.slug}/" if index_url else None,
        "language": event.locale.language_code,
        "starts_at": event.starts_at.astimezone(dt.UTC),
        "ends_at": event.ends_at.astimezone(dt.UTC),
        "format": event.format,
        "format_label": str(event.get_format_display()),
        "city": event.city,
        "country": event.country.code or "",
        "online_url": event.online_url,
        "organiser": {
            "country": organiser.country.code,
            "name": organiser.name,
            "url": organiser.get_absolute_url(),
        }
        if organiser is not None
        else None,
        "audience": event.audience,
        "spoken_language": event.language,
    }


@router.get("/events/", response=EventListOut, summary="List events")
def list_events(request: HttpRequest, filters: Query[EventFilters]) -> dict[str, Any]:
    lang = check_language(filters.lang)
    with translation.override(lang):
        events = services.filter_events(
            services.live_events(lang), {"country": filters.country.upper(), "attendance": filters.attendance}
        )
        events = services.past_events(events) if filters.when == "past" else services.upcoming_events(events)
        page = api_page(events, filters.page, API_PAGE_SIZE)
        index_url = _index_url(request, lang)
        return page.envelope([_summary(event, index_url) for event in page.items])


@router.get("/events/{event_id}/", response=EventOut, summary="Read one event")
def get_event(request: HttpRequest, event_id: int) -> dict[str, Any]:
    event = Event.objects.filter(live=True, pk=event_id).select_related("locale", "organiser").first()
    if event is None:
        raise HttpError(404, "No published event with this id.")
    lang = event.locale.language_code
    with translation.override(lang):
        index_url = _index_url(request, lang)
        data = _summary(event, index_url)
        data["venue"] = event.venue
        data["description_html"] = services.description_html(event)
        data["ics_url"] = f"{index_url}{event.slug}/calendar/" if index_url else None
    return data
