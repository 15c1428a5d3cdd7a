"""A network admin opens a round; each centre enters one resource through any of its members, from the
gallery or new; each centre votes once, not for itself; votes stay secret until voting closes; then the
results, and the winner may be featured on the public page."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext

from bik.accounts.models import User
from bik.community.competition import services
from bik.community.competition.models import Entry, Phase, Round, Vote
from tests.community.blogs.helpers import close_file, make_member
from tests.community.competition.conftest import make_round, move_to
from tests.conftest import Cast
from tests.factories.resources import ResourceFactory

pytestmark = pytest.mark.django_db


def test_a_network_admin_opens_a_round(cast: Cast, client_for: Callable[[User], Client]) -> None:
    response = client_for(cast.network_admin).post(
        "/en/community/competition/new/",
        {
            "title": "Spring 2031 round",
            "description": "Resources for parents.",
            "submissions_open_on": "2031-03-01",
            "submissions_close_on": "2031-03-31",
            "voting_close_on": "2031-04-15",
        },
    )

    competition_round = Round.objects.get(title="Spring 2031 round")
    assert response.status_code == 302
    assert competition_round.phase == Phase.UPCOMING
    assert "Spring 2031 round" in client_for(cast.sic_member).get("/en/community/competition/").content.decode()


def test_wrong_dates_are_explained(cast: Cast, client_for: Callable[[User], Client]) -> None:
    response = client_for(cast.network_admin).post(
        "/en/community/competition/new/",
        {
            "title": "Backwards",
            "submissions_open_on": "2031-03-31",
            "submissions_close_on": "2031-03-01",
            "voting_close_on": "2031-02-01",
        },
    )

    html = response.content.decode()
    assert "Entries must close on or after the day they open." in html
    assert "Voting must close after entries close." in html
    assert 'value="Backwards"' in html
    assert not Round.objects.filter(title="Backwards").exists()


def test_a_member_enters_a_gallery_resource_for_the_centre(
    cast: Cast, client_for: Callable[[User], Client], open_round: Round
) -> None:
    resource = ResourceFactory.create(title="Think before you share")

    response = client_for(cast.sic_member).post(
        f"/en/community/competition/{open_round.pk}/entry/", {"resource": resource.pk}
    )

    entry = Entry.objects.get(round=open_round)
    assert response.status_code == 302
    assert entry.centre.country == "BE"
    assert entry.resource == resource
    assert entry.title == resource.title
    assert entry.link.startswith("/en/")
    assert entry.link.endswith(f"/{resource.pk}-{resource.slug}/")
    assert resource.title in client_for(cast.network_admin).get(open_round.get_absolute_url()).content.decode()


def test_a_member_describes_a_new_resource_with_a_private_file(
    cast: Cast, client_for: Callable[[User], Client], open_round: Round
) -> None:
    upload = SimpleUploadedFile("game rules.pdf", b"%PDF-1.4\n%%EOF\n", content_type="application/pdf")
    client_for(cast.sic_member).post(
        f"/en/community/competition/{open_round.pk}/entry/",
        {"title": "Card game", "description": "For classes.", "link": "example.org/game", "file": upload},
    )

    entry = Entry.objects.get(round=open_round)
    assert entry.link == "https://example.org/game"
    assert entry.file_extension == "pdf"
    download = client_for(cast.sic_member).get(f"/en/community/competition/entries/{entry.pk}/file/")
    close_file(download)
    assert download.status_code == 200
    assert download["Content-Disposition"] == 'attachment; filename="Card game.pdf"'


def test_one_entry_per_centre_which_any_member_may_change(
    cast: Cast, client_for: Callable[[User], Client], open_round: Round
) -> None:
    coordinator = make_member("lotte@cast.example", "BE")
    client_for(cast.sic_member).post(
        f"/en/community/competition/{open_round.pk}/entry/", {"title": "First", "description": "D"}
    )
    client_for(coordinator).post(
        f"/en/community/competition/{open_round.pk}/entry/", {"title": "Second", "description": "D"}
    )

    entry = Entry.objects.get(round=open_round)
    assert entry.title == "Second"
    assert entry.submitted_by == coordinator
    with pytest.raises(IntegrityError), transaction.atomic():
        Entry.objects.create(round=open_round, centre=entry.centre, title="Third", description="D")


def test_an_entry_needs_a_resource_or_a_description(
    cast: Cast, client_for: Callable[[User], Client], open_round: Round
) -> None:
    response = client_for(cast.sic_member).post(
        f"/en/community/competition/{open_round.pk}/entry/", {"title": "Only a title", "description": ""}
    )

    assert response.status_code == 400
    assert "Describe the new resource, or choose one from the gallery." in response.content.decode()
    assert 'value="Only a title"' in response.content.decode()
    assert not Entry.objects.filter(round=open_round).exists()


def test_entries_are_taken_only_while_the_round_is_open(cast: Cast, client_for: Callable[[User], Client]) -> None:
    upcoming = make_round(cast.network_admin, opened_days_ago=-3)
    voting = make_round(cast.network_admin, opened_days_ago=15, title="Voting round")

    for competition_round in (upcoming, voting):
        response = client_for(cast.sic_member).post(
            f"/en/community/competition/{competition_round.pk}/entry/", {"title": "Late", "description": "D"}
        )
        assert response.status_code == 400
        assert not Entry.objects.filter(round=competition_round).exists()


def test_each_centre_votes_once_and_not_for_itself(
    cast: Cast, client_for: Callable[[User], Client], entries: dict[str, Entry], german: User
) -> None:
    competition_round = move_to(entries["BE"].round, opened_days_ago=15)
    member = client_for(cast.sic_member)
    colleague = client_for(make_member("lotte@cast.example", "BE"))

    page = member.get(competition_round.get_absolute_url()).content.decode()
    assert f'value="{entries["FR"].pk}"' in page
    assert f'value="{entries["BE"].pk}"' not in page  # not the centre's own entry
    own = member.post(f"/en/community/competition/{competition_round.pk}/vote/", {"entry": entries["BE"].pk})
    assert own.status_code == 400
    assert "You cannot vote for your own centre&#x27;s entry." in own.content.decode()

    assert (
        member.post(f"/en/community/competition/{competition_round.pk}/vote/", {"entry": entries["FR"].pk}).status_code
        == 302
    )
    again = colleague.post(f"/en/community/competition/{competition_round.pk}/vote/", {"entry": entries["FR"].pk})

    assert again.status_code == 400
    assert "Your centre has already voted in this round." in again.content.decode()
    assert Vote.objects.filter(round=competition_round, centre__country="BE").count() == 1
    assert "Your centre voted for" in colleague.get(competition_round.get_absolute_url()).content.decode()
    with pytest.raises(IntegrityError), transaction.atomic():
        Vote.objects.create(round=competition_round, centre=entries["BE"].centre, entry=entries["FR"])


def test_votes_are_secret_until_voting_closes(
    cast: Cast, client_for: Callable[[User], Client], entries: dict[str, Entry], german: User
) -> None:
    competition_round = move_to(entries["BE"].round, opened_days_ago=15)
    services.cast_vote(german, competition_round, entries["BE"])

    for user in (cast.sic_member, cast.network_admin, german):
        page = client_for(user).get(competition_round.get_absolute_url()).content.decode()
        assert not re.search(r"\d+ votes?<", page)
        assert "Results" not in page
    with pytest.raises(services.CompetitionError):
        services.results(competition_round)


def test_results_and_the_winner_after_voting_closes(
    cast: Cast, client_for: Callable[[User], Client], entries: dict[str, Entry], german: User
) -> None:
    competition_round = move_to(entries["BE"].round, opened_days_ago=15)
    services.cast_vote(german, competition_round, entries["BE"])
    services.cast_vote(make_member("giulia@cast.example", "IT"), competition_round, entries["BE"])
    services.cast_vote(cast.sic_member, competition_round, entries["FR"])
    move_to(competition_round, opened_days_ago=30)

    results = services.results(competition_round)
    page = client_for(cast.sic_member).get(competition_round.get_absolute_url()).content.decode()

    assert [(result.entry.centre.country, result.votes, result.is_winner) for result in results] == [
        ("BE", 2, True),
        ("FR", 1, False),
    ]
    assert "2 votes" in page
    assert "1 vote" in page
    assert page.index("Winner") < page.index("Teachers&#x27; misinformation kit")
    with pytest.raises(services.CompetitionError):
        services.cast_vote(make_member("eleni@cast.example", "GR"), competition_round, entries["FR"])


def test_the_admin_features_the_winner_on_the_public_page(
    cast: Cast, client_for: Callable[[User], Client], client: Client, entries: dict[str, Entry], german: User
) -> None:
    competition_round = move_to(entries["BE"].round, opened_days_ago=15)
    services.cast_vote(german, competition_round, entries["FR"])
    move_to(competition_round, opened_days_ago=30)
    admin = client_for(cast.network_admin)
    assert "/en/competition/winners/" in admin.get("/en/community/competition/").content.decode()
    assert "Teachers&#x27; misinformation kit" not in client.get("/en/competition/winners/").content.decode()

    loser = admin.post(f"/en/community/competition/entries/{entries['BE'].pk}/feature/", follow=True)
    admin.post(f"/en/community/competition/entries/{entries['FR'].pk}/feature/", {"action": "feature"})

    assert "Only a winning entry can be featured." in loser.content.decode()
    entries["FR"].refresh_from_db()
    assert entries["FR"].is_featured
    public = client.get("/en/competition/winners/").content.decode()
    assert "Teachers&#x27; misinformation kit" in public
    assert "Slides." in public
    assert "https://example.org/kit" in public
    assert "Sextortion card game" not in public
    # No votes and no names of members on the public page.
    assert "1 vote" not in public
    assert "votes" not in public
    assert "camille" not in public.lower()
    assert competition_round.get_absolute_url() not in public

    admin.post(f"/en/community/competition/entries/{entries['FR'].pk}/feature/", {"action": "unfeature"})
    assert "Teachers&#x27; misinformation kit" not in client.get("/en/competition/winners/").content.decode()


def test_the_round_list_paginates_with_a_constant_number_of_queries(
    cast: Cast, client_for: Callable[[User], Client]
) -> None:
    member = client_for(cast.sic_member)
    for number in range(3):
        make_round(cast.network_admin, title=f"Round {number}")
    member.get("/en/community/competition/")
    with CaptureQueriesContext(connection) as few:
        member.get("/en/community/competition/")
    for number in range(25):
        make_round(cast.network_admin, title=f"More {number}")
    with CaptureQueriesContext(connection) as many:
        page = member.get("/en/community/competition/").content.decode()

    assert len(many) == len(few)
    assert 'rel="next"' in page
