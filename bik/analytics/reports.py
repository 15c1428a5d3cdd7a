"""What the counts say over a date range: top pages, downloads (per language file), video plays and searches
that found nothing. Each list is one grouped query plus one for the titles it names, however many days or rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.db.models import QuerySet, Sum
from django.utils import timezone

from bik.analytics.models import DailyCount, Kind
from bik.network.models import Centre
from bik.resources.models import Resource
from bik.videos.models import Video

TOP = 50
LONGEST_RANGE = dt.timedelta(days=366 * 3)


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date

    @classmethod
    def parse(cls, start: str | None, end: str | None, *, days: int = 30) -> Period:
        """The range asked for; a missing, unreadable or reversed range falls back to the last `days` days."""
        today = timezone.localdate()
        try:
            first = dt.date.fromisoformat(start or "")
            last = dt.date.fromisoformat(end or "")
        except ValueError:
            return cls(today - dt.timedelta(days=days - 1), today)
        if first > last or last - first > LONGEST_RANGE:
            return cls(today - dt.timedelta(days=days - 1), today)
        return cls(first, last)


def _counts(kind: Kind, period: Period) -> QuerySet[DailyCount]:
    return DailyCount.objects.filter(kind=kind, day__gte=period.start, day__lte=period.end)


def totals(period: Period) -> dict[str, int]:
    rows = (
        DailyCount.objects.filter(day__gte=period.start, day__lte=period.end)
        .values("kind")
        .annotate(total=Sum("count"))
        .order_by()
    )
    found = {row["kind"]: row["total"] for row in rows}
    return {kind.value: found.get(kind.value, 0) for kind in Kind}


def top_pages(period: Period, limit: int = TOP) -> list[dict[str, Any]]:
    return list(
        _counts(Kind.PAGE, period).values("subject").annotate(total=Sum("count")).order_by("-total", "subject")[:limit]
    )


def top_downloads(period: Period, centre: Centre | None = None, limit: int = TOP) -> list[dict[str, Any]]:
    """Downloads per resource and language file; only the centre's own resources when a centre is given."""
    counts = _counts(Kind.DOWNLOAD, period)
    if centre is not None:
        counts = counts.filter(object_id__in=Resource.objects.filter(centre=centre).values("pk"))
    rows = list(
        counts.values("object_id", "language")
        .annotate(total=Sum("count"))
        .order_by("-total", "object_id", "language")[:limit]
    )
    titles = Resource.objects.in_bulk({row["object_id"] for row in rows})
    return [{**row, "title": str(titles[row["object_id"]]) if row["object_id"] in titles else "—"} for row in rows]


def video_plays(period: Period, limit: int = TOP) -> list[dict[str, Any]]:
    rows = list(
        _counts(Kind.VIDEO, period)
        .values("object_id")
        .annotate(total=Sum("count"))
        .order_by("-total", "object_id")[:limit]
    )
    titles = Video.objects.in_bulk({row["object_id"] for row in rows})
    return [{**row, "title": str(titles[row["object_id"]]) if row["object_id"] in titles else "—"} for row in rows]


def failed_searches(period: Period, limit: int = TOP) -> list[dict[str, Any]]:
    """What people searched for and found nothing: the gaps in the site's content."""
    return list(
        _counts(Kind.FAILED_SEARCH, period)
        .values("subject", "source", "language")
        .annotate(total=Sum("count"))
        .order_by("-total", "subject")[:limit]
    )
