"""Demo events (bik/demo/data/events.yaml): the events page under the portal and events across the network, some
online, some past, written for the project. Dates are set relative to the day the demo is loaded so the list always
has upcoming events and an archive. Idempotent: only missing events are added."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import Any

from django.conf import settings
from django.utils import timezone
from wagtail.models import Locale

from bik.demo.datafiles import demo_data
from bik.demo.registry import mark_demo
from bik.events.models import Event, EventFormat
from bik.network.models import Centre
from bik.pages.models import HomePage
from bik.pictures import demo as pictures


def load(home: HomePage, out: Any = None) -> None:
    english = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    existing = set(Event.objects.filter(locale=english).values_list("slug", flat=True))
    centres = {centre.country.code: centre for centre in Centre.objects.all()}
    zone = zoneinfo.ZoneInfo(settings.TIME_ZONE)
    today = timezone.localdate()
    added = 0
    data = demo_data("events")
    for entry in data["events"]:
        slug = entry["slug"]
        if slug in existing:
            continue
        hour, minute = (int(part) for part in entry["starts"].split(":"))
        day = today + dt.timedelta(days=entry["in_days"])
        starts_at = dt.datetime.combine(day, dt.time(hour, minute), tzinfo=zone)
        event = Event(
            image=pictures.picture_for("event", slug),
            title=entry["title"],
            slug=slug,
            description=f"<p>{entry['description']}</p>{data['demo_note_html']}",
            starts_at=starts_at,
            ends_at=starts_at + dt.timedelta(hours=entry["hours"]),
            format=entry["format"],
            venue=entry["venue"],
            city=entry["city"],
            country=entry["country"],
            online_url=f"https://events.bik.example/{slug}" if entry["format"] != EventFormat.IN_PERSON else "",
            organiser=centres.get(entry["organiser"]),
            audience=entry["audience"],
            language=entry["language"],
            locale=english,
        )
        event.full_clean()
        event.save()
        mark_demo(event)
        event.save_revision().publish()
        added += 1
    if out is not None and added:
        out.write(f"{added} demo events added.")
