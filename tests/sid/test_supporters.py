"""Supporters register (with email verification and a checked logo), submit events and actions for the
current edition, and edit and resubmit what was returned."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from typing import Any

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from bik.accounts.models import User
from bik.sid.models import Action, Edition, Status, Supporter
from tests.conftest import Cast
from tests.sid.helpers import action, form_data, organiser, sid_client, supporter

pytestmark = pytest.mark.django_db

PASSWORD = "a long supporter pass-phrase 2026"


def _png(width: int = 1200, height: int = 800) -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "#8a1c5c").save(buffer, format="PNG")
    return SimpleUploadedFile("logo.png", buffer.getvalue(), content_type="image/png")


def _registration(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "email": "escola@register.example",
        "password1": PASSWORD,
        "password2": PASSWORD,
        "name": "Escola Secundária de Braga",
        "kind": "school",
        "country": "PT",
        "website": "https://escola.example",
    }
    data.update(overrides)
    return data


def test_a_school_registers_and_must_verify_its_email(django_capture_on_commit_callbacks: Any) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        response = sid_client().post("/en/supporters/register/", _registration(logo=_png()))

    assert response.status_code == 302
    assert response["Location"] == "/en/supporters/register/sent/"
    supporter = Supporter.objects.get(name="Escola Secundária de Braga")
    assert supporter.kind == "school"
    assert str(supporter.country) == "PT"
    assert supporter.user is not None
    assert supporter.user.check_password(PASSWORD)
    assert not EmailAddress.objects.get(user=supporter.user).verified
    assert len(mail.outbox) == 1
    assert "/accounts/confirm-email/" in mail.outbox[0].body
    assert "sid.localhost" in mail.outbox[0].body


def test_the_logo_is_resized(django_capture_on_commit_callbacks: Any) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        sid_client().post("/en/supporters/register/", _registration(logo=_png(1600, 800)))

    supporter = Supporter.objects.get(name="Escola Secundária de Braga")
    with supporter.logo.open("rb") as stored, Image.open(stored) as logo:
        assert max(logo.size) == 400


def test_a_file_that_is_not_an_image_is_refused_and_the_form_keeps_the_input() -> None:
    fake = SimpleUploadedFile("logo.png", b"<?php echo 'hi'; ?>", content_type="image/png")

    response = sid_client().post("/en/supporters/register/", _registration(logo=fake))

    assert response.status_code == 400
    body = response.content.decode()
    assert "This file is not an image we can read." in body
    assert 'value="Escola Secundária de Braga"' in body
    assert not Supporter.objects.filter(name="Escola Secundária de Braga").exists()


def test_an_image_in_a_refused_format_is_refused() -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (10, 10)).save(buffer, format="BMP")
    upload = SimpleUploadedFile("logo.bmp", buffer.getvalue(), content_type="image/bmp")

    response = sid_client().post("/en/supporters/register/", _registration(logo=upload))

    assert "Upload a JPEG, PNG, WebP or GIF image." in response.content.decode()


def test_a_known_address_gets_the_same_answer_and_no_second_account(cast: Cast) -> None:
    response = sid_client().post("/en/supporters/register/", _registration(email=cast.member.email))

    assert response.status_code == 302
    assert response["Location"] == "/en/supporters/register/sent/"
    assert User.objects.filter(email=cast.member.email).count() == 1
    assert not Supporter.objects.filter(user=cast.member).exists()


def test_a_signed_in_member_registers_without_a_new_account(cast: Cast) -> None:
    data = {"name": "Alex", "kind": "individual", "country": "IE", "website": ""}

    response = sid_client(cast.member).post("/en/supporters/register/", data)

    assert response["Location"] == "/en/supporters/"
    assert Supporter.objects.get(user=cast.member).kind == "individual"


def test_a_supporter_submits_an_event_for_the_current_edition(
    edition: Edition, django_capture_on_commit_callbacks: Any
) -> None:
    reviewer = organiser("PT")
    owner = supporter("PT")
    with django_capture_on_commit_callbacks(execute=True):
        response = sid_client(owner.user).post("/en/supporters/submit/", form_data())

    assert response.status_code == 302
    submitted = Action.objects.get(supporter=owner)
    assert submitted.status == Status.PENDING
    assert submitted.edition == edition
    assert submitted.description == "<p>Games <strong>and</strong> talk.</p>"
    assert submitted.audience_codes == ["parents", "teens"]
    # 18:00 in Lisbon (UTC+0 in February) is 18:00 UTC.
    assert submitted.starts_at.utcoffset() is not None
    assert submitted.starts_at.astimezone().hour in {18, 19}
    assert submitted.starts_at.isoformat().startswith(edition.date.isoformat())
    assert any("To review" in message.subject and message.to == [reviewer.email] for message in mail.outbox)


@pytest.mark.usefixtures("edition")
def test_the_time_zone_of_the_event_is_respected() -> None:
    owner = supporter("PT")
    sid_client(owner.user).post("/en/supporters/submit/", form_data(timezone="America/Sao_Paulo"))

    submitted = Action.objects.get(supporter=owner)
    assert submitted.starts_at.astimezone(dt.UTC).hour == 21  # 18:00 at UTC-3


@pytest.mark.usefixtures("edition")
def test_an_event_needs_a_city_or_a_link_and_keeps_what_was_typed() -> None:
    owner = supporter("PT")

    response = sid_client(owner.user).post("/en/supporters/submit/", form_data(city="", title="Keep me"))

    assert response.status_code == 400
    body = response.content.decode()
    assert "Say in which city the event takes place." in body
    assert 'value="Keep me"' in body
    online = sid_client(owner.user).post("/en/supporters/submit/", form_data(format="online", city=""))
    assert "Give the link where people can join online." in online.content.decode()


def test_a_member_without_a_supporter_profile_is_sent_to_register(cast: Cast) -> None:
    response = sid_client(cast.member).get("/en/supporters/submit/")

    assert response["Location"] == "/en/supporters/register/"


def test_anonymous_visitors_must_sign_in_to_submit() -> None:
    for path in ("/en/supporters/", "/en/supporters/submit/"):
        response = sid_client().get(path)
        assert response.status_code == 302
        assert response["Location"].startswith("/en/accounts/login/")


@pytest.mark.usefixtures("edition")
def test_a_returned_item_can_be_edited_and_resubmitted() -> None:
    owner = supporter("PT")
    returned = action(owner, status=Status.REJECTED, rejection_reason="Add the address")
    dashboard = sid_client(owner.user).get("/en/supporters/").content.decode()
    assert "Add the address" in dashboard
    assert "Edit and resubmit" in dashboard

    response = sid_client(owner.user).post(f"/en/supporters/submissions/{returned.pk}/edit/", form_data(title="Fixed"))

    assert response.status_code == 302
    returned.refresh_from_db()
    assert returned.status == Status.PENDING
    assert returned.title == "Fixed"


@pytest.mark.parametrize("role", ["other_supporter", "member", "network_admin", "anonymous"])
@pytest.mark.usefixtures("edition")
def test_nobody_else_may_edit_a_supporters_item(role: str, cast: Cast, client_for: Callable[[User], Any]) -> None:
    item = action(supporter("PT"))
    users = {"other_supporter": supporter("PT").user, "member": cast.member, "network_admin": cast.network_admin}
    client = sid_client(users.get(role))

    response = client.post(f"/en/supporters/submissions/{item.pk}/edit/", form_data(title="Hijacked"))

    assert response.status_code == (302 if role == "anonymous" else 403)
    if role == "anonymous":
        assert response["Location"].startswith("/en/accounts/login/")
    else:
        assert response.status_code == 403
    item.refresh_from_db()
    assert item.title != "Hijacked"


@pytest.mark.usefixtures("edition")
def test_the_dashboard_needs_the_same_queries_for_few_and_many_items() -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    owner = supporter("PT")
    action(owner)
    client = sid_client(owner.user)
    client.get("/en/supporters/")
    with CaptureQueriesContext(connection) as few:
        client.get("/en/supporters/")
    for number in range(10):
        action(owner, title=f"Item {number}")
    with CaptureQueriesContext(connection) as many:
        client.get("/en/supporters/")

    assert len(many) == len(few)
