"""Demo meetings: a network meeting that took place (agenda, a document, who came), an online training
coming up with answers from members, and a meeting in Brussels later on. Idempotent by title; the dates are
set relative to the day the demo is first loaded."""

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
from bik.demo.pdf import minimal_pdf

ADMIN_EMAIL = "admin@bik.example"
BRUSSELS = zoneinfo.ZoneInfo("Europe/Brussels")

PAST_TITLE = "Insafe network meeting: autumn 2026"
TRAINING_TITLE = "Training: supporting young people targeted by sextortion"
BRUSSELS_TITLE = "Insafe–INHOPE joint meeting in Brussels"


def _at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=BRUSSELS)


def _meeting(title: str, **fields: Any) -> tuple[Meeting, bool]:
    existing = Meeting.objects.filter(title=title).first()
    if existing is not None:
        return existing, False
    fields["agenda"] = sanitise(fields.get("agenda", ""))
    return Meeting.objects.create(title=title, **fields), True


def _answers(meeting: Meeting, people: dict[str, User], answers: dict[str, str]) -> None:
    for email, answer in answers.items():
        person = people.get(email)
        if person is not None:
            Rsvp.objects.get_or_create(meeting=meeting, user=person, defaults={"answer": answer})


@transaction.atomic
def load(home: Any, out: Any = None) -> None:
    people = {person.email: person for person in demo_members()}
    admin = User.objects.filter(email=ADMIN_EMAIL).first()
    today = timezone.localdate()

    past_day = today - dt.timedelta(days=45)
    past, created = _meeting(
        PAST_TITLE,
        kind=Meeting.Kind.MEETING,
        starts_at=_at(past_day, 9, 30),
        ends_at=_at(past_day, 17, 0),
        timezone="Europe/Brussels",
        place="European Schoolnet, Rue de Trèves 61, Brussels",
        online_url="https://meet.bik.example/insafe-autumn",
        agenda="<ol><li>Welcome and news from the European Commission</li>"
        "<li>Helpline trends: sextortion and AI-made images</li>"
        "<li>Safer Internet Day: plans of the youth panels</li>"
        "<li>Resource competition: the spring winner presents</li></ol>",
        created_by=admin,
    )
    if created:
        document = MeetingDocument(
            meeting=past,
            title="Minutes of the autumn network meeting",
            media_type="application/pdf",
            extension="pdf",
            uploaded_by=admin,
        )
        data = minimal_pdf("Minutes of the Insafe network meeting, autumn 2026", [])
        document.size = len(data)
        document.file.save("minutes-autumn-network-meeting.pdf", ContentFile(data), save=False)
        document.save()
        _answers(
            past,
            people,
            {
                "sic-member@bik.example": Rsvp.Answer.YES,
                "coordinator-be@bik.example": Rsvp.Answer.YES,
                "helpline-de@bik.example": Rsvp.Answer.YES,
                "awareness-gr@bik.example": Rsvp.Answer.NO,
            },
        )

    training_day = today + dt.timedelta(days=21)
    training, created = _meeting(
        TRAINING_TITLE,
        kind=Meeting.Kind.TRAINING,
        starts_at=_at(training_day, 10, 0),
        ends_at=_at(training_day, 12, 30),
        timezone="Europe/Brussels",
        online_url="https://meet.bik.example/sextortion-training",
        agenda="<p>A training for helpline counsellors, led by the German helpline.</p>"
        "<ul><li>What sextortion looks like in 2026</li><li>The first conversation: what to say and what not "
        "to say</li><li>Working with platforms and the police</li><li>Questions</li></ul>",
        created_by=admin,
    )
    if created:
        _answers(
            training,
            people,
            {
                "helpline-de@bik.example": Rsvp.Answer.YES,
                "hotline-pt@bik.example": Rsvp.Answer.YES,
                "awareness-fr@bik.example": Rsvp.Answer.MAYBE,
                "hotline-ie@bik.example": Rsvp.Answer.NO,
            },
        )

    joint_day = today + dt.timedelta(days=70)
    _meeting(
        BRUSSELS_TITLE,
        kind=Meeting.Kind.MEETING,
        starts_at=_at(joint_day, 9, 0),
        ends_at=_at(joint_day + dt.timedelta(days=1), 13, 0),
        timezone="Europe/Brussels",
        place="Brussels (venue to be confirmed)",
        agenda="<p>Two days with awareness centres, helplines and hotlines. The agenda follows.</p>",
        created_by=admin,
    )
    if out is not None:
        out.write(f"{Meeting.objects.count()} community meetings ready.")
