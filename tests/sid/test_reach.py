"""SID actions record their reach (schools, participants), rolled up by country and edition for the network's
impact figures."""

from __future__ import annotations

import pytest

from bik.impact import services as impact
from bik.sid.models import Action, Edition, Status
from tests.sid.helpers import action, form_data, sid_client, supporter

pytestmark = pytest.mark.django_db


@pytest.mark.usefixtures("edition")
def test_a_supporter_gives_the_reach_of_an_action() -> None:
    owner = supporter("PT")
    response = sid_client(owner.user).post(
        "/en/supporters/submit/", form_data(schools_reached="12", participants="340")
    )
    assert response.status_code == 302
    submitted = Action.objects.get(supporter=owner)
    assert (submitted.schools_reached, submitted.participants) == (12, 340)


@pytest.mark.usefixtures("edition")
def test_a_negative_reach_is_refused_and_the_form_keeps_the_input() -> None:
    owner = supporter("PT")
    response = sid_client(owner.user).post("/en/supporters/submit/", form_data(schools_reached="-3", title="Keep me"))
    assert response.status_code == 400
    html = response.content.decode()
    assert "greater than or equal to 0" in html
    assert 'value="Keep me"' in html
    assert not Action.objects.filter(supporter=owner).exists()


def test_reach_rolls_up_by_country_and_edition_counting_approved_actions_only(edition: Edition) -> None:
    portugal, malta = supporter("PT"), supporter("MT")
    before = {row["country"]: row for row in impact.sid_reach(edition.year)}
    action(portugal, status=Status.APPROVED, schools_reached=10, participants=200)
    action(portugal, status=Status.APPROVED, schools_reached=5, participants=None)
    action(portugal, status=Status.PENDING, schools_reached=1000, participants=1000)
    action(malta, status=Status.APPROVED, participants=40)

    rows = {row["country"]: row for row in impact.sid_reach(edition.year)}
    pt_before = before.get("PT", {"schools": 0, "participants": 0, "actions": 0})
    assert rows["PT"]["schools"] - pt_before["schools"] == 15
    assert rows["PT"]["participants"] - pt_before["participants"] == 200
    assert rows["PT"]["actions"] - pt_before["actions"] == 2
    assert all(row["edition__year"] == edition.year for row in rows.values())
