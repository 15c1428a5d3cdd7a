"""Figures about a hotline's reports (aggregates only, small counts suppressed), the JSON interchange format of
one report, and deleting reports after the retention period."""

from __future__ import annotations

import datetime as dt
import statistics
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from bik.hotline.models import Assessment, Outcome, Report, ReportedUrl, Stage, TimelineEvent
from bik.network.models import Centre

SUPPRESS_BELOW = 5
INTERCHANGE_FORMAT = "bik-hotline-report/1"


def shown(count: int) -> str:
    """A count as published: under 5 is shown as "<5", so nobody can be singled out."""
    return f"<{SUPPRESS_BELOW}" if 0 < count < SUPPRESS_BELOW else str(count)


@dataclass(frozen=True)
class HotlineFigures:
    reports: str
    urls: str
    duplicate_share: str  # a percentage, or a dash when there are too few URLs to say
    outcomes: list[tuple[str, str]]
    median_hours_to_assessment: float | None
    median_hours_notice_to_removal: float | None


def _median_hours(pairs: list[tuple[dt.datetime, dt.datetime]]) -> float | None:
    spans = [(end - start).total_seconds() / 3600 for start, end in pairs if end >= start]
    return round(statistics.median(spans), 1) if len(spans) >= SUPPRESS_BELOW else None


def figures(hotline: Centre) -> HotlineFigures:
    reports = Report.objects.filter(hotline=hotline)
    urls = list(ReportedUrl.objects.filter(report__hotline=hotline).values_list("report_id", "canonical"))
    reporters_by_key: dict[str, set[int]] = {}
    for report_id, canonical in ReportedUrl.objects.filter(
        canonical__in={canonical for _id, canonical in urls}
    ).values_list("report_id", "canonical"):
        reporters_by_key.setdefault(canonical, set()).add(report_id)
    duplicates = sum(1 for report_id, canonical in urls if reporters_by_key[canonical] - {report_id})
    share = f"{round(100 * duplicates / len(urls))}%" if len(urls) >= SUPPRESS_BELOW else "–"
    assessments = Assessment.objects.filter(hotline=hotline)
    outcomes = [(str(outcome.label), shown(assessments.filter(outcome=outcome).count())) for outcome in Outcome]
    first_assessment = list(
        assessments.filter(url__report__hotline=hotline).values_list("url__report__created_at", "created_at")
    )
    events = TimelineEvent.objects.filter(hotline=hotline, stage__in=(Stage.NOTICE_SENT, Stage.REMOVED))
    notices: dict[int, dt.datetime] = {}
    removals: dict[int, dt.datetime] = {}
    for url_id, stage, at in events.values_list("url_id", "stage", "at"):
        target = notices if stage == Stage.NOTICE_SENT else removals
        target.setdefault(url_id, at)
    return HotlineFigures(
        reports=shown(reports.count()),
        urls=shown(len(urls)),
        duplicate_share=share,
        outcomes=outcomes,
        median_hours_to_assessment=_median_hours(first_assessment),
        median_hours_notice_to_removal=_median_hours(
            [(notices[url_id], removed) for url_id, removed in removals.items() if url_id in notices]
        ),
    )


def interchange(report: Report, hotline: Centre) -> dict[str, Any]:
    """One report as this hotline may pass it on (docs/hotline.md): URLs, assessments, exchange and timeline.
    Never the reporter's contact address."""
    from bik.hotline.services import visible_urls

    items = visible_urls(hotline).filter(report=report).prefetch_related("assessments", "forwards", "timeline")
    return {
        "format": INTERCHANGE_FORMAT,
        "receipt_code": report.receipt_code,
        "hotline": report.hotline.country.code,
        "received_at": report.created_at.isoformat(),
        "kind": report.kind,
        "where_seen": report.where_seen,
        "description": report.description,
        "urls": [
            {
                "url": item.text,
                "canonical": item.canonical,
                "assessments": [
                    {
                        "hotline": assessment.hotline.country.code,
                        "outcome": assessment.outcome,
                        "hosting_country": assessment.hosting_country.code or None,
                        "at": assessment.created_at.isoformat(),
                    }
                    for assessment in item.assessments.all()
                ],
                "forwards": [
                    {
                        "from": sent.from_hotline.country.code,
                        "to": "police" if sent.to_police else sent.to_hotline.country.code if sent.to_hotline else None,
                        "at": sent.created_at.isoformat(),
                    }
                    for sent in item.forwards.all()
                ],
                "timeline": [
                    {"hotline": event.hotline.country.code, "stage": event.stage, "at": event.at.isoformat()}
                    for event in item.timeline.all()
                ],
            }
            for item in items
        ],
    }


@transaction.atomic
def purge_expired(now: dt.datetime | None = None, *, dry_run: bool = False) -> int:
    """Delete reports received more than BIK_HOTLINE_RETENTION_DAYS ago (with their URLs, assessments,
    forwards and timeline). The audit log keeps its plain-value lines."""
    cutoff = (now or timezone.now()) - dt.timedelta(days=settings.BIK_HOTLINE_RETENTION_DAYS)
    expired = Report.objects.filter(created_at__lt=cutoff)
    count = expired.count()
    if not dry_run:
        expired.delete()
    return count
