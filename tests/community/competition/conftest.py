from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from bik.accounts.models import User
from bik.community.competition import services
from bik.community.competition.models import Entry, Round
from tests.community.blogs.helpers import make_member
from tests.conftest import Cast


def make_round(admin: User, *, opened_days_ago: int = 5, title: str = "Autumn round") -> Round:
    """A round whose entries opened `opened_days_ago` days ago: entries are open for 10 days, voting for 10
    more (so 5 → entries open, 15 → voting, 30 → closed)."""
    today = timezone.localdate()
    opens = today - dt.timedelta(days=opened_days_ago)
    return services.open_round(
        admin,
        services.RoundDetails(
            title=title,
            description="Resources about artificial intelligence.",
            submissions_open_on=opens,
            submissions_close_on=opens + dt.timedelta(days=9),
            voting_close_on=opens + dt.timedelta(days=19),
        ),
    )


def move_to(competition_round: Round, *, opened_days_ago: int) -> Round:
    today = timezone.localdate()
    opens = today - dt.timedelta(days=opened_days_ago)
    competition_round.submissions_open_on = opens
    competition_round.submissions_close_on = opens + dt.timedelta(days=9)
    competition_round.voting_close_on = opens + dt.timedelta(days=19)
    competition_round.save()
    return competition_round


@pytest.fixture
def french(cast: Cast) -> User:
    return make_member("camille@cast.example", "FR")


@pytest.fixture
def german(cast: Cast) -> User:
    return make_member("jonas@cast.example", "DE")


@pytest.fixture
def open_round(cast: Cast) -> Round:
    return make_round(cast.network_admin)


@pytest.fixture
def entries(cast: Cast, open_round: Round, french: User) -> dict[str, Entry]:
    """A Belgian and a French entry, both new resources."""
    belgian = services.submit_entry(
        cast.sic_member, open_round, title="Sextortion card game", description="A card game for classes."
    )
    french_entry = services.submit_entry(
        french, open_round, title="Teachers' misinformation kit", description="Slides.", link="https://example.org/kit"
    )
    return {"BE": belgian, "FR": french_entry}
