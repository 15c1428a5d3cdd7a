"""Demo meetings (bik/demo/data/meetings.yaml): a network meeting that took place (agenda, a document, who came), an
online training coming up with answers from members, and a meeting in Brussels later on. Idempotent by title; the
dates are set relative to the day the demo is first loaded."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import Any

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from bik.accounts.models import User
from bik.community.blogs.services import sanitise
from bik.community.demo import demo_members
from bik.community.meetings.models import Meeting, MeetingDocument, Rsvp
from bik.demo.datafiles import demo_data
from bik.demo.pdf import minimal_pdf

ADMIN_EMAIL = "admin@bik.example"


def _at(day: dt.date, time: str, zone: zoneinfo.ZoneInfo) -> dt.datetime:
    """The local time `time` ("HH:MM") of `day` in `zone`."""
    return dt.datetime.combine(day, dt.time.fromisoformat(time), tzinfo=zone)


def _document(meeting: Meeting, spec: dict[str, str], admin: User | None) -> None:
    """The meeting's PDF document, stored as an upload would be."""
    document = MeetingDocument(
        meeting=meeting, title=spec["title"], media_type="application/pdf", extension="pdf", uploaded_by=admin
    )
    data = minimal_pdf(spec["heading"], [])
    document.size = len(data)
    document.file.save(spec["file"], ContentFile(data), save=False)
    document.save()


@transaction.atomic
def load(home: Any, out: Any = None) -> None:
    people = {person.email: person for person in demo_members()}
    admin = User.objects.filter(email=ADMIN_EMAIL).first()
    today = timezone.localdate()
    data = demo_data("meetings")
    zone = zoneinfo.ZoneInfo(data["timezone"])
    for spec in data["meetings"]:
        if Meeting.objects.filter(title=spec["title"]).exists():
            continue
        day = today + dt.timedelta(days=spec["day"])
        meeting = Meeting.objects.create(
            title=spec["title"],
            kind=Meeting.Kind(spec["kind"]),
            starts_at=_at(day, spec["starts"], zone),
            ends_at=_at(day + dt.timedelta(days=spec.get("ends_after_days", 0)), spec["ends"], zone),
            timezone=data["timezone"],
            place=spec.get("place", ""),
            online_url=spec.get("online_url", ""),
            agenda=sanitise(spec["agenda_html"]),
            created_by=admin,
        )
        if "document" in spec:
            _document(meeting, spec["document"], admin)
        for email, answer in spec.get("answers", {}).items():
            person = people.get(email)
            if person is not None:
                Rsvp.objects.get_or_create(meeting=meeting, user=person, defaults={"answer": Rsvp.Answer(answer)})
    if out is not None:
        out.write(f"{Meeting.objects.count()} community meetings ready.")
