"""The policy monitor: the national policy contacts, who answer their country's yearly questionnaire, and the
questionnaires, their indicators, the countries' returns and their answers."""

from __future__ import annotations

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from bik.accounts.roles import Role
from bik.demo.registry import mark_demo
from bik.network.models import CentreRole
from bik.policy.models import Answer, AnswerType, CountryReturn, Indicator, Pillar, Questionnaire, Status, YesPartlyNo
from tests.factories.network import CentrePersonFactory


class PolicyContactFactory(CentrePersonFactory):
    """The policy contact of Belgium (`country` picks another country's centre), with the second factor the role
    must have (`mfa=False` for one who has not set it up yet)."""

    class Params:
        role = Role.POLICY_CONTACT
        mfa = True
        kind = CentreRole.Kind.POLICY_CONTACT


def _record_as_demo_data(questionnaire: Questionnaire, create: bool, extracted: object, **context: object) -> None:
    if create:
        mark_demo(questionnaire)


class QuestionnaireFactory(DjangoModelFactory[Questionnaire]):
    """A questionnaire of a year far from today's (from 2100 on: tests name the years they read), of no indicator.
    `demo=True` records it as invented demo data, as the demo's questionnaires are, which every page showing it
    says."""

    class Meta:
        model = Questionnaire
        skip_postgeneration_save = True  # the demo record is a row of its own

    class Params:
        demo = False

    year = factory.Sequence(lambda number: 2100 + number)
    title = factory.LazyAttribute(lambda questionnaire: f"Policy questionnaire {questionnaire.year}")
    intro = ""
    demo_record = factory.Maybe("demo", factory.PostGeneration(_record_as_demo_data))


class IndicatorFactory(DjangoModelFactory[Indicator]):
    """A yes / partly / no question, first version, of the protection pillar's "Laws and regulation", after the
    questionnaire's earlier indicators."""

    class Meta:
        model = Indicator

    questionnaire = factory.SubFactory(QuestionnaireFactory)
    sort_order = factory.Sequence(int)
    key = factory.Sequence(lambda number: f"indicator-{number}")
    version = 1
    pillar = Pillar.PROTECTION
    section = "Laws and regulation"
    question = factory.Sequence(lambda number: f"Question {number}")
    answer_type = AnswerType.YES_PARTLY_NO


class CountryReturnFactory(DjangoModelFactory[CountryReturn]):
    """Belgium's answers (`country` picks another) to a questionnaire, published (`status` says otherwise: a return
    that is not published has no publication date). Its answers are made apart (AnswerFactory)."""

    class Meta:
        model = CountryReturn

    questionnaire = factory.SubFactory(QuestionnaireFactory)
    country = "BE"
    status = Status.PUBLISHED
    submitted_at = factory.LazyAttribute(
        lambda country_return: None if country_return.status == Status.DRAFT else timezone.now()
    )
    published_at = factory.LazyAttribute(
        lambda country_return: timezone.now() if country_return.status == Status.PUBLISHED else None
    )


class AnswerFactory(DjangoModelFactory[Answer]):
    """An answer to an indicator of the return's questionnaire (a new yes / partly / no one unless `indicator` is
    given): "yes" where the indicator asks yes, partly or no, otherwise empty until the test names its `choice`,
    `number`, `text` or `links`."""

    class Meta:
        model = Answer

    country_return = factory.SubFactory(CountryReturnFactory)
    indicator = factory.SubFactory(
        IndicatorFactory, questionnaire=factory.SelfAttribute("..country_return.questionnaire")
    )
    choice = factory.LazyAttribute(
        lambda answer: YesPartlyNo.YES if answer.indicator.answer_type == AnswerType.YES_PARTLY_NO else ""
    )
