"""Joining BIK Youth: age checks against the country's age of digital consent and the platform's minimum,
the email verification shared with the main sign-up, and a parent's consent by a single-use email link."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from bik.accounts.models import User
from bik.accounts.roles import Role, has_role
from bik.youth import services
from bik.youth.models import ConsentAge, YouthProfile

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
    response = Client().get("/en/youth/join/")

    assert response.status_code == 200
    assert b"Year of birth" in response.content


@pytest.mark.django_db
def test_an_older_teen_joins_with_email_verification_and_can_post_at_once() -> None:
    response = Client().post("/en/youth/join/", _form())

    assert response.status_code == 302
    user = User.objects.get(email="owl@youth.example")
    assert user.display_name == "NightOwl"
    assert has_role(user, Role.YOUTH_MEMBER)
    assert YouthProfile.objects.get(user=user).consent_status == YouthProfile.Consent.NOT_NEEDED
    assert [m.to for m in mail.outbox] == [["owl@youth.example"]]  # allauth's confirmation only
    assert "confirm" in mail.outbox[0].body.lower()


@pytest.mark.django_db
def test_below_the_consent_age_a_parent_email_is_required() -> None:
    response = Client().post("/en/youth/join/", _form(year_of_birth=str(THIS_YEAR - 14)))

    assert response.status_code == 200
    assert b"parent or carer to agree" in response.content
    assert b'value="NightOwl"' in response.content  # what was typed is kept
    assert not User.objects.filter(email="owl@youth.example").exists()


@pytest.mark.django_db
def test_below_the_consent_age_the_parent_is_asked_and_the_account_waits() -> None:
    Client().post("/en/youth/join/", _form(year_of_birth=str(THIS_YEAR - 14), parent_email="mum@family.example"))

    profile = YouthProfile.objects.get(user__email="owl@youth.example")
    assert profile.consent_status == YouthProfile.Consent.PENDING
    assert not profile.may_post
    parent_mail = next(m for m in mail.outbox if m.to == ["mum@family.example"])
    assert "NightOwl" in parent_mail.body


@pytest.mark.django_db
def test_the_parents_link_records_consent_once() -> None:
    Client().post("/en/youth/join/", _form(year_of_birth=str(THIS_YEAR - 14), parent_email="mum@family.example"))
    link = _links(next(m for m in mail.outbox if m.to == ["mum@family.example"]))[0]
    path = link.split("testserver", 1)[1]
    parent = Client()

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
    response = Client().post("/en/youth/consent/not-a-real-token/")

    assert response.status_code == 400
    assert b"does not work" in response.content


@pytest.mark.django_db
def test_below_the_minimum_age_sign_up_is_refused_politely() -> None:
    response = Client().post("/en/youth/join/", _form(year_of_birth=str(THIS_YEAR - 11)))

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
    response = Client().post("/en/youth/join/", _form(pseudonym="snap: owl_2010"))

    assert response.status_code == 200
    assert b"without contact details" in response.content


@pytest.mark.django_db
def test_different_passwords_are_refused() -> None:
    response = Client().post("/en/youth/join/", _form(password2="something else entirely"))

    assert response.status_code == 200
    assert b"The two passwords are different." in response.content


@pytest.mark.django_db
def test_an_address_with_an_account_gets_the_same_answer_without_a_second_account(cast: Any) -> None:
    response = Client().post("/en/youth/join/", _form(email=cast.member.email))

    assert response.status_code == 302
    assert not YouthProfile.objects.filter(user=cast.member).exists()
