"""A week of demo usage counts (marked as demo) so the editors' and centres' reports show something: page views,
downloads of the demo resources' files, video plays and a few searches that found nothing."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from django.db.models import Max
from django.utils import timezone

from bik.analytics.models import DailyCount, Kind, Source
from bik.demo.registry import demo_ids, mark_demo
from bik.pages.models import HomePage
from bik.resources.models import ResourceLanguageVersion
from bik.videos.models import Video

PAGES = ("/en/", "/en/portal/resources/", "/en/portal/videos/", "/en/impact/", "/fr/", "/de/", "/en/centres/")
FAILED_SEARCHES = ("deepfake nudes", "roblox parental controls", "sextortion help", "bereal privacy")


def load(home: HomePage, out: Any = None) -> None:
    if DailyCount.objects.filter(pk__in=demo_ids(DailyCount)).exists():
        return
    rng = random.Random(18)  # noqa: S311 -- demo figures, not secrets
    today = timezone.localdate()
    files = list(
        ResourceLanguageVersion.objects.filter(document__isnull=False, resource__is_original=True)
        .values_list("resource_id", "language")
        .order_by("resource_id", "language")[:20]
    )
    videos = list(Video.objects.filter(live=True).values_list("pk", flat=True).order_by("pk")[:10])
    rows = []
    for days_ago in range(7):
        day = today - dt.timedelta(days=days_ago)
        rows += [DailyCount(kind=Kind.PAGE, day=day, subject=path, count=rng.randint(5, 400)) for path in PAGES]
        rows += [
            DailyCount(kind=Kind.DOWNLOAD, day=day, object_id=resource, language=language, count=rng.randint(1, 30))
            for resource, language in files
        ]
        rows += [DailyCount(kind=Kind.VIDEO, day=day, object_id=video, count=rng.randint(1, 25)) for video in videos]
        rows += [
            DailyCount(
                kind=Kind.FAILED_SEARCH,
                day=day,
                subject=words,
                language="en",
                source=rng.choice((Source.SITE, Source.RESOURCES)),
                count=rng.randint(1, 9),
            )
            for words in FAILED_SEARCHES
        ]
    # A count the site already made for the same day and subject stays as it is (and is not demo).
    before = DailyCount.objects.aggregate(last=Max("pk"))["last"] or 0
    DailyCount.objects.bulk_create(rows, ignore_conflicts=True)
    mark_demo(DailyCount.objects.filter(pk__gt=before, day__gte=today - dt.timedelta(days=6)))
    if out is not None:
        out.write(f"Demo usage counts ready ({len(rows)} rows over 7 days).")
