"""Demo helpline statistics: the reference category list, and twelve quarters of invented, seeded figures for
the demo centres (marked as demo). The latest quarter is left open, with the Belgian draft unsent, so the
journey of a helpline and of a coordinator can be tried; the other eleven are locked and public."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from django.db import transaction
from django.utils import timezone

from bik.demo.registry import demo_ids, mark_demo
from bik.network.models import Centre
from bik.pages.models import HomePage
from bik.statistics.models import (
    AgeGroup,
    Channel,
    ContactBy,
    Count,
    Gender,
    Quarter,
    Status,
    Submission,
)
from bik.statistics.services import current_version

DEMO_COUNTRIES = ("BE", "FR", "DE", "IE", "NL", "PL")
QUARTERS = 12
SEED = 18


def quarter_labels(today: dt.date, count: int = QUARTERS) -> list[tuple[int, int]]:
    """The `count` quarters up to and including the one that just ended, oldest first."""
    year, number = today.year, (today.month - 1) // 3  # the previous quarter
    if number == 0:
        year, number = year - 1, 4
    labels = []
    for _i in range(count):
        labels.append((year, number))
        year, number = (year, number - 1) if number > 1 else (year - 1, 4)
    return labels[::-1]


def _deadline(year: int, number: int) -> dt.date:
    end_month = 3 * number
    following = dt.date(year + (end_month // 12), end_month % 12 + 1, 1)
    return following + dt.timedelta(days=30)


@transaction.atomic
def load(home: HomePage, out: Any = None) -> None:
    version = current_version()  # the reference list, made by the site's set-up before the demos
    if Quarter.objects.filter(pk__in=demo_ids(Quarter)).exists():
        return
    categories = list(version.categories.all())
    centres = list(Centre.objects.filter(country__in=DEMO_COUNTRIES))
    rng = random.Random(SEED)  # noqa: S311 -- invented figures, not security
    weights = {c.pk: rng.uniform(0.2, 3.0) for c in categories}
    labels = quarter_labels(timezone.localdate())
    counts = []
    for position, (year, number) in enumerate(labels):
        is_last = position == len(labels) - 1
        quarter = Quarter.objects.create(
            year=year,
            number=number,
            deadline=_deadline(year, number),
            locked_at=None
            if is_last
            else timezone.make_aware(dt.datetime.combine(_deadline(year, number), dt.time(12))),
        )
        mark_demo(quarter)
        for centre in centres:
            if is_last and centre.country.code == "BE":
                continue  # the demo helpline account submits this one
            submission = Submission.objects.create(
                centre=centre, quarter=quarter, status=Status.SUBMITTED, submitted_at=timezone.now()
            )
            mark_demo(submission)
            size = rng.uniform(0.5, 2.0)
            for category in categories:
                for age in (AgeGroup.CHILD, AgeGroup.TEEN, AgeGroup.ADULT):
                    for channel in (Channel.PHONE, Channel.CHAT, Channel.EMAIL, Channel.MESSAGING):
                        value = int(rng.gauss(6, 3) * weights[category.pk] * size)
                        if value <= 0:
                            continue
                        counts.append(
                            Count(
                                submission=submission,
                                category=category,
                                age_group=age,
                                gender=rng.choice([Gender.FEMALE, Gender.MALE, Gender.FEMALE, Gender.OTHER]),
                                contact_by=ContactBy.PARENT if age == AgeGroup.ADULT else ContactBy.CHILD,
                                channel=channel,
                                contacts=value,
                            )
                        )
    Count.objects.bulk_create(counts, batch_size=2000)
    if out is not None:
        out.write(f"{len(labels)} quarters of demo helpline statistics for {len(centres)} centres.")
