from __future__ import annotations

from dataclasses import dataclass

import pytest

from bik.accounts.models import User
from bik.policy.models import CountryReturn, Questionnaire
from tests.conftest import Cast
from tests.factories.policy import PolicyContactFactory


@dataclass
class Contacts:
    ireland: User  # the Irish national policy contact, with a second factor
    france: User  # another country's contact
    no_mfa: User  # an Irish contact who has not set up a second factor


@pytest.fixture
def contacts(cast: Cast) -> Contacts:
    return Contacts(
        ireland=PolicyContactFactory.create(email="orla@cast.example", country="IE"),
        france=PolicyContactFactory.create(email="francois@cast.example", country="FR"),
        no_mfa=PolicyContactFactory.create(email="nofactor@cast.example", country="IE", mfa=False),
    )


@pytest.fixture
def irish_draft(db: None) -> CountryReturn:
    """The demo's Irish 2026 answers: a draft, prefilled from 2025 where the question did not change."""
    return CountryReturn.objects.get(questionnaire__year=2026, country="IE")


def year(value: int) -> Questionnaire:
    return Questionnaire.objects.get(year=value)
