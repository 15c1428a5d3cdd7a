"""Risk signals in the youth spaces: a self-harm post is urgent (first in the queue, the coordinators emailed
after commit), grooming signals that are weak alone add up across an author's messages and flag the author,
posts are screened in the space's and the writer's languages, and the centres' helplines are never held."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.core import mail
from django.test import Client

from bik.accounts.models import User
from bik.moderation import screen as codes
from bik.moderation import services
from bik.moderation.models import FLAGGED_AUTHOR, AuditEntry, Status
from bik.network.models import Centre, Service, Strand
from bik.youth import services as youth
from tests.youth.conftest import make_coordinator, make_youth, trusted


@pytest.fixture
def coordinator(db: None) -> User:
    return make_coordinator("c@pt.example", "PT")


@pytest.mark.django_db
def test_a_self_harm_post_is_urgent_and_first_in_the_queue(
    coordinator: User, client_for: Callable[[User], Client]
) -> None:
    writer = make_youth("w@youth.example", "PT")
    space = youth.national_space("PT")
    older = youth.submit_post(writer, space, kind="blog", title="Olá", body="O meu primeiro post.").item
    urgent = youth.submit_post(
        writer, space, kind="blog", title="Hoje", body="Magoei-me outra vez e quem me dera desaparecer."
    )

    assert urgent.held
    assert urgent.result.needs_helpline
    assert urgent.item.urgent
    assert codes.SELF_HARM in urgent.item.screen_reasons
    assert list(services.queue(coordinator, space.moderation_key)) == [urgent.item, older]
    page = client_for(coordinator).get(f"/en/moderation/queue/{space.moderation_key}/")
    assert page.status_code == 200
    assert page.content.decode().index("Urgent") < page.content.decode().index(f"#{older.object_id}")


@pytest.mark.django_db
def test_the_coordinators_are_emailed_once_the_post_is_stored(
    coordinator: User, django_capture_on_commit_callbacks: Callable[..., Any]
) -> None:
    writer = make_youth("w@youth.example", "PT")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        youth.submit_post(writer, youth.national_space("PT"), kind="blog", title="x", body="quero morrer")
    assert mail.outbox == []

    for callback in callbacks:
        callback()

    recipients = [address for message in mail.outbox for address in message.to]
    assert coordinator.email in recipients
    assert len(recipients) == len(set(recipients)) == len(youth.space_coordinators("youth-pt"))
    assert all("quero morrer" not in message.body for message in mail.outbox)  # no words of the post
    assert all("/moderation/items/" in message.body for message in mail.outbox)


@pytest.mark.django_db
def test_an_ordinary_held_post_sends_no_urgent_email(
    coordinator: User, django_capture_on_commit_callbacks: Callable[..., Any]
) -> None:
    writer = make_youth("w@youth.example", "PT")
    with django_capture_on_commit_callbacks(execute=True):
        written = youth.submit_post(
            writer, youth.national_space("PT"), kind="blog", title="x", body="liga-me 912 345 678"
        )

    assert written.held
    assert not written.item.urgent
    assert mail.outbox == []


@pytest.mark.django_db
def test_weak_grooming_signals_add_up_across_comments_and_flag_the_author(
    coordinator: User, client_for: Callable[[User], Client]
) -> None:
    member = make_youth("m@youth.example", "GB")
    stranger = make_youth("s@youth.example", "GB")
    trusted(member)
    trusted(stranger)
    space = youth.european_space()
    post = youth.submit_post(member, space, kind="blog", title="My drawings", body="I love drawing.").obj

    first = youth.submit_comment(stranger, post, "Are you single?")
    second = youth.submit_comment(stranger, post, "You are so pretty.")
    third = youth.submit_comment(stranger, post, "Don't tell your parents about our chats, ok?")

    assert not first.held
    assert not second.held
    assert third.held
    assert codes.GROOMING in third.item.screen_reasons
    assert third.item.held_because == services.GROOMING_RISK
    assert AuditEntry.objects.filter(action=FLAGGED_AUTHOR, subject_user_id=stranger.pk).exists()
    assert services.flagged_authors(space.moderation_key) == [stranger]


@pytest.mark.django_db
def test_signals_in_another_conversation_do_not_add_up(coordinator: User) -> None:
    stranger = make_youth("s@youth.example", "GB")
    member = make_youth("m@youth.example", "GB")
    trusted(stranger)
    trusted(member)
    space = youth.european_space()
    one = youth.submit_post(member, space, kind="blog", title="One", body="First.").obj
    two = youth.submit_post(member, space, kind="blog", title="Two", body="Second.").obj

    youth.submit_comment(stranger, one, "Are you single?")
    youth.submit_comment(stranger, one, "You are so pretty.")
    elsewhere = youth.submit_comment(stranger, two, "Great post, so true!")

    assert not elsewhere.held
    assert not AuditEntry.objects.filter(action=FLAGGED_AUTHOR).exists()


@pytest.mark.django_db
def test_a_post_is_screened_in_the_writers_language_too() -> None:
    writer = make_youth("w@youth.example", "PL")
    trusted(writer)

    written = youth.submit_post(writer, youth.european_space(), kind="blog", title="Hej", body="chce umrzec")

    assert written.held
    assert codes.SELF_HARM in written.item.screen_reasons


@pytest.mark.django_db
def test_a_centres_helpline_number_is_never_held() -> None:
    centre = Centre.objects.get(country="PT")
    Service.objects.update_or_create(
        centre=centre, strand=Strand.HELPLINE, defaults={"organisation": "Linha", "phone": "+351 800 21 90 90"}
    )
    writer = make_youth("w@youth.example", "PT")
    trusted(writer)

    written = youth.submit_post(
        writer, youth.national_space("PT"), kind="blog", title="Ajuda", body="Liguem para o 800 21 90 90, ajudam mesmo."
    )

    assert not written.held
    assert written.item.status == Status.PUBLISHED


@pytest.mark.django_db
def test_the_queue_list_counts_urgent_items(coordinator: User, client_for: Callable[[User], Client]) -> None:
    writer = make_youth("w@youth.example", "PT")
    youth.submit_post(writer, youth.national_space("PT"), kind="blog", title="x", body="quero desaparecer")

    # A youth coordinator also coordinates the country's youth panel queue (bik.panels).
    (summary,) = [s for s in services.queue_summaries(coordinator) if s.space_key.startswith("youth-")]

    assert summary.urgent == 1
    assert "1 urgent" in client_for(coordinator).get("/en/moderation/").content.decode()
