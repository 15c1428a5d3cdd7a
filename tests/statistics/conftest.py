from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from bik.accounts.models import User
from bik.accounts.roles import Role
from bik.network.models import Centre, CentreRole, Strand
from bik.statistics import services
from bik.statistics.models import Count, Quarter, Status, Submission
from tests.conftest import make_user


@dataclass
class Helplines:
    belgium: User
    france: User
    coordinator: User
    quarter: Quarter  # open, with nothing submitted yet


def _staff(email: str, country: str) -> User:
    user = make_user(email, Role.HELPLINE_STAFF)
    CentreRole.objects.create(
        user=user,
        centre=Centre.objects.get(country=country),
        role=CentreRole.Kind.HELPLINE_STAFF,
        strand=Strand.HELPLINE,
    )
    return user


@pytest.fixture
def helplines(db: None) -> Helplines:
    return Helplines(
        belgium=_staff("help-be@cast.example", "BE"),
        france=_staff("help-fr@cast.example", "FR"),
        coordinator=make_user("cora@cast.example", Role.STATISTICS_COORDINATOR, mfa=True),
        quarter=Quarter.objects.create(year=2035, number=1, deadline=dt.date(2035, 4, 30)),
    )


def fill(submission: Submission, values: dict[str, int], *, status: str = Status.SUBMITTED) -> Submission:
    """One row per category code, all for teenagers on chat."""
    categories = {c.code: c for c in services.current_version().categories.all()}
    Count.objects.bulk_create(
        Count(
            submission=submission,
            category=categories[code],
            age_group="12-18",
            gender="female",
            contact_by="child",
            channel="chat",
            contacts=value,
        )
        for code, value in values.items()
    )
    submission.status = status
    submission.save()
    return submission
