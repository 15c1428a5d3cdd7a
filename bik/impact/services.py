"""Logging activities, and the figures made of them: a year's totals against its targets, Safer Internet Day
reach by country and edition, the public yearly totals. Every figure is one grouped query, whatever the number
of activities, centres or years."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Count, QuerySet, Sum
from django.db.models.functions import Coalesce
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from bik.accounts.models import User
from bik.impact import access
from bik.impact.models import Activity, ImpactYear
from bik.network.models import Centre
from bik.sid.models import Action

FIGURES = ("people_reached", "schools_reached", "young_people", "resources_made")
ACTIVITY_FIELDS = ("kind", "title", "date", *FIGURES)


# --- Logging ---------------------------------------------------------------------------------------------


@transaction.atomic
def log_activity(reporter: User, centre: Centre, data: dict[str, Any]) -> Activity:
    if centre.pk not in {c.pk for c in access.reporting_centres(reporter)}:
        raise PermissionDenied("Only the centre's reporters log its activities.")
    return Activity.objects.create(centre=centre, logged_by=reporter, **{name: data[name] for name in ACTIVITY_FIELDS})


def centre_activities(centre: Centre) -> QuerySet[Activity]:
    return Activity.objects.filter(centre=centre).order_by("-date", "-pk")


@transaction.atomic
def set_targets(admin: User, year: int, data: dict[str, Any]) -> ImpactYear:
    if not access.is_network_admin(admin):
        raise PermissionDenied("Only network admins set the targets.")
    target, _created = ImpactYear.objects.update_or_create(year=year, defaults=data)
    return target


# --- Figures ---------------------------------------------------------------------------------------------


def _sums() -> dict[str, Any]:
    return {name: Coalesce(Sum(name), 0) for name in FIGURES}


def year_totals(year: int) -> dict[str, int]:
    totals: dict[str, int] = Activity.objects.filter(date__year=year).aggregate(activities=Count("pk"), **_sums())
    sid = (
        Action.objects.approved()
        .filter(edition__year=year)
        .aggregate(sid_schools=Coalesce(Sum("schools_reached"), 0), sid_participants=Coalesce(Sum("participants"), 0))
    )
    return {**totals, **sid}


def totals_by_centre(year: int) -> list[dict[str, Any]]:
    return list(
        Activity.objects.filter(date__year=year)
        .values("centre__country", "centre__name")
        .annotate(activities=Count("pk"), **_sums())
        .order_by("centre__country")
    )


def sid_reach(year: int | None = None) -> list[dict[str, Any]]:
    """Approved SID actions' reach, by edition and country (one edition when `year` is given)."""
    actions = Action.objects.approved()
    if year is not None:
        actions = actions.filter(edition__year=year)
    return list(
        actions.values("edition__year", "country")
        .annotate(
            actions=Count("pk"),
            schools=Coalesce(Sum("schools_reached"), 0),
            participants=Coalesce(Sum("participants"), 0),
        )
        .order_by("-edition__year", "country")
    )


@dataclass(frozen=True)
class Kpi:
    key: str
    label: Promise
    total: int
    target: int

    @property
    def percent(self) -> int | None:
        return round(100 * self.total / self.target) if self.target else None


KPI_LABELS: tuple[tuple[str, Promise], ...] = (
    ("activities", _("Activities")),
    ("people_reached", _("People reached")),
    ("schools_reached", _("Schools reached")),
    ("young_people", _("Young people involved")),
    ("resources_made", _("Resources made")),
    ("sid_schools", _("Schools reached on Safer Internet Day")),
    ("sid_participants", _("Safer Internet Day participants")),
)


def kpis(year: int) -> tuple[list[Kpi], ImpactYear | None]:
    totals = year_totals(year)
    target = ImpactYear.objects.filter(year=year).first()
    return [
        Kpi(key, label, totals[key], getattr(target, key, 0) if target is not None else 0) for key, label in KPI_LABELS
    ], target


def published_years() -> list[dict[str, Any]]:
    """The totals of every published year, newest first: three queries however many years."""
    years = list(ImpactYear.objects.filter(is_published=True).values_list("year", flat=True))
    if not years:
        return []
    activities = {
        row["date__year"]: row
        for row in Activity.objects.filter(date__year__in=years)
        .values("date__year")
        .annotate(activities=Count("pk"), **_sums())
        .order_by()
    }
    sid = {
        row["edition__year"]: row
        for row in Action.objects.approved()
        .filter(edition__year__in=years)
        .values("edition__year")
        .annotate(schools=Coalesce(Sum("schools_reached"), 0), participants=Coalesce(Sum("participants"), 0))
        .order_by()
    }
    empty = {"activities": 0, **dict.fromkeys(FIGURES, 0)}
    return [
        {
            "year": year,
            **{key: activities.get(year, empty)[key] for key in empty},
            "sid_schools": sid.get(year, {}).get("schools", 0),
            "sid_participants": sid.get(year, {}).get("participants", 0),
        }
        for year in sorted(years, reverse=True)
    ]


def csv_report(year: int) -> str:
    """The year's figures for funders: totals against targets, then each centre, then SID reach by country."""
    rows, _target = kpis(year)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["section", "key", "country", "total", "target", "percent_of_target"])
    for kpi in rows:
        writer.writerow(["network", kpi.key, "", kpi.total, kpi.target, "" if kpi.percent is None else kpi.percent])
    for row in totals_by_centre(year):
        for key in ("activities", *FIGURES):
            writer.writerow(["centre", key, row["centre__country"], row[key], "", ""])
    for row in sid_reach(year):
        for key in ("actions", "schools", "participants"):
            writer.writerow(["sid", key, row["country"], row[key], "", ""])
    return out.getvalue()
