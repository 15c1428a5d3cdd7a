from __future__ import annotations

from dataclasses import dataclass

import pytest

from bik.accounts.models import User
from bik.accounts.roles import Role
from bik.network.models import Centre, CentreRole
from bik.policy.models import CountryReturn, Questionnaire
from tests.conftest import Cast, make_user


@dataclass
class Contacts:
    ireland: User  # the Irish national policy contact, with a second factor
    france: User  # another country's contact
    no_mfa: User  # an Irish contact who has not set up a second factor


def appoint(user: User, country: str) -> User:
    CentreRole.objects.create(
        user=user, centre=Centre.objects.get(country=country), role=CentreRole.Kind.POLICY_CONTACT
    )
    return user


@pytest.fixture
def contacts(cast: Cast) -> Contacts:
    return Contacts(
        ireland=appoint(make_user("orla@cast.example", Role.POLICY_CONTACT, mfa=True), "IE"),
        france=appoint(make_user("francois@cast.example", Role.POLICY_CONTACT, mfa=True), "FR"),
        no_mfa=appoint(make_user("nofactor@cast.example", Role.POLICY_CONTACT), "IE"),
    )


@pytest.fixture
def irish_draft(db: None) -> CountryReturn:
    """The demo's Irish 2026 answers: a draft, prefilled from 2025 where the question did not change."""
    return CountryReturn.objects.get(questionnaire__year=2026, country="IE")


def year(value: int) -> Questionnaire:
    return Questionnaire.objects.get(year=value)
