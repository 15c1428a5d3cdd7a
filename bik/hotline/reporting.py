"""Figures about a hotline's reports (aggregates only, small counts suppressed), the JSON interchange format of
one report, and deleting reports after the retention period."""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import Exists, OuterRef, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from django_countries import countries

from bik.hotline.models import Assessment, Outcome, Report, ReportedUrl, Stage, TimelineEvent
from bik.network.countries import name_key
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
    duplicate_share: str  # a percentage, or a dash when there are too few reports to say
    outcomes: list[tuple[str, str]]
    median_hours_to_assessment: float | None
    median_hours_notice_to_removal: float | None
    label: str = ""


@dataclass(frozen=True)
class _Url:
    pk: int
    report_id: int
    received_at: dt.datetime
    duplicate: bool  # the same canonical address is in another report, in any hotline


@dataclass(frozen=True)
class _Assessment:
    url_id: int
    outcome: str
    hosting_country: str
    at: dt.datetime


def _median_hours(pairs: list[tuple[dt.datetime, dt.datetime]]) -> float | None:
    spans = [(end - start).total_seconds() / 3600 for start, end in pairs if end >= start]
    return round(statistics.median(spans), 1) if len(spans) >= SUPPRESS_BELOW else None


def _urls(reported: QuerySet[ReportedUrl]) -> list[_Url]:
    elsewhere = ReportedUrl.objects.filter(canonical=OuterRef("canonical")).exclude(report_id=OuterRef("report_id"))
    rows = reported.annotate(duplicate=Exists(elsewhere)).values_list(
        "pk", "report_id", "report__created_at", "duplicate"
    )
    return [_Url(*row) for row in rows]


def _assessments(assessments: QuerySet[Assessment]) -> list[_Assessment]:
    rows = assessments.order_by("created_at", "pk").values_list("url_id", "outcome", "hosting_country", "created_at")
    return [_Assessment(*row) for row in rows]


def _takedowns(events: QuerySet[TimelineEvent]) -> dict[int, tuple[dt.datetime, dt.datetime]]:
    """For each URL with a notice and a removal: the first of each."""
    notices: dict[int, dt.datetime] = {}
    removals: dict[int, dt.datetime] = {}
    rows = events.filter(stage__in=(Stage.NOTICE_SENT, Stage.REMOVED)).order_by("at", "pk")
    for url_id, stage, at in rows.values_list("url_id", "stage", "at"):
        (notices if stage == Stage.NOTICE_SENT else removals).setdefault(url_id, at)
    return {url_id: (notices[url_id], removed) for url_id, removed in removals.items() if url_id in notices}


def _summarise(
    urls: list[_Url],
    assessments: list[_Assessment],
    takedowns: dict[int, tuple[dt.datetime, dt.datetime]],
    label: str = "",
) -> HotlineFigures:
    """The figures of one set of reported URLs. Shares and medians resting on fewer than 5 reports are not
    shown; counts under 5 are shown as "<5"."""
    report_count = len({url.report_id for url in urls})
    enough = report_count >= SUPPRESS_BELOW
    received = {url.pk: url.received_at for url in urls}
    duplicates = sum(url.duplicate for url in urls)
    share = f"{round(100 * duplicates / len(urls))}%" if enough and len(urls) >= SUPPRESS_BELOW else "–"
    outcomes = Counter(assessment.outcome for assessment in assessments)
    first_assessed: dict[int, dt.datetime] = {}
    for assessment in assessments:
        if assessment.url_id in received:
            first_assessed.setdefault(assessment.url_id, assessment.at)
    return HotlineFigures(
        reports=shown(report_count),
        urls=shown(len(urls)),
        duplicate_share=share,
        outcomes=[(str(outcome.label), shown(outcomes[outcome.value])) for outcome in Outcome],
        median_hours_to_assessment=_median_hours([(received[pk], at) for pk, at in first_assessed.items()])
        if enough
        else None,
        median_hours_notice_to_removal=_median_hours(list(takedowns.values())) if enough else None,
        label=label,
    )


def figures(hotline: Centre) -> HotlineFigures:
    """One hotline's figures: the reports made to it, its own assessments and notice-and-takedown steps."""
    return _summarise(
        _urls(ReportedUrl.objects.filter(report__hotline=hotline)),
        _assessments(Assessment.objects.filter(hotline=hotline)),
        _takedowns(TimelineEvent.objects.filter(hotline=hotline)),
        label=str(hotline.country.name),
    )


@dataclass(frozen=True)
class Period:
    year: int | None = None
    quarter: int | None = None  # without a year: that quarter of every year

    def reports(self) -> QuerySet[Report]:
        reports = Report.objects.all()
        if self.year:
            reports = reports.filter(created_at__year=self.year)
        if self.quarter:
            reports = reports.filter(created_at__quarter=self.quarter)
        return reports


def network_figures(period: Period | None = None) -> list[HotlineFigures]:
    """Figures for the whole network, then per hosting country (as the last analyst to name one determined
    it), for the reports received in the period. Five queries, however many reports there are."""
    reported = ReportedUrl.objects.filter(report__in=(period or Period()).reports())
    urls = _urls(reported)
    assessments = _assessments(Assessment.objects.filter(url__in=reported))
    takedowns = _takedowns(TimelineEvent.objects.filter(url__in=reported))
    rows = [_summarise(urls, assessments, takedowns, label=str(_("Whole network")))]
    hosted_in: dict[int, str] = {}
    for assessment in assessments:
        if assessment.hosting_country:
            hosted_in[assessment.url_id] = assessment.hosting_country
    by_country = sorted({*hosted_in.values()}, key=lambda code: name_key(str(countries.name(code))))
    for code in by_country:
        ids = {pk for pk, hosted in hosted_in.items() if hosted == code}
        rows.append(
            _summarise(
                [url for url in urls if url.pk in ids],
                [assessment for assessment in assessments if assessment.url_id in ids],
                {pk: pair for pk, pair in takedowns.items() if pk in ids},
                label=str(countries.name(code)),
            )
        )
    return rows


def report_years() -> list[int]:
    return [day.year for day in Report.objects.dates("created_at", "year")]


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
