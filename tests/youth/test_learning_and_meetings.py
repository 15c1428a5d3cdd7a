"""Learning modules (lessons, a quiz with feedback, progress and completion) and online meetings (time in a
named zone, joining link for members only, iCalendar export)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from django.test import Client

from bik.accounts.models import User
from bik.youth.models import LearningModule, Lesson, Meeting, ModuleProgress, QuizQuestion, Space
from tests.events import ics


@pytest.fixture
def module(france: Space) -> LearningModule:
    module = LearningModule.objects.create(space=france, title="Mots de passe")
    Lesson.objects.create(module=module, title="Longueur", body="Plus long, c'est mieux.")
    QuizQuestion.objects.create(
        module=module, prompt="Le meilleur ?", choices="abc\ntrois mots au hasard", correct_choice=2,
        explanation="La longueur compte.",
    )  # fmt: skip
    return module  # type: ignore[no-any-return] # Wagtail's ClusterableModel is untyped


@pytest.mark.django_db
def test_a_member_reads_lessons_takes_the_quiz_gets_feedback_and_completes(
    client_for: Callable[[User], Client], french_youth: User, module: LearningModule
) -> None:
    client = client_for(french_youth)
    lesson = module.lessons.get()
    question = module.questions.get()

    client.post(module.get_absolute_url(), {"lesson": lesson.pk})
    wrong = client.post(module.get_absolute_url(), {f"q{question.pk}": "1"})
    right = client.post(module.get_absolute_url(), {f"q{question.pk}": "2"})

    assert "Not quite: the answer is “trois mots au hasard”." in wrong.content.decode()
    assert b"La longueur compte." in wrong.content
    assert b"Right!" in right.content
    progress = ModuleProgress.objects.get(user=french_youth, module=module)
    assert progress.lessons_done == [lesson.pk]
    assert progress.completed_at is not None
    assert b"Completed" in client.get(module.get_absolute_url()).content


@pytest.mark.django_db
def test_an_unanswered_quiz_asks_for_every_answer(
    client_for: Callable[[User], Client], french_youth: User, module: LearningModule
) -> None:
    response = client_for(french_youth).post(module.get_absolute_url(), {})

    assert b"Please answer every question." in response.content


@pytest.fixture
def meeting(france: Space) -> Meeting:
    return Meeting.objects.create(
        space=france, title="Panel", starts_at=dt.datetime(2030, 1, 15, 16, 0, tzinfo=dt.UTC),
        join_url="https://meet.example/room-42",
    )  # fmt: skip


@pytest.mark.django_db
def test_meeting_times_are_shown_with_the_zone_name(
    client_for: Callable[[User], Client], french_youth: User, meeting: Meeting
) -> None:
    page = client_for(french_youth).get("/en/youth/spaces/fr/meetings/").content.decode()

    assert "5 p.m. (Europe/Paris)" in page or "17:00 (Europe/Paris)" in page
    assert 'datetime="2030-01-15T16:00:00+00:00"' in page
    assert "https://meet.example/room-42" in page


@pytest.mark.django_db
def test_the_joining_link_is_hidden_from_everyone_outside_the_space(meeting: Meeting) -> None:
    response = Client().get("/en/youth/spaces/fr/meetings/")

    assert response.status_code == 302
    assert b"room-42" not in response.content


@pytest.mark.django_db
def test_a_meeting_exports_to_icalendar_in_utc(
    client_for: Callable[[User], Client], french_youth: User, meeting: Meeting
) -> None:
    response = client_for(french_youth).get(f"/en/youth/spaces/fr/meetings/{meeting.pk}.ics")

    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    (vevent,) = ics.events(response.content)
    assert vevent.one("UID").startswith(f"youth-meeting-{meeting.pk}@")
    assert vevent.one("DTSTART") == "20300115T160000Z"
    assert vevent.one("DTEND") == "20300115T170000Z"
    assert ics.unescape(vevent.one("SUMMARY")) == "Panel"
    assert vevent.one("URL") == meeting.join_url
    assert meeting.join_url in ics.unescape(vevent.one("DESCRIPTION"))


@pytest.mark.django_db
def test_the_meetings_page_makes_the_same_number_of_queries_with_few_and_many(
    client_for: Callable[[User], Client], french_youth: User, meeting: Meeting, france: Space
) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = client_for(french_youth)
    client.get("/en/youth/spaces/fr/meetings/")
    with CaptureQueriesContext(connection) as few:
        client.get("/en/youth/spaces/fr/meetings/")
    for day in range(1, 9):
        Meeting.objects.create(space=france, title=f"M{day}", starts_at=meeting.starts_at + dt.timedelta(days=day),
                               join_url="https://meet.example/x")  # fmt: skip

    with CaptureQueriesContext(connection) as many:
        client.get("/en/youth/spaces/fr/meetings/")

    assert len(many) == len(few)
