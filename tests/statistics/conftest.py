from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from bik.accounts.models import User
from bik.statistics import services
from bik.statistics.models import Count, Quarter, Status, Submission
from tests.factories.statistics import HelplineStaffFactory, StatisticsCoordinatorFactory


@dataclass
class Helplines:
    belgium: User
    france: User
    coordinator: User
    quarter: Quarter  # open, with nothing submitted yet


@pytest.fixture
def helplines(db: None) -> Helplines:
    return Helplines(
        belgium=HelplineStaffFactory.create(email="help-be@cast.example", country="BE"),
        france=HelplineStaffFactory.create(email="help-fr@cast.example", country="FR"),
        coordinator=StatisticsCoordinatorFactory.create(email="cora@cast.example"),
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
