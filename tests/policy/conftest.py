from __future__ import annotations

import functools
from dataclasses import dataclass
from decimal import Decimal

import pytest

from bik.accounts.models import User
from bik.policy.models import AnswerType, CountryReturn, Pillar, Questionnaire, Status
from bik.policy.services import prefill_from_previous_year
from tests.conftest import Cast
from tests.factories.policy import (
    AnswerFactory,
    CountryReturnFactory,
    IndicatorFactory,
    PolicyContactFactory,
    QuestionnaireFactory,
)


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


# Each published return's answers, by year and country: a choice, or a number (the links to the strategy are made
# from the country and the year). Every answer is published but Ireland's of 2026, a draft.
COUNTRIES = ("DE", "FR", "IE")
ANSWERS: dict[tuple[int, str], dict[str, str | int]] = {
    (2025, "DE"): {"age-verification-law": "yes", "hotline-reports": 60, "digital-education-hours": 40},
    (2025, "FR"): {"age-verification-law": "partly", "hotline-reports": 40, "digital-education-hours": 30},
    (2025, "IE"): {"age-verification-law": "no", "hotline-reports": 80, "digital-education-hours": 20},
    (2026, "DE"): {
        "age-verification-law": "yes",
        "hotline-reports": 65,
        "digital-education-hours": 2,
        "ai-guidance": "yes",
    },
    (2026, "FR"): {
        "age-verification-law": "yes",
        "hotline-reports": 45,
        "digital-education-hours": 1,
        "ai-guidance": "partly",
    },
}


@dataclass
class Monitor:
    last_year: Questionnaire  # 2025
    this_year: Questionnaire  # 2026
    irish_draft: CountryReturn


def _questionnaire(year: int) -> Questionnaire:
    """The year's questions, in their order. From 2026 the teaching hours are asked a week instead of a school
    year (a new version, so not comparable with 2025's), and one question is new."""
    questionnaire = QuestionnaireFactory.create(year=year, demo=True)
    protection = functools.partial(IndicatorFactory.create, questionnaire=questionnaire, pillar=Pillar.PROTECTION)
    education = functools.partial(
        IndicatorFactory.create, questionnaire=questionnaire, pillar=Pillar.EMPOWERMENT, section="Education"
    )
    protection(key="age-verification-law", section="Laws and regulation", question="Age verification required by law")
    protection(
        key="strategy-links",
        section="Strategy",
        question="Links to the national strategy documents",
        answer_type=AnswerType.LINKS,
    )
    protection(
        key="hotline-reports",
        section="Support services",
        question="Reports handled by the hotline last year",
        answer_type=AnswerType.NUMBER,
        unit="reports",
    )
    hours = {"key": "digital-education-hours", "answer_type": AnswerType.NUMBER, "unit": "hours"}
    if year < 2026:
        education(**hours, question="Hours of digital literacy teaching a school year")
    else:
        education(**hours, question="Hours of digital literacy teaching a week", version=2)
        education(key="ai-guidance", question="Guidance for schools on generative AI")
    return questionnaire


def _published_return(questionnaire: Questionnaire, country: str) -> CountryReturn:
    country_return = CountryReturnFactory.create(questionnaire=questionnaire, country=country)
    given = ANSWERS[(questionnaire.year, country)]
    for indicator in questionnaire.indicators.all():
        value = given.get(indicator.key)
        if indicator.answer_type == AnswerType.LINKS:
            links = f"https://example.org/{country.lower()}/strategy-{questionnaire.year}"
            AnswerFactory.create(country_return=country_return, indicator=indicator, links=links)
        elif isinstance(value, int):
            AnswerFactory.create(country_return=country_return, indicator=indicator, number=Decimal(value))
        else:
            AnswerFactory.create(country_return=country_return, indicator=indicator, choice=value)
    return country_return


@pytest.fixture
def monitor(db: None) -> Monitor:
    """Two years of the policy monitor, recorded as demo data as the demo's are (which the public pages say):
    2025's questions, and 2026's, where one is reworded and one new; Germany's and France's answers published for
    both, Ireland's for 2025 and a draft for 2026, prefilled from 2025 where the question did not change."""
    questionnaires = {2025: _questionnaire(2025), 2026: _questionnaire(2026)}
    for answered_year, country in ANSWERS:
        _published_return(questionnaires[answered_year], country)
    irish_draft = CountryReturnFactory.create(questionnaire=questionnaires[2026], country="IE", status=Status.DRAFT)
    prefill_from_previous_year(irish_draft)
    return Monitor(questionnaires[2025], questionnaires[2026], irish_draft)


@pytest.fixture
def irish_draft(monitor: Monitor) -> CountryReturn:
    """The Irish 2026 answers: a draft, prefilled from 2025 where the question did not change."""
    return monitor.irish_draft


def year(value: int) -> Questionnaire:
    return Questionnaire.objects.get(year=value)
