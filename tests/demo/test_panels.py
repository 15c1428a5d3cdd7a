"""The demo's youth panel consultations: one open, one closed with its results, both in French and German."""

from __future__ import annotations

import pytest

from bik.accounts.models import User
from bik.panels import services
from bik.panels.models import Consultation

pytestmark = pytest.mark.django_db


def test_the_demo_consultations_are_in_french_and_german() -> None:
    from bik.panels.demo import CLOSED_QUESTION, OPEN_QUESTION

    for question in (OPEN_QUESTION, CLOSED_QUESTION):
        consultation = Consultation.objects.get(question=question)
        assert sorted(consultation.translations.values_list("language", flat=True)) == ["de", "fr"]
    closed = Consultation.objects.get(question=CLOSED_QUESTION)
    assert services.localised(closed, "de").options[0] == "Kurze Videos"
    assert services.localised(closed, "fr").response.startswith("Merci")
    assert services.results(closed, staff=False, language="fr").rows[0].label == "Des vidéos courtes"


def test_the_demo_youth_account_can_answer_the_open_demo_consultation() -> None:
    from bik.panels.demo import CLOSED_QUESTION, OPEN_QUESTION

    demo_youth = User.objects.get(email="youth@bik.example")
    open_one = Consultation.objects.get(question=OPEN_QUESTION)
    assert open_one.is_open
    assert services.in_audience(demo_youth, open_one)
    assert not services.has_answered(demo_youth, open_one)
    closed = Consultation.objects.get(question=CLOSED_QUESTION)
    assert closed.is_closed
    assert closed.response
    assert [row.shown for row in services.results(closed, staff=False).rows][-1] == "<5"
