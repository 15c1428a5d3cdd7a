"""Demo impact figures, clearly marked as such: three years of activities for every demo centre (seeded, so
every run makes the same ones), reach figures on the demo Safer Internet Day actions, and the network's
targets (the two past years published on "Our impact")."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from django.utils import timezone

from bik.demo.registry import demo_ids, mark_demo
from bik.impact.models import Activity, ActivityKind, ImpactYear
from bik.network.models import Centre
from bik.pages.models import HomePage
from bik.sid.models import Action, Status

TITLES = {
    ActivityKind.EVENT: ("[Demo] Parents' evening on screen time", "[Demo] Online safety fair"),
    ActivityKind.TRAINING: ("[Demo] Teachers' training on cyberbullying", "[Demo] Youth workers' workshop"),
    ActivityKind.CAMPAIGN: ("[Demo] Sextortion awareness campaign", "[Demo] Think before you share"),
    ActivityKind.RESOURCE: ("[Demo] Lesson plan on misinformation", "[Demo] Tip sheet on privacy settings"),
}


def _activities(centre: Centre, year: int, today: dt.date, rng: random.Random) -> list[Activity]:
    made = []
    for _n in range(rng.randint(6, 12)):
        date = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
        if date > today:
            continue
        kind = rng.choice(list(ActivityKind))
        made.append(
            Activity(
                centre=centre,
                kind=kind,
                title=rng.choice(TITLES[kind]),
                date=date,
                people_reached=rng.randint(40, 4000),
                schools_reached=rng.randint(0, 60) if kind != ActivityKind.CAMPAIGN else 0,
                young_people=rng.randint(0, 300),
                resources_made=rng.randint(1, 3) if kind == ActivityKind.RESOURCE else 0,
            )
        )
    return made


def load(home: HomePage, out: Any = None) -> None:
    if Activity.objects.filter(pk__in=demo_ids(Activity)).exists():
        return
    rng = random.Random(18)  # noqa: S311 -- demo figures, not secrets
    today = timezone.localdate()
    years = range(today.year - 2, today.year + 1)
    centres = list(Centre.objects.filter(is_active=True).order_by("country"))
    activities = Activity.objects.bulk_create(
        [activity for centre in centres for year in years for activity in _activities(centre, year, today, rng)]
    )
    mark_demo(activities)
    for action in Action.objects.filter(pk__in=demo_ids(Action), status=Status.APPROVED, participants__isnull=True):
        action.schools_reached = rng.randint(1, 40)
        action.participants = rng.randint(30, 2500)
        action.save(update_fields=["schools_reached", "participants"])
    people_per_centre = 10 * 2000
    for year in years:
        impact_year, created = ImpactYear.objects.get_or_create(
            year=year,
            defaults={
                "activities": 9 * len(centres),
                "people_reached": people_per_centre * len(centres),
                "schools_reached": 250 * len(centres),
                "young_people": 1400 * len(centres),
                "resources_made": 3 * len(centres),
                "sid_schools": 60,
                "sid_participants": 5_000,
                "is_published": year < today.year,
            },
        )
        if created:
            mark_demo(impact_year)
    if out is not None:
        made = Activity.objects.filter(pk__in=demo_ids(Activity)).count()
        out.write(f"Demo impact figures ready ({made} activities).")
