"""Nothing of the competition leaks except what a network admin features: member pages and files refuse
anonymous visitors, outsiders and revoked members; only network admins run rounds."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from bik.accounts.models import User
from bik.community.competition import services
from bik.community.competition.models import Entry, Round, Vote
from tests.community.blogs.helpers import OUTSIDERS, assert_private
from tests.community.competition.conftest import move_to
from tests.conftest import Cast

pytestmark = pytest.mark.django_db
PDF = b"%PDF-1.4\n%%EOF\n"


def test_every_competition_page_and_file_is_for_members_only(
    cast: Cast, client_for: Callable[[User], Client], client: Client, open_round: Round, french: User
) -> None:
    entry = services.submit_entry(
        french,
        open_round,
        title="Kit",
        description="Slides.",
        file=SimpleUploadedFile("kit.pdf", PDF, content_type="application/pdf"),
    )
    assert_private(
        cast,
        client_for,
        client,
        index_urls=["/en/community/competition/"],
        object_urls=[
            f"/en/community/competition/{open_round.pk}/",
            f"/en/community/competition/entries/{entry.pk}/file/",
        ],
    )


@pytest.mark.parametrize("action", ["entry", "vote", "edit"])
def test_actions_refuse_outsiders(
    cast: Cast, client_for: Callable[[User], Client], client: Client, open_round: Round, action: str
) -> None:
    url = f"/en/community/competition/{open_round.pk}/{action}/"
    data = {"title": "Mine", "description": "Mine", "entry": "1"}
    assert client.post(url, data).status_code == 302
    for role in OUTSIDERS:
        assert client_for(getattr(cast, role)).post(url, data).status_code == 404
    assert not Entry.objects.filter(round=open_round).exists()


def test_members_cannot_run_rounds_or_feature_winners(
    cast: Cast, client_for: Callable[[User], Client], entries: dict[str, Entry], german: User
) -> None:
    member = client_for(cast.sic_member)
    competition_round = entries["BE"].round
    move_to(competition_round, opened_days_ago=15)
    services.cast_vote(german, competition_round, entries["BE"])
    move_to(competition_round, opened_days_ago=30)

    assert member.get("/en/community/competition/new/").status_code == 403
    assert member.post("/en/community/competition/new/", {"title": "Mine"}).status_code == 403
    assert member.get(f"/en/community/competition/{competition_round.pk}/edit/").status_code == 403
    assert member.post(f"/en/community/competition/entries/{entries['BE'].pk}/feature/").status_code == 403
    assert "Feature the winner" not in member.get(competition_round.get_absolute_url()).content.decode()
    assert not Entry.objects.filter(is_featured=True, round=competition_round).exists()
    assert Round.objects.filter(title="Mine").count() == 0


@pytest.mark.parametrize("role", ["editor", "moderator"])
def test_other_staff_read_but_do_not_run_rounds(
    cast: Cast, client_for: Callable[[User], Client], open_round: Round, role: str
) -> None:
    staff = client_for(getattr(cast, role))

    assert staff.get(open_round.get_absolute_url()).status_code == 200
    assert staff.get("/en/community/competition/new/").status_code == 403


def test_staff_without_a_centre_cannot_enter_or_vote(
    cast: Cast, client_for: Callable[[User], Client], open_round: Round, entries: dict[str, Entry]
) -> None:
    admin = client_for(cast.network_admin)

    response = admin.post(f"/en/community/competition/{open_round.pk}/entry/", {"title": "T", "description": "D"})
    move_to(open_round, opened_days_ago=15)
    vote = admin.post(f"/en/community/competition/{open_round.pk}/vote/", {"entry": entries["FR"].pk})

    assert response.status_code == 403
    assert vote.status_code == 403
    assert not Vote.objects.filter(round=open_round).exists()


def test_the_public_winners_page_is_the_only_public_competition_address(client: Client, open_round: Round) -> None:
    assert client.get("/en/competition/winners/").status_code == 200
    assert client.get("/fr/competition/winners/").status_code == 200
    assert client.get("/en/competition/").status_code == 404
    assert client.get(f"/en/competition/{open_round.pk}/").status_code == 404


def test_visitors_find_the_winners_from_the_resource_gallery(client: Client) -> None:
    gallery = client.get("/fr/portal/resources/").content.decode()

    assert 'href="/fr/competition/winners/"' in gallery


def test_admin_pages_refuse_outsiders_as_well(
    cast: Cast, client_for: Callable[[User], Client], client: Client, entries: dict[str, Entry]
) -> None:
    feature = f"/en/community/competition/entries/{entries['BE'].pk}/feature/"
    edit = f"/en/community/competition/{entries['BE'].round_id}/edit/"
    assert client.get("/en/community/competition/new/").status_code == 302
    assert client.post(feature).status_code == 302
    for role in OUTSIDERS:
        outsider = client_for(getattr(cast, role))
        assert outsider.get("/en/community/competition/new/").status_code == 403
        assert outsider.get(edit).status_code == 404
        assert outsider.post(feature).status_code == 404
    assert not Entry.objects.filter(is_featured=True, pk=entries["BE"].pk).exists()
