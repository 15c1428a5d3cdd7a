"""Centre reporters made to order, and no demo figures in the way."""

from __future__ import annotations

import pytest

from bik.accounts.models import User
from bik.impact.models import Activity, ImpactYear
from bik.sid.models import Action
from tests.factories.impact import CentreReporterFactory


def make_reporter(email: str, country: str = "BE", *, mfa: bool = True) -> User:
    return CentreReporterFactory.create(email=email, country=country, mfa=mfa)


@pytest.fixture
def reporter(db: None) -> User:
    return make_reporter("rita@cast.example")


@pytest.fixture(autouse=True)
def _no_demo_figures(db: None) -> None:
    """The test database holds the demo figures; these tests count their own."""
    Activity.objects.all().delete()
    ImpactYear.objects.all().delete()
    Action.objects.update(schools_reached=None, participants=None)
