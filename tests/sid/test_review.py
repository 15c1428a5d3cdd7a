"""The review of submissions: each goes to its country's organisers (national centre coordinators, a SID
committee, or the network's SID team); approval publishes, return needs a reason; the supporter is told either
way. Deny by default: everyone else is refused."""

from __future__ import annotations

from typing import Any

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied

from bik.accounts.models import User
from bik.sid.models import Status
from bik.sid.services import approve_submission, reject_submission, review_queue_for, reviewers_for
from tests.conftest import Cast
from tests.factories.sid import CountryOrganiserFactory, CountryProfileFactory
from tests.sid.helpers import action, organiser, sid_client, supporter

pytestmark = pytest.mark.django_db

CAST_ROLES = ["subscriber", "youth_member", "youth_coordinator", "sic_member", "moderator", "editor", "member"]


@pytest.mark.usefixtures("edition")
def test_a_national_coordinator_sees_their_countrys_queue() -> None:
    portugal = organiser("PT")
    mine = action(supporter("PT"), title="Portuguese item")
    other = action(supporter("BE"), title="Belgian item")

    body = sid_client(portugal).get("/en/review/").content.decode()

    assert "Portuguese item" in body
    assert "Belgian item" not in body
    assert set(review_queue_for(portugal)) >= {mine}
    assert other not in review_queue_for(portugal)


@pytest.mark.usefixtures("edition")
def test_the_organiser_approves_and_the_item_is_public_and_the_supporter_told(
    django_capture_on_commit_callbacks: Any,
) -> None:
    portugal = organiser("PT")
    item = action(supporter("PT"), title="Approve me")

    with django_capture_on_commit_callbacks(execute=True):
        response = sid_client(portugal).post(f"/en/review/{item.pk}/", {"decision": "approve"})

    assert response.status_code == 302
    item.refresh_from_db()
    assert item.status == Status.APPROVED
    assert item.reviewed_by == portugal
    assert sid_client().get(f"/en/gallery/{item.pk}/").status_code == 200
    assert "Approve me" in sid_client().get("/en/countries/pt/").content.decode()
    message = mail.outbox[-1]
    assert item.supporter.user is not None
    assert message.to == [item.supporter.user.email]
    assert "Published" in message.subject


@pytest.mark.usefixtures("edition")
def test_returning_needs_a_reason_and_tells_the_supporter_why(django_capture_on_commit_callbacks: Any) -> None:
    portugal = organiser("PT")
    item = action(supporter("PT"), title="Return me")
    client = sid_client(portugal)

    empty = client.post(f"/en/review/{item.pk}/", {"decision": "reject", "reason": ""})
    assert empty.status_code == 400
    assert "This field is required." in empty.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/en/review/{item.pk}/", {"decision": "reject", "reason": "Please add the room number."})

    item.refresh_from_db()
    assert item.status == Status.REJECTED
    assert item.rejection_reason == "Please add the room number."
    assert "Please add the room number." in mail.outbox[-1].body
    assert f"/en/supporters/submissions/{item.pk}/edit/" in mail.outbox[-1].body
    assert sid_client().get(f"/en/gallery/{item.pk}/").status_code == 404


@pytest.mark.usefixtures("edition")
def test_a_sid_committee_reviews_a_country_without_a_centre() -> None:
    CountryProfileFactory.create(country="AR", committee_name="Comité SID Argentina")
    member = CountryOrganiserFactory.create(country="AR").user
    item = action(supporter("AR"))

    assert list(reviewers_for("AR")) == [member]
    approve_submission(member, item)
    assert item.status == Status.APPROVED


@pytest.mark.usefixtures("edition")
def test_the_network_sid_team_reviews_countries_without_organisers(cast: Cast) -> None:
    item = action(supporter("JP"), title="Tokyo event")

    assert cast.network_admin in reviewers_for("JP")
    assert "Tokyo event" in sid_client(cast.network_admin).get("/en/review/").content.decode()
    approve_submission(cast.network_admin, item)
    assert item.status == Status.APPROVED


@pytest.mark.usefixtures("edition")
def test_the_network_sid_team_does_not_review_countries_with_organisers(cast: Cast) -> None:
    organiser("PT")
    item = action(supporter("PT"))

    assert sid_client(cast.network_admin).get(f"/en/review/{item.pk}/").status_code == 403
    with pytest.raises(PermissionDenied):
        approve_submission(cast.network_admin, item)


@pytest.mark.usefixtures("edition")
def test_an_organiser_of_another_country_is_refused() -> None:
    belgium = organiser("BE")
    item = action(supporter("PT"))
    client = sid_client(belgium)

    assert client.get(f"/en/review/{item.pk}/").status_code == 403
    assert client.post(f"/en/review/{item.pk}/", {"decision": "approve"}).status_code == 403
    with pytest.raises(PermissionDenied):
        reject_submission(belgium, item, "no")
    item.refresh_from_db()
    assert item.status == Status.PENDING


@pytest.mark.parametrize("role", CAST_ROLES)
@pytest.mark.usefixtures("edition")
def test_other_roles_cannot_review(role: str, cast: Cast) -> None:
    user: User = getattr(cast, role)
    item = action(supporter("PT"))
    client = sid_client(user)

    assert client.get("/en/review/").status_code == 403
    assert client.get(f"/en/review/{item.pk}/").status_code == 403
    assert client.post(f"/en/review/{item.pk}/", {"decision": "approve"}).status_code == 403
    item.refresh_from_db()
    assert item.status == Status.PENDING


@pytest.mark.usefixtures("edition")
def test_supporters_cannot_review_even_their_own_items() -> None:
    owner = supporter("PT")
    item = action(owner)

    assert sid_client(owner.user).post(f"/en/review/{item.pk}/", {"decision": "approve"}).status_code == 403


@pytest.mark.usefixtures("edition")
def test_anonymous_visitors_are_sent_to_sign_in() -> None:
    item = action(supporter("PT"))
    for path in ("/en/review/", f"/en/review/{item.pk}/", "/en/countries/pt/edit/"):
        response = sid_client().get(path)
        assert response.status_code == 302
        assert response["Location"].startswith("/en/accounts/login/")


def test_a_country_organiser_edits_the_country_page() -> None:
    portugal = organiser("PT")
    assert "Edit this country page" in sid_client(portugal).get("/en/countries/pt/").content.decode()

    response = sid_client(portugal).post(
        "/en/countries/pt/edit/",
        {
            "intro": "Celebrate with us in Porto.",
            "contact_name": "Ana",
            "contact_email": "ana@pt.example",
            "contact_website": "",
        },
    )

    assert response.status_code == 302
    body = sid_client().get("/en/countries/pt/").content.decode()
    assert "Celebrate with us in Porto." in body
    assert "ana@pt.example" in body


def test_a_bad_contact_email_is_explained_and_kept() -> None:
    response = sid_client(organiser("PT")).post(
        "/en/countries/pt/edit/",
        {"intro": "Hi", "contact_name": "", "contact_email": "not-an-email", "contact_website": ""},
    )

    assert response.status_code == 200
    assert "Enter a valid email address." in response.content.decode()
    assert 'value="not-an-email"' in response.content.decode()


@pytest.mark.parametrize("role", [*CAST_ROLES, "network_admin"])
def test_other_roles_cannot_edit_a_country_page(role: str, cast: Cast) -> None:
    organiser("PT")
    client = sid_client(getattr(cast, role))

    assert client.get("/en/countries/pt/edit/").status_code == 403
    assert client.post("/en/countries/pt/edit/", {"intro": "Defaced"}).status_code == 403
    assert "Edit this country page" not in client.get("/en/countries/pt/").content.decode()


def test_an_organiser_of_another_country_cannot_edit_the_page() -> None:
    assert sid_client(organiser("BE")).post("/en/countries/pt/edit/", {"intro": "Defaced"}).status_code == 403


@pytest.mark.usefixtures("edition")
def test_the_review_queue_needs_the_same_queries_for_few_and_many_items() -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    portugal = organiser("PT")
    action(supporter("PT"))
    client = sid_client(portugal)
    client.get("/en/review/")
    with CaptureQueriesContext(connection) as few:
        client.get("/en/review/")
    for number in range(10):
        action(supporter("PT", name=f"School {number}"), title=f"Item {number}")
    with CaptureQueriesContext(connection) as many:
        client.get("/en/review/")

    assert len(many) == len(few)
