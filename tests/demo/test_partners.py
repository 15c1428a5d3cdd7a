"""The demo's partners: two publications of a games company, a study waiting for review; loaded once."""

from __future__ import annotations

import pytest
from django.test import Client

from bik.partners import demo as partners_demo
from bik.partners.models import Commitment, PartnerMember, PartnerOrganisation, SelfReport, Submission
from bik.research.models import Publication

pytestmark = pytest.mark.django_db


def test_the_demo_has_two_partners_and_a_study_waiting_for_review(client: Client) -> None:
    assert Publication.objects.filter(partner__slug="playfair-games", live=True).count() == 2
    waiting = Submission.objects.filter(
        state=Submission.State.SUBMITTED, organisation__slug="nordic-childrens-online-research"
    )
    assert waiting.count() == 1
    profile = client.get("/en/partners/playfair-games/").content.decode()
    assert "No paid random rewards left in any game." in profile
    assert "Loot boxes removed from one game" in profile
    assert "/en/partners/" in client.get("/en/").content.decode()
    found = client.get("/en/search/", {"q": "PlayFair"}).content.decode()
    assert "/en/partners/playfair-games/" in found


def test_loading_the_demo_again_adds_nothing() -> None:
    def counts() -> tuple[int, ...]:
        return (
            PartnerOrganisation.objects.count(),
            PartnerMember.objects.count(),
            Publication.objects.filter(partner__isnull=False).count(),
            Commitment.objects.count(),
            SelfReport.objects.count(),
        )

    before = counts()
    partners_demo.load(home=None)  # type: ignore[arg-type]  # the partners' demo needs no page
    assert counts() == before
