"""The demo's community: a competition with a featured winner and an open round; no demo youth member in it."""

from __future__ import annotations

import pytest
from django.test import Client

from bik.community.competition.models import Phase, Round
from bik.community.models import Membership
from bik.youth.models import YouthProfile

pytestmark = pytest.mark.django_db


def test_the_demo_has_a_featured_winner_and_an_open_round(client: Client) -> None:
    public = client.get("/en/competition/winners/").content.decode()

    assert "Stop, think, report: a sextortion card game" in public
    open_round = Round.objects.get(title="Autumn 2026 resource competition")
    assert open_round.phase == Phase.SUBMISSIONS
    assert open_round.entries.count() == 2


def test_no_demo_youth_member_is_a_community_member() -> None:
    both = Membership.objects.filter(
        user__youth_profile__isnull=False, status__in=(Membership.Status.PENDING, Membership.Status.APPROVED)
    )
    assert YouthProfile.objects.filter(user__email__endswith="@bik.example").exists()
    assert list(both.values_list("user__email", flat=True)) == []
