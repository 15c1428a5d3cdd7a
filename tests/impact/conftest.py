"""Centre reporters made to order, and no demo figures in the way."""

from __future__ import annotations

import pytest

from bik.accounts.models import User
from bik.accounts.roles import Role
from bik.impact.models import Activity, ImpactYear
from bik.network.models import Centre, CentreRole
from bik.sid.models import Action
from tests.conftest import make_user


def make_reporter(email: str, country: str = "BE", *, mfa: bool = True) -> User:
    user = make_user(email, Role.CENTRE_REPORTER, mfa=mfa)
    CentreRole.objects.create(
        user=user, centre=Centre.objects.get(country=country), role=CentreRole.Kind.CENTRE_REPORTER
    )
    return user


@pytest.fixture
def reporter(db: None) -> User:
    return make_reporter("rita@cast.example")


@pytest.fixture(autouse=True)
def _no_demo_figures(db: None) -> None:
    """The test database holds the demo figures; these tests count their own."""
    Activity.objects.all().delete()
    ImpactYear.objects.all().delete()
    Action.objects.update(schools_reached=None, participants=None)
