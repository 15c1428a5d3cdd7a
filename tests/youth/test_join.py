"""Joining BIK Youth: age checks against the country's age of digital consent and the platform's minimum,
the email verification shared with the main sign-up, and a parent's consent by a single-use email link."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.http import HttpRequest
from django.test import Client
from django.utils import timezone

from bik.accounts.models import User
from bik.accounts.roles import Role, has_role
from bik.youth import services
from bik.youth.models import ConsentAge, YouthProfile
from tests.conftest import CommittingClient, clear_test_cache

PASSWORD = "a long and lovely passphrase 42"
THIS_YEAR = timezone.localdate().year


def _form(**overrides: Any) -> dict[str, Any]:
    data = {
        "pseudonym": "NightOwl",
        "year_of_birth": str(THIS_YEAR - 17),
        "country": "FR",
        "email": "owl@youth.example",
        "parent_email": "",
        "password1": PASSWORD,
        "password2": PASSWORD,
        "rules": "on",
    }
    data.update(overrides)
    return data


def _links(message: mail.EmailMessage) -> list[str]:
    return re.findall(r"https?://\S+", str(message.body))


@pytest.mark.django_db
def test_it_offers_the_join_form_to_anyone() -> None:
    response = CommittingClient().get("/en/youth/join/")

    assert response.status_code == 200
    assert b"Year of birth" in response.content


@pytest.mark.django_db
def test_an_older_teen_joins_with_email_verification_and_can_post_at_once() -> None:
    response = CommittingClient().post("/en/youth/join/", _form())

    assert response.status_code == 302
    user = User.objects.get(email="owl@youth.example")
    assert user.display_name == "NightOwl"
    assert has_role(user, Role.YOUTH_MEMBER)
    assert YouthProfile.objects.get(user=user).consent_status == YouthProfile.Consent.NOT_NEEDED
    assert [m.to for m in mail.outbox] == [["owl@youth.example"]]  # allauth's confirmation only
    assert "confirm" in mail.outbox[0].body.lower()


@pytest.mark.django_db
def test_below_the_consent_age_a_parent_email_is_required() -> None:
    response = CommittingClient().post("/en/youth/join/", _form(year_of_birth=str(THIS_YEAR - 14)))

    assert response.status_code == 200
    assert b"parent or carer to agree" in response.content
    assert b'value="NightOwl"' in response.content  # what was typed is kept
    assert not User.objects.filter(email="owl@youth.example").exists()


def _verify(address: str) -> None:
    """The young person follows the verification link allauth sent them."""
    message = next(m for m in mail.outbox if m.to == [address] and "/accounts/confirm-email/" in str(m.body))
    link = next(url for url in _links(message) if "/accounts/confirm-email/" in url)
    assert CommittingClient().post(link.split("testserver", 1)[1]).status_code == 302


def _parent_mails(address: str = "mum@family.example") -> list[mail.EmailMessage]:
    return [m for m in mail.outbox if m.to == [address]]


@pytest.mark.django_db
def test_below_the_consent_age_the_account_waits_and_the_parent_is_asked_only_after_verification() -> None:
    CommittingClient().post(
        "/en/youth/join/", _form(year_of_birth=str(THIS_YEAR - 14), parent_email="mum@family.example")
    )

    profile = YouthProfile.objects.get(user__email="owl@youth.example")
    assert profile.consent_status == YouthProfile.Consent.PENDING
    assert not profile.may_post
    assert _parent_mails() == [], "nobody is emailed on the word of whoever filled in the form"

    _verify("owl@youth.example")

    [parent_mail] = _parent_mails()
    profile.refresh_from_db()
    assert profile.consent_requested_at is not None
    assert "NightOwl" not in parent_mail.body, "nothing the sender typed is repeated to the parent"
    assert "NightOwl" not in parent_mail.subject
    assert "did not expect this email" in parent_mail.body
    assert "ignore it" in parent_mail.body
    assert str(THIS_YEAR - 14) in parent_mail.body
    assert "France" in parent_mail.body


@pytest.mark.django_db
def test_a_parent_address_is_emailed_at_most_once_a_day() -> None:
    CommittingClient().post(
        "/en/youth/join/", _form(year_of_birth=str(THIS_YEAR - 14), parent_email="mum@family.example")
    )
    CommittingClient().post(
        "/en/youth/join/",
        _form(
            year_of_birth=str(THIS_YEAR - 14),
            parent_email="Mum@Family.example",
            email="second@youth.example",
            pseudonym="SecondOwl",
        ),
    )
    _verify("owl@youth.example")
    _verify("second@youth.example")

    assert len(_parent_mails()) == 1
    assert _parent_mails("Mum@Family.example") == []
    second = YouthProfile.objects.get(user__email="second@youth.example")
    assert second.consent_requested_at is None
    assert second.consent_status == YouthProfile.Consent.PENDING


@pytest.mark.django_db
def test_verifying_a_second_address_does_not_email_the_parent_again() -> None:
    CommittingClient().post(
        "/en/youth/join/", _form(year_of_birth=str(THIS_YEAR - 14), parent_email="mum@family.example")
    )
    _verify("owl@youth.example")
    profile = YouthProfile.objects.select_related("user").get(user__email="owl@youth.example")
    address = EmailAddress.objects.get(user=profile.user)

    services.on_email_confirmed(sender=None, request=HttpRequest(), email_address=address)

    assert len(_parent_mails()) == 1


@pytest.mark.django_db
def test_the_parents_link_records_consent_once() -> None:
    CommittingClient().post(
        "/en/youth/join/", _form(year_of_birth=str(THIS_YEAR - 14), parent_email="mum@family.example")
    )
    _verify("owl@youth.example")
    path = urlsplit(_links(_parent_mails()[0])[0]).path
    parent = CommittingClient()

    assert parent.get(path).status_code == 200
    confirmed = parent.post(path)
    again = parent.post(path)

    assert confirmed.status_code == 200
    profile = YouthProfile.objects.get(user__email="owl@youth.example")
    assert profile.consent_status == YouthProfile.Consent.GIVEN
    assert profile.consent_given_at is not None
    assert profile.consent_text_version == services.CONSENT_TEXT_VERSION
    assert again.status_code == 400  # single use


@pytest.mark.django_db
def test_a_tampered_consent_link_is_refused() -> None:
    response = CommittingClient().post("/en/youth/consent/not-a-real-token/")

    assert response.status_code == 400
    assert b"does not work" in response.content


@pytest.mark.django_db
def test_below_the_minimum_age_sign_up_is_refused_politely() -> None:
    response = CommittingClient().post("/en/youth/join/", _form(year_of_birth=str(THIS_YEAR - 11)))

    assert response.status_code == 200
    assert b"Thanks for wanting to join" in response.content
    assert b"/en/help/" in response.content  # pointer to help and resources
    assert not User.objects.filter(email="owl@youth.example").exists()


@pytest.mark.django_db
def test_consent_ages_come_from_the_editable_table() -> None:
    assert services.consent_age("FR") == 15
    assert services.consent_age("BE") == 13
    ConsentAge.objects.filter(country="FR").update(age=16)

    assert services.join_decision(THIS_YEAR - 15, "FR").needs_parent
    assert services.consent_age("ZZ") == 16  # the default where nothing is recorded


@pytest.mark.django_db
def test_a_pseudonym_with_contact_details_is_refused() -> None:
    response = CommittingClient().post("/en/youth/join/", _form(pseudonym="snap: owl_2010"))

    assert response.status_code == 200
    assert b"without contact details" in response.content


@pytest.mark.django_db
def test_different_passwords_are_refused() -> None:
    response = CommittingClient().post("/en/youth/join/", _form(password2="something else entirely"))

    assert response.status_code == 200
    assert b"The two passwords are different." in response.content


@pytest.mark.django_db
def test_an_address_with_an_account_gets_the_same_answer_without_a_second_account(cast: Any) -> None:
    response = CommittingClient().post("/en/youth/join/", _form(email=cast.member.email))

    assert response.status_code == 302
    assert not YouthProfile.objects.filter(user=cast.member).exists()


def _signed_in_as(address: str) -> Client:
    client = CommittingClient()
    client.force_login(User.objects.get(email=address))
    return client


@pytest.mark.django_db
def test_a_young_person_whose_parent_was_not_emailed_can_ask_again_the_next_day() -> None:
    CommittingClient().post(
        "/en/youth/join/", _form(year_of_birth=str(THIS_YEAR - 14), parent_email="mum@family.example")
    )
    CommittingClient().post(
        "/en/youth/join/",
        _form(year_of_birth=str(THIS_YEAR - 14), parent_email="mum@family.example", email="second@youth.example"),
    )
    _verify("owl@youth.example")
    _verify("second@youth.example")
    second = _signed_in_as("second@youth.example")
    home = second.get("/en/youth/spaces/").content.decode()
    assert "We have not emailed your parent or carer" in home
    assert "/en/youth/parent/ask/" in home

    refused_today = second.post("/en/youth/parent/ask/", follow=True)
    assert "Please try again tomorrow" in refused_today.content.decode()
    assert len(_parent_mails()) == 1

    clear_test_cache()  # a day later: the once-a-day count per parent address has expired
    second.post("/en/youth/parent/ask/")

    assert len(_parent_mails()) == 2
    assert YouthProfile.objects.get(user__email="second@youth.example").consent_requested_at is not None
    assert "/en/youth/parent/ask/" not in second.get("/en/youth/spaces/").content.decode()


@pytest.mark.django_db
def test_asking_again_is_only_for_young_people_waiting_for_consent(cast: Any) -> None:
    anonymous = CommittingClient().post("/en/youth/parent/ask/")
    assert anonymous.status_code == 302
    assert "/accounts/login/" in anonymous["Location"]
    for user in (cast.youth_member, cast.member, cast.sic_member, cast.network_admin):
        client = CommittingClient()
        client.force_login(user)
        assert client.post("/en/youth/parent/ask/").status_code == 404
    assert mail.outbox == []
