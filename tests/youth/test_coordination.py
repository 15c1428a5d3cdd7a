"""Coordinators run their spaces from the front end: they plan, change and cancel online meetings and write
learning modules (lessons and a quiz). Nobody else can: anonymous visitors are sent to sign in, everyone
else (youth members, coordinators of another country, SIC staff) gets a 404."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from bik.accounts.models import User
from bik.youth.models import LearningModule, Lesson, Meeting, ModuleProgress, QuizQuestion, Space
from tests.conftest import Cast
from tests.events import ics
from tests.youth.conftest import make_coordinator, make_youth

NEXT_YEAR = timezone.localdate().year + 1


def _meeting_data(**changes: Any) -> dict[str, Any]:
    data = {
        "title": "Panel jeunes",
        "description": "On prépare le Safer Internet Day.",
        "day": f"{NEXT_YEAR}-01-15",
        "time": "17:00",
        "duration_minutes": "45",
        "join_url": "https://meet.example/panel-fr",
    }
    return {**data, **changes}


@pytest.fixture
def meeting(france: Space) -> Meeting:
    return Meeting.objects.create(
        space=france, title="Réunion", starts_at=dt.datetime(NEXT_YEAR, 3, 1, 16, 0, tzinfo=dt.UTC),
        join_url="https://meet.example/room",
    )  # fmt: skip


@pytest.fixture
def module(france: Space) -> LearningModule:
    module = LearningModule.objects.create(space=france, title="Mots de passe", is_published=True)
    Lesson.objects.create(module=module, title="Longueur", body="Plus long, c'est mieux.", sort_order=0)
    Lesson.objects.create(module=module, title="Gestionnaire", body="Un coffre-fort.", sort_order=1)
    QuizQuestion.objects.create(
        module=module, prompt="Le meilleur ?", choices="abc\ntrois mots", correct_choice=2, explanation="La longueur."
    )
    return module  # type: ignore[no-any-return] # Wagtail's ClusterableModel is untyped


def _paths(meeting: Meeting, module: LearningModule) -> list[str]:
    base = "/en/youth/spaces/fr/coordinate/"
    return [
        base,
        f"{base}meetings/new/",
        f"{base}meetings/{meeting.pk}/",
        f"{base}meetings/{meeting.pk}/cancel/",
        f"{base}modules/new/",
        f"{base}modules/{module.pk}/",
    ]


# --- Who may coordinate ---------------------------------------------------------------------------------


@pytest.mark.django_db
def test_anonymous_visitors_are_sent_to_sign_in(meeting: Meeting, module: LearningModule) -> None:
    for path in _paths(meeting, module):
        response = Client().get(path)

        assert response.status_code == 302, path
        assert "/accounts/login/" in response["Location"], path


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["youth_member_of_the_space", "coordinator_elsewhere", "sic_member", "moderator"])
def test_everyone_but_the_spaces_coordinators_gets_not_found(
    who: str, cast: Cast, client_for: Callable[[User], Client], meeting: Meeting, module: LearningModule
) -> None:
    user = {
        "youth_member_of_the_space": lambda: make_youth("zoe@youth.example", "FR"),
        "coordinator_elsewhere": lambda: cast.youth_coordinator,  # Ireland
        "sic_member": lambda: cast.sic_member,
        "moderator": lambda: cast.moderator,
    }[who]()
    client = client_for(user)

    for path in _paths(meeting, module):
        assert client.get(path).status_code == 404, path
        assert client.post(path, _meeting_data(title="Intrus")).status_code == 404, path

    assert not Meeting.objects.filter(title="Intrus").exists()
    meeting.refresh_from_db()
    assert meeting.cancelled_at is None


@pytest.mark.django_db
def test_the_coordinator_of_the_space_reaches_every_page(
    client_for: Callable[[User], Client], french_coordinator: User, meeting: Meeting, module: LearningModule
) -> None:
    client = client_for(french_coordinator)

    for path in _paths(meeting, module):
        assert client.get(path).status_code == 200, path


@pytest.mark.django_db
def test_network_admins_coordinate_the_european_space_and_youth_coordinators_do_not(
    cast: Cast, client_for: Callable[[User], Client], europe: Space
) -> None:
    assert client_for(cast.network_admin).get("/en/youth/spaces/europe/coordinate/").status_code == 200
    assert client_for(cast.youth_coordinator).get("/en/youth/spaces/europe/coordinate/").status_code == 404


@pytest.mark.django_db
def test_the_space_page_links_coordinators_to_their_tools_only(
    client_for: Callable[[User], Client], french_coordinator: User, french_youth: User
) -> None:
    assert b"/en/youth/spaces/fr/coordinate/" in client_for(french_coordinator).get("/en/youth/spaces/fr/").content
    assert b"/coordinate/" not in client_for(french_youth).get("/en/youth/spaces/fr/").content


# --- Meetings -------------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_coordinator_plans_a_meeting_in_the_spaces_time_zone_and_members_see_it(
    client_for: Callable[[User], Client], french_coordinator: User, french_youth: User
) -> None:
    response = client_for(french_coordinator).post("/en/youth/spaces/fr/coordinate/meetings/new/", _meeting_data())

    assert response.status_code == 302
    meeting = Meeting.objects.get(title="Panel jeunes")
    assert meeting.starts_at == dt.datetime(NEXT_YEAR, 1, 15, 16, 0, tzinfo=dt.UTC)  # 17:00 in Paris in winter
    assert meeting.duration_minutes == 45
    assert meeting.created_by == french_coordinator
    page = client_for(french_youth).get("/en/youth/spaces/fr/meetings/").content.decode()
    assert "Panel jeunes" in page
    assert "https://meet.example/panel-fr" in page


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("changes", "error"),
    [
        ({"day": "2001-01-15"}, "Choose a date and time in the future."),
        ({"join_url": "http://meet.example/x"}, "Use a secure link that starts with https://."),
        ({"duration_minutes": "5"}, "Ensure this value is greater than or equal to 15."),
        ({"day": "15/01/banana"}, "Enter a valid date."),
        ({"title": ""}, "This field is required."),
    ],
)
def test_bad_meeting_input_is_explained_and_kept(
    client_for: Callable[[User], Client],
    french_coordinator: User,
    france: Space,
    changes: dict[str, str],
    error: str,
) -> None:
    response = client_for(french_coordinator).post(
        "/en/youth/spaces/fr/coordinate/meetings/new/", _meeting_data(**changes)
    )

    assert response.status_code == 400
    page = response.content.decode()
    assert error in page
    assert "On prépare le Safer Internet Day." in page  # what the coordinator typed stays
    assert not Meeting.objects.filter(title="Panel jeunes").exists()


@pytest.mark.django_db
def test_a_coordinator_changes_a_meeting(
    client_for: Callable[[User], Client], french_coordinator: User, meeting: Meeting
) -> None:
    client = client_for(french_coordinator)
    form = client.get(f"/en/youth/spaces/fr/coordinate/meetings/{meeting.pk}/").content.decode()
    assert 'value="17:00"' in form  # 16:00 UTC shown in Paris time
    assert f'value="{NEXT_YEAR}-03-01"' in form

    client.post(
        f"/en/youth/spaces/fr/coordinate/meetings/{meeting.pk}/",
        _meeting_data(title="Réunion (nouvelle heure)", day=f"{NEXT_YEAR}-03-01", time="18:30"),
    )

    meeting.refresh_from_db()
    assert meeting.title == "Réunion (nouvelle heure)"
    assert meeting.starts_at == dt.datetime(NEXT_YEAR, 3, 1, 17, 30, tzinfo=dt.UTC)


@pytest.mark.django_db
def test_a_cancelled_meeting_shows_as_off_without_its_link_and_leaves_calendars(
    client_for: Callable[[User], Client], french_coordinator: User, french_youth: User, meeting: Meeting
) -> None:
    coordinator = client_for(french_coordinator)
    confirm = coordinator.get(f"/en/youth/spaces/fr/coordinate/meetings/{meeting.pk}/cancel/")
    assert b"Cancel the meeting" in confirm.content

    coordinator.post(f"/en/youth/spaces/fr/coordinate/meetings/{meeting.pk}/cancel/")

    meeting.refresh_from_db()
    assert meeting.is_cancelled
    member = client_for(french_youth)
    page = member.get("/en/youth/spaces/fr/meetings/").content.decode()
    assert "This meeting is cancelled." in page
    assert "https://meet.example/room" not in page
    (vevent,) = ics.events(member.get(f"/en/youth/spaces/fr/meetings/{meeting.pk}.ics").content)
    assert vevent.one("STATUS") == "CANCELLED"
    assert "URL" not in vevent.properties
    assert "DESCRIPTION" not in vevent.properties
    assert coordinator.get(f"/en/youth/spaces/fr/coordinate/meetings/{meeting.pk}/").status_code == 404


# --- Learning modules -----------------------------------------------------------------------------------


def _formset(prefix: str, rows: list[dict[str, Any]], initial: int = 0) -> dict[str, Any]:
    data: dict[str, Any] = {
        f"{prefix}-TOTAL_FORMS": str(len(rows)),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }
    for index, row in enumerate(rows):
        for name, value in row.items():
            data[f"{prefix}-{index}-{name}"] = value
    return data


def _module_data(lessons: list[dict[str, Any]], questions: list[dict[str, Any]], **module: Any) -> dict[str, Any]:
    data = {"title": "Fausses infos", "summary": "Repérer le faux.", "is_published": "on", **module}
    return {**data, **_formset("lessons", lessons), **_formset("questions", questions)}


LESSON = {"title": "Vérifier la source", "body": "Qui a publié ?", "video_url": ""}
QUESTION = {
    "prompt": "Premier réflexe ?",
    "choices": "Partager\nVérifier",
    "correct_choice": "2",
    "explanation": "Oui.",
}


@pytest.mark.django_db
def test_a_coordinator_writes_a_module_that_members_follow(
    client_for: Callable[[User], Client], french_coordinator: User, french_youth: User
) -> None:
    blank = {"title": "", "body": "", "video_url": ""}
    data = _module_data(
        [LESSON, {"title": "Images", "body": "Recherche inversée.", "video_url": "https://video.example/1"}, blank],
        [QUESTION],
    )

    response = client_for(french_coordinator).post("/en/youth/spaces/fr/coordinate/modules/new/", data)

    assert response.status_code == 302
    module = LearningModule.objects.get(title="Fausses infos")
    assert [lesson.title for lesson in module.lessons.all()] == ["Vérifier la source", "Images"]
    assert module.questions.get().correct_choice == 2
    member = client_for(french_youth)
    assert b"Fausses infos" in member.get("/en/youth/spaces/fr/").content
    page = member.get(module.get_absolute_url()).content.decode()
    assert "Recherche inversée." in page
    assert "Premier réflexe ?" in page


@pytest.mark.django_db
def test_a_draft_module_is_previewed_by_coordinators_only(
    client_for: Callable[[User], Client], french_coordinator: User, french_youth: User
) -> None:
    client_for(french_coordinator).post(
        "/en/youth/spaces/fr/coordinate/modules/new/", _module_data([LESSON], [], is_published="")
    )

    module = LearningModule.objects.get(title="Fausses infos")
    assert not module.is_published
    assert client_for(french_youth).get(module.get_absolute_url()).status_code == 404
    assert b"Fausses infos" not in client_for(french_youth).get("/en/youth/spaces/fr/").content
    assert client_for(french_coordinator).get(module.get_absolute_url()).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("lessons", "questions", "error"),
    [
        ([], [], "Add at least one lesson before publishing the module."),
        ([LESSON], [{**QUESTION, "correct_choice": "3"}], "There are only 2 answers."),
        ([LESSON], [{**QUESTION, "choices": "Une seule"}], "Give at least two answers, one per line."),
        ([{**LESSON, "video_url": "http://video.example"}], [], "Use a secure link that starts with https://."),
        ([{**LESSON, "title": ""}], [], "This field is required."),
    ],
)
def test_bad_module_input_is_explained_and_kept(
    client_for: Callable[[User], Client],
    french_coordinator: User,
    france: Space,
    lessons: list[dict[str, Any]],
    questions: list[dict[str, Any]],
    error: str,
) -> None:
    response = client_for(french_coordinator).post(
        "/en/youth/spaces/fr/coordinate/modules/new/", _module_data(lessons, questions)
    )

    assert response.status_code == 400
    page = response.content.decode()
    assert error in page
    assert "Repérer le faux." in page
    assert not LearningModule.objects.filter(title="Fausses infos").exists()


@pytest.mark.django_db
def test_editing_a_module_reorders_and_removes_lessons_and_keeps_members_progress(
    client_for: Callable[[User], Client], french_coordinator: User, french_youth: User, module: LearningModule
) -> None:
    first, second = module.lessons.all()
    question = module.questions.get()
    ModuleProgress.objects.create(user=french_youth, module=module, lessons_done=[first.pk, second.pk])
    lessons = [
        {"id": first.pk, "title": "Longueur (revu)", "body": first.body, "video_url": "", "ORDER": "2"},
        {"id": second.pk, "title": second.title, "body": second.body, "video_url": "", "ORDER": "1", "DELETE": "on"},
        {"title": "Nouvelle leçon", "body": "Texte.", "video_url": "", "ORDER": "1"},
    ]
    questions = [{"id": question.pk, **QUESTION, "ORDER": "1"}]
    data = {
        "title": "Mots de passe",
        "summary": "",
        "is_published": "on",
        **_formset("lessons", lessons, initial=2),
        **_formset("questions", questions, initial=1),
    }

    response = client_for(french_coordinator).post(f"/en/youth/spaces/fr/coordinate/modules/{module.pk}/", data)

    assert response.status_code == 302
    assert [lesson.title for lesson in module.lessons.all()] == ["Nouvelle leçon", "Longueur (revu)"]
    assert module.lessons.filter(pk=first.pk).exists()  # the same lesson, edited
    assert not Lesson.objects.filter(pk=second.pk).exists()
    assert QuizQuestion.objects.get(pk=question.pk).prompt == "Premier réflexe ?"
    assert ModuleProgress.objects.get(user=french_youth, module=module).lessons_done == [first.pk]


@pytest.mark.django_db
def test_a_coordinator_cannot_edit_another_spaces_module(
    client_for: Callable[[User], Client], module: LearningModule
) -> None:
    german = client_for(make_coordinator("de@cast.example", "DE"))

    assert german.get(f"/en/youth/spaces/de/coordinate/modules/{module.pk}/").status_code == 404
    assert german.get(f"/en/youth/spaces/fr/coordinate/modules/{module.pk}/").status_code == 404


@pytest.mark.django_db
def test_every_page_that_shows_a_meeting_time_writes_it_the_same_way(
    client_for: Callable[[User], Client], french_coordinator: User, meeting: Meeting
) -> None:
    """The time is the space's zone, named (as the form plans it), and youth.js adds the visitor's own: a page
    without the script showed the same meeting at another hour than the page before it."""
    coordinator = client_for(french_coordinator)
    pages = [
        "/en/youth/spaces/fr/",
        "/en/youth/spaces/fr/meetings/",
        "/en/youth/spaces/fr/coordinate/",
        f"/en/youth/spaces/fr/coordinate/meetings/{meeting.pk}/cancel/",
    ]
    for path in pages:
        page = coordinator.get(path).content.decode()
        start = meeting.starts_at.isoformat()
        assert f'<time class="js-local-time" datetime="{start}" data-zone="Europe/Paris">' in page, path
        assert "(Europe/Paris)</time>" in page, path
        assert "/static/bik/js/youth.js" in page, path
