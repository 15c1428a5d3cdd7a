"""The statement of reasons reaches the author by email, in their language, once the decision is stored:
for a rejection, a hidden item, a request to edit, a warning and a suspension; never for an approval."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.core import mail
from django.test import Client

from bik.accounts.models import User
from bik.moderation import services
from bik.moderation.models import ModeratedItem
from bik.youth import services as youth
from tests.youth.conftest import make_coordinator, make_youth, trusted

REASON = "Please do not share phone numbers here, for your safety."
LONG_BODY = "Call me on 06 12 34 56 78 " + "and this is the rest of a long message nobody else should read. " * 5


@pytest.fixture
def coordinator(db: None) -> User:
    return make_coordinator("c@fr.example", "FR")


def _post_by(author: User) -> ModeratedItem:
    return youth.submit_post(author, youth.national_space("FR"), kind="blog", title="Appelez-moi", body=LONG_BODY).item


@pytest.mark.django_db
@pytest.mark.parametrize("action", ["reject", "request_edit", "hide", "warn", "suspend"])
def test_the_author_gets_the_reason_by_email(
    coordinator: User, action: str, django_capture_on_commit_callbacks: Callable[..., Any]
) -> None:
    author = make_youth("lou@youth.example", "FR")
    item = _post_by(author)

    with django_capture_on_commit_callbacks(execute=True):
        services.moderate(coordinator, item, action, REASON)

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["lou@youth.example"]
    assert REASON in message.body
    html = message.alternatives[0][0]  # type: ignore[attr-defined]
    assert REASON in str(html)
    assert "youth post" in message.body  # the kind of content, in the author's (English) language


@pytest.mark.django_db
def test_the_email_waits_for_the_decision_to_be_stored(
    coordinator: User, django_capture_on_commit_callbacks: Callable[..., Any]
) -> None:
    item = _post_by(make_youth("lou@youth.example", "FR"))

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        services.moderate(coordinator, item, "reject", REASON)

    assert mail.outbox == []
    assert len(callbacks) == 1


@pytest.mark.django_db
def test_the_email_is_in_the_authors_preferred_language(
    coordinator: User, django_capture_on_commit_callbacks: Callable[..., Any]
) -> None:
    author = make_youth("lou@youth.example", "FR")
    author.preferred_language = "fr"
    author.save(update_fields=["preferred_language"])
    item = _post_by(author)

    with django_capture_on_commit_callbacks(execute=True):
        services.moderate(coordinator, item, "reject", REASON)

    message = mail.outbox[0]
    assert "publication jeunes" in message.body  # "youth post" in French
    assert f"/fr/youth/spaces/fr/posts/{item.object_id}/" in message.body
    assert message.extra_headers["Content-Language"] == "fr"


@pytest.mark.django_db
def test_an_unknown_preferred_language_falls_back_to_english(
    coordinator: User, django_capture_on_commit_callbacks: Callable[..., Any]
) -> None:
    author = make_youth("lou@youth.example", "FR")
    author.preferred_language = "tlh"
    author.save(update_fields=["preferred_language"])

    with django_capture_on_commit_callbacks(execute=True):
        services.moderate(coordinator, _post_by(author), "reject", REASON)

    assert "/en/youth/spaces/fr/posts/" in mail.outbox[0].body
    assert "youth post" in mail.outbox[0].body


@pytest.mark.django_db
def test_the_email_quotes_a_short_excerpt_only(
    coordinator: User, django_capture_on_commit_callbacks: Callable[..., Any]
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        services.moderate(coordinator, _post_by(make_youth("lou@youth.example", "FR")), "reject", REASON)

    body = mail.outbox[0].body
    assert "“Appelez-moi”" in body  # the title
    assert "nobody else should read" not in body


@pytest.mark.django_db
def test_the_excerpt_never_repeats_contact_details(
    coordinator: User, django_capture_on_commit_callbacks: Callable[..., Any]
) -> None:
    author = make_youth("lou@youth.example", "FR")
    trusted(author)
    post = youth.submit_post(author, youth.national_space("FR"), kind="blog", title="Hi", body="Salut")
    comment = youth.submit_comment(author, post.obj, "Appelle-moi au 06 12 34 56 78 ou lou@mail.example")

    with django_capture_on_commit_callbacks(execute=True):
        services.moderate(coordinator, comment.item, "reject", REASON)

    body = mail.outbox[0].body
    assert "“Appelle-moi au […] ou […]”" in body
    assert "06 12 34 56 78" not in body
    assert "lou@mail.example" not in body


@pytest.mark.django_db
def test_a_hidden_item_links_to_the_decisions_page_where_the_reason_is_shown(
    coordinator: User,
    django_capture_on_commit_callbacks: Callable[..., Any],
    client_for: Callable[[User], Client],
) -> None:
    author = make_youth("lou@youth.example", "FR")
    trusted(author)
    item = youth.submit_post(author, youth.national_space("FR"), kind="blog", title="Hi", body="Hello all").item

    with django_capture_on_commit_callbacks(execute=True):
        services.moderate(coordinator, item, "hide", "Off topic for this space.")

    assert "/en/moderation/reports/" in mail.outbox[0].body
    page = client_for(author).get("/en/moderation/reports/").content.decode()
    assert "Decisions about what you wrote" in page
    assert "Off topic for this space." in page


@pytest.mark.django_db
def test_approving_without_a_reason_sends_nothing(
    coordinator: User, django_capture_on_commit_callbacks: Callable[..., Any]
) -> None:
    item = _post_by(make_youth("lou@youth.example", "FR"))

    with django_capture_on_commit_callbacks(execute=True):
        services.moderate(coordinator, item, "approve")

    assert mail.outbox == []


@pytest.mark.django_db
def test_a_suspension_email_says_until_when(
    coordinator: User, django_capture_on_commit_callbacks: Callable[..., Any]
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        services.moderate(coordinator, _post_by(make_youth("lou@youth.example", "FR")), "suspend", REASON)

    assert "you cannot write until" in mail.outbox[0].body
    assert "Your account cannot write for a while" in mail.outbox[0].subject
