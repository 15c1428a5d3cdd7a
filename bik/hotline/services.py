"""What can be done with hotline reports: submit one, decide who may analyse which hotline's reports, assess,
forward, record notice and takedown, and count the "Report it" routes. Every analyst action writes the audit
log here, so no view or command can skip it."""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Iterable
from dataclasses import dataclass

from django.contrib.auth.models import AnonymousUser, Group
from django.db import IntegrityError, transaction
from django.db.models import F, Q, QuerySet
from django.utils import timezone

from bik.accounts.models import User
from bik.accounts.roles import Role, forget_roles
from bik.hotline.canonical import canonical_url, loose_key
from bik.hotline.models import (
    Assessment,
    Forward,
    HotlineAuditEntry,
    Outcome,
    Report,
    ReportedUrl,
    RouteCount,
    Stage,
    TimelineEvent,
)
from bik.network import access
from bik.network.models import Centre, CentreRole, Strand

# No 0/O or 1/I/L: codes are read aloud and typed back.
_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


class NotAllowedError(Exception):
    """The analyst may not act for this hotline."""


def new_receipt_code() -> str:
    raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(12))
    return "-".join(raw[i : i + 4] for i in range(0, 12, 4))


def normalise_receipt_code(text: str) -> str:
    raw = "".join(char for char in text.upper() if char.isalnum())
    return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))


# --- Public ------------------------------------------------------------------------------------------------


@transaction.atomic
def submit_report(
    hotline: Centre,
    *,
    urls: Iterable[str],
    kind: str,
    where_seen: str,
    description: str = "",
    contact_email: str = "",
    when: dt.datetime | None = None,
) -> Report:
    """Store a report: the URL text and its canonical keys only. Nothing is fetched."""
    received = when or timezone.now()
    for _attempt in range(5):
        try:
            with transaction.atomic():
                report = Report.objects.create(
                    hotline=hotline,
                    receipt_code=new_receipt_code(),
                    kind=kind,
                    where_seen=where_seen,
                    description=description.strip(),
                    contact_email=contact_email.strip(),
                    created_at=received,
                )
            break
        except IntegrityError:  # a receipt code drawn twice: draw again
            continue
    else:  # pragma: no cover -- 31^12 codes
        raise RuntimeError("could not draw a free receipt code")
    for position, text in enumerate(urls):
        canonical = canonical_url(text)
        item = ReportedUrl.objects.create(
            report=report, text=text.strip(), canonical=canonical, loose_key=loose_key(canonical), position=position
        )
        TimelineEvent.objects.create(url=item, hotline=hotline, stage=Stage.RECEIVED, at=received)
    return report


@dataclass(frozen=True)
class PublicStatus:
    received_at: dt.datetime
    url_count: int
    assessed: int
    removed: int


def public_status(code: str) -> PublicStatus | None:
    """What a reporter may know with their receipt code: counts of steps, never outcomes or addresses."""
    report = Report.objects.filter(receipt_code=normalise_receipt_code(code)).first()
    if report is None:
        return None
    urls = ReportedUrl.objects.filter(report=report)
    return PublicStatus(
        received_at=report.created_at,
        url_count=urls.count(),
        assessed=urls.filter(assessments__isnull=False).distinct().count(),
        removed=urls.filter(timeline__stage=Stage.REMOVED).distinct().count(),
    )


def count_route(concern: str, country: str) -> None:
    """Add one to today's count for this route; the only trace the router keeps."""
    day = timezone.localdate()
    row, _created = RouteCount.objects.get_or_create(day=day, concern=concern, country=country)
    RouteCount.objects.filter(pk=row.pk).update(count=F("count") + 1)


@dataclass(frozen=True)
class PlatformGuide:
    name: str
    url: str


def platform_guides() -> list[PlatformGuide]:
    """Guide entries (in the visitor's language) that say how to report on the platform, with their pages."""
    from wagtail.models import Locale

    from bik.guide.models import GuidePage, OnlineService

    locale = Locale.get_active()
    guide = GuidePage.objects.live().filter(locale=locale).first()
    if guide is None:
        return []
    entries = OnlineService.objects.filter(live=True, locale=locale).exclude(how_to_report="").order_by("name")
    base = guide.url or ""
    return [
        PlatformGuide(
            name=str(entry.name),
            url=base + guide.reverse_subpage("record", kwargs={"slug": entry.slug}) + "#how-to-report",
        )
        for entry in entries
    ]


# --- Who analyses what -------------------------------------------------------------------------------------


def analysed_hotlines(user: User | AnonymousUser) -> list[Centre]:
    """The hotlines this person is an analyst of, with a second factor set up; nobody else gets any."""
    return access.centres_with_role(user, (CentreRole.Kind.HOTLINE_ANALYST,))


def is_analyst_without_mfa(user: User | AnonymousUser) -> bool:
    return access.lacks_second_factor(user, (CentreRole.Kind.HOTLINE_ANALYST,))


def visible_urls(hotline: Centre) -> QuerySet[ReportedUrl]:
    """The URLs a hotline works on: those reported to it and those forwarded to it."""
    return ReportedUrl.objects.filter(Q(report__hotline=hotline) | Q(forwards__to_hotline=hotline)).distinct()


def visible_reports(hotline: Centre) -> QuerySet[Report]:
    return Report.objects.filter(urls__in=visible_urls(hotline)).distinct()


def queue(hotline: Centre) -> QuerySet[Report]:
    """Reports with at least one URL this hotline has not assessed yet, oldest first."""
    waiting = visible_urls(hotline).exclude(assessments__hotline=hotline)
    return Report.objects.filter(urls__in=waiting).distinct().select_related("hotline").order_by("created_at", "pk")


def handled(hotline: Centre) -> QuerySet[Report]:
    """Reports whose every address this hotline works on it has assessed, the newest first."""
    waiting = visible_urls(hotline).exclude(assessments__hotline=hotline)
    return (
        visible_reports(hotline)
        .exclude(pk__in=Report.objects.filter(urls__in=waiting).values("pk"))
        .select_related("hotline")
        .order_by("-created_at", "-pk")
    )


def find_report(hotline: Centre, code: str) -> Report | None:
    """The report with this receipt code among those the hotline works on (however the code was typed)."""
    return visible_reports(hotline).filter(receipt_code=normalise_receipt_code(code)).first()


def audit_log(hotline: Centre) -> QuerySet[HotlineAuditEntry]:
    """What was opened and done in this hotline's workspace, the newest first."""
    return HotlineAuditEntry.objects.filter(hotline_country=hotline.country.code).order_by("-created_at", "-pk")


def duplicates_of(item: ReportedUrl) -> tuple[list[ReportedUrl], list[ReportedUrl]]:
    """Other reports of the same address (same strict key), and possible duplicates (same loose key only),
    across every hotline of the network."""
    others = ReportedUrl.objects.exclude(report_id=item.report_id).select_related("report__hotline")
    same = list(others.filter(canonical=item.canonical).order_by("report__created_at"))
    possible = list(
        others.filter(loose_key=item.loose_key).exclude(canonical=item.canonical).order_by("report__created_at")
    )
    return same, possible


def duplicate_ids(items: Iterable[ReportedUrl]) -> set[int]:
    """Which of these URLs were also reported in another report (one query for a whole page)."""
    items = list(items)
    canonicals = {item.canonical for item in items}
    pairs = ReportedUrl.objects.filter(canonical__in=canonicals).values_list("canonical", "report_id")
    reports_by_key: dict[str, set[int]] = {}
    for canonical, report_id in pairs:
        reports_by_key.setdefault(canonical, set()).add(report_id)
    return {item.pk for item in items if reports_by_key.get(item.canonical, set()) - {item.report_id}}


# --- Analyst actions ---------------------------------------------------------------------------------------


def audit(
    analyst: User,
    hotline: Centre,
    action: str,
    *,
    report: Report | None = None,
    url: ReportedUrl | None = None,
    detail: str = "",
) -> None:
    HotlineAuditEntry.record(
        analyst,
        action,
        hotline_country=hotline.country.code,
        report_id=report.pk if report else (url.report_id if url else None),
        url_id=url.pk if url else None,
        detail=detail[:200],
    )


def _check(analyst: User, hotline: Centre, item: ReportedUrl | None = None) -> None:
    if hotline.pk not in {centre.pk for centre in analysed_hotlines(analyst)}:
        raise NotAllowedError
    if item is not None and not visible_urls(hotline).filter(pk=item.pk).exists():
        raise NotAllowedError


@transaction.atomic
def assess(
    analyst: User,
    hotline: Centre,
    item: ReportedUrl,
    *,
    outcome: str,
    hosting_country: str = "",
    when: dt.datetime | None = None,
) -> Assessment:
    _check(analyst, hotline, item)
    assessment = Assessment.objects.create(
        url=item,
        hotline=hotline,
        outcome=Outcome(outcome),
        hosting_country=hosting_country,
        analyst=analyst,
        created_at=when or timezone.now(),
    )
    TimelineEvent.objects.create(
        url=item, hotline=hotline, stage=Stage.ASSESSED, at=assessment.created_at, recorded_by=analyst
    )
    audit(analyst, hotline, "assess", url=item, detail=f"{outcome} {hosting_country}".strip())
    return assessment


@transaction.atomic
def forward(
    analyst: User,
    hotline: Centre,
    item: ReportedUrl,
    *,
    to_hotline: Centre | None,
    note: str = "",
    when: dt.datetime | None = None,
) -> Forward:
    """Pass a URL to another network hotline (None: to the national police)."""
    _check(analyst, hotline, item)
    if to_hotline is not None and to_hotline.pk == hotline.pk:
        raise NotAllowedError
    sent = Forward.objects.create(
        url=item,
        from_hotline=hotline,
        to_hotline=to_hotline,
        to_police=to_hotline is None,
        note=note.strip(),
        analyst=analyst,
        created_at=when or timezone.now(),
    )
    stage = Stage.SENT_TO_POLICE if to_hotline is None else Stage.FORWARDED
    TimelineEvent.objects.create(url=item, hotline=hotline, stage=stage, at=sent.created_at, recorded_by=analyst)
    if to_hotline is not None:
        TimelineEvent.objects.create(url=item, hotline=to_hotline, stage=Stage.RECEIVED, at=sent.created_at)
    audit(analyst, hotline, "forward", url=item, detail=to_hotline.country.code if to_hotline else "police")
    return sent


RECORDABLE_STAGES = (Stage.NOTICE_SENT, Stage.REMOVED)
ILLEGAL = (Outcome.BASELINE, Outcome.NATIONALLY_ILLEGAL)


class NotIllegalError(Exception):
    """Notice and takedown follow an assessment that found the address illegal: its latest assessment did not."""


@transaction.atomic
def record_stage(
    analyst: User, hotline: Centre, item: ReportedUrl, *, stage: str, at: dt.datetime | None = None
) -> TimelineEvent:
    _check(analyst, hotline, item)
    if stage not in RECORDABLE_STAGES:
        raise NotAllowedError
    latest = item.assessments.order_by("-created_at", "-pk").first()
    if latest is None or latest.outcome not in ILLEGAL:
        raise NotIllegalError
    event = TimelineEvent.objects.create(
        url=item, hotline=hotline, stage=Stage(stage), at=at or timezone.now(), recorded_by=analyst
    )
    audit(analyst, hotline, "record_stage", url=item, detail=stage)
    return event


def exchange_log(item: ReportedUrl) -> QuerySet[Forward]:
    return item.forwards.select_related("from_hotline", "to_hotline").order_by("created_at")


# --- Appointing analysts (network admins) ------------------------------------------------------------------


def is_network_admin(user: User | AnonymousUser) -> bool:
    """Network admins, second factor or not (the admin's own door asks for it)."""
    return access.is_network_admin(user, require_mfa=False)


def analyst_roles() -> QuerySet[CentreRole]:
    return CentreRole.objects.filter(role=CentreRole.Kind.HOTLINE_ANALYST).select_related("user", "centre")


@transaction.atomic
def appoint_analyst(admin: User, centre: Centre, person: User) -> CentreRole:
    """Make an existing account an analyst of this centre's hotline (they still need a second factor to work)."""
    if not is_network_admin(admin):
        raise NotAllowedError
    role = analyst_roles().filter(user=person, centre=centre).first()
    if role is None:
        role = CentreRole.objects.create(
            user=person, centre=centre, role=CentreRole.Kind.HOTLINE_ANALYST, strand=Strand.HOTLINE
        )
    person.groups.add(Group.objects.get(name=Role.HOTLINE_ANALYST.value))
    forget_roles(person)
    audit(admin, centre, "appoint_analyst", detail=str(person.email))
    return role


@transaction.atomic
def remove_analyst(admin: User, role: CentreRole) -> None:
    """End an analyst's appointment to one hotline; with no hotline left, they leave the analysts' group."""
    if not is_network_admin(admin) or role.role != CentreRole.Kind.HOTLINE_ANALYST:
        raise NotAllowedError
    person, centre = role.user, role.centre
    role.delete()
    if not analyst_roles().filter(user=person).exists():
        person.groups.remove(*Group.objects.filter(name=Role.HOTLINE_ANALYST.value))
        forget_roles(person)
    audit(admin, centre, "remove_analyst", detail=str(person.email))
