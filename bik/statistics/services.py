"""What helplines and coordinators do with statistics: who may see and change what, saving drafts, parsing
and validating uploads (all or nothing), submitting, correction requests, locking with an audit log,
outlier flags, and the "latest helpline trends" draft article. Views, commands and tests all call these."""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from allauth.mfa.utils import is_mfa_enabled
from django.contrib.auth.models import AnonymousUser
from django.db import transaction
from django.db.models import Sum
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from bik.accounts.models import User
from bik.accounts.roles import Role, has_role
from bik.caching.pages import renew_after_commit
from bik.guide.models import OnlineService
from bik.network import access
from bik.network.models import Centre, CentreRole
from bik.outbox.services import send_on_commit
from bik.statistics.models import (
    AgeGroup,
    AuditEntry,
    Category,
    CategoryVersion,
    Channel,
    ContactBy,
    Count,
    Gender,
    Quarter,
    Status,
    Submission,
)

COLUMNS = ("category", "age_group", "gender", "contact_by", "channel", "platform", "contacts")
MAX_ROWS = 5000
OUTLIER_FACTOR = 3
OUTLIER_MINIMUM = 10  # below this, a tripling is noise, not a signal


class NotAllowedError(Exception):
    """The person may not do this for this centre or quarter."""


# --- Who may do what ------------------------------------------------------------------------------------------


def staffed_centres(user: User | AnonymousUser) -> list[Centre]:
    """The centres whose statistics this person enters (the second factor is checked at the workspace's door)."""
    return access.centres_with_role(
        user, (CentreRole.Kind.HELPLINE_STAFF,), require_mfa=False, account_role=Role.HELPLINE_STAFF
    )


def is_coordinator(user: User | AnonymousUser) -> bool:
    """Network coordinators (and network admins), with a second factor set up."""
    person = access.signed_in(user)
    if person is None or not (has_role(person, Role.STATISTICS_COORDINATOR) or has_role(person, Role.NETWORK_ADMIN)):
        return False
    return bool(is_mfa_enabled(person))


def coordinator_without_second_factor(user: User) -> bool:
    """A coordinator (or network admin) who has not set up the second factor the review needs."""
    return (has_role(user, Role.STATISTICS_COORDINATOR) or has_role(user, Role.NETWORK_ADMIN)) and not is_mfa_enabled(
        user
    )


def check_staff(user: User | AnonymousUser, centre: Centre) -> None:
    if centre.pk not in {c.pk for c in staffed_centres(user)}:
        raise NotAllowedError


# --- Categories -------------------------------------------------------------------------------------------------


def current_version() -> CategoryVersion:
    version = CategoryVersion.objects.order_by("-number").first()
    if version is None:
        raise CategoryVersion.DoesNotExist("No category list: run `manage.py set_up_site` or add one in the admin.")
    return cast(CategoryVersion, version)


def category_map() -> tuple[list[Category], dict[int, list[int]]]:
    """The newest version's categories, and for every category of any version the newest categories its counts
    are shown on (a split divides the count between several)."""
    versions = list(CategoryVersion.objects.order_by("number").prefetch_related("categories"))
    if not versions:
        return [], {}
    mapping: dict[int, list[int]] = {}
    for older, newer in itertools.pairwise(versions):
        newer_categories = list(newer.categories.all())
        by_code = {c.code: c for c in newer_categories}
        for old in older.categories.all():
            targets = [c.pk for c in newer_categories if old.code in c.replaced_codes]
            if not targets and old.code in by_code and not by_code[old.code].replaced_codes:
                targets = [by_code[old.code].pk]
            if not targets and "other" in by_code:
                targets = [by_code["other"].pk]
            mapping[old.pk] = targets
    latest = list(versions[-1].categories.all())
    for category in latest:
        mapping[category.pk] = [category.pk]
    # Follow chains v1 → v2 → v3 to the newest categories.
    latest_ids = {c.pk for c in latest}

    def resolve(pk: int, depth: int = 0) -> list[int]:
        if pk in latest_ids or depth > len(versions):
            return [pk] if pk in latest_ids else []
        return [final for step in mapping.get(pk, []) for final in resolve(step, depth + 1)]

    return latest, {pk: resolve(pk) for pk in mapping}


def spread(contacts: int, targets: Sequence[int]) -> list[tuple[int, int]]:
    """A count split evenly between the categories that replaced its category; the remainder goes first."""
    if not targets:
        return []
    share, remainder = divmod(contacts, len(targets))
    return [(pk, share + (1 if i < remainder else 0)) for i, pk in enumerate(targets)]


# --- Uploads ---------------------------------------------------------------------------------------------------


@dataclass
class CellError:
    row: int
    column: str
    message: str


@dataclass
class Parsed:
    rows: list[dict[str, Any]] = field(default_factory=list)
    errors: list[CellError] = field(default_factory=list)
    text: str = ""  # the upload as CSV text, kept so the person can fix it and send it again

    @property
    def is_valid(self) -> bool:
        return not self.errors and bool(self.rows)


def template_csv() -> str:
    version = current_version()
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for category in version.categories.all()[:3]:
        writer.writerow([category.code, "12-18", "female", "child", "chat", "", "0"])
    return out.getvalue()


def template_xlsx() -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.worksheets[0]
    for row in csv.reader(io.StringIO(template_csv())):
        sheet.append(row)
    lists = book.create_sheet("codes")
    lists.append(["category", "age_group", "gender", "contact_by", "channel"])
    columns = [
        [c.code for c in current_version().categories.all()],
        list(AgeGroup.values),
        list(Gender.values),
        list(ContactBy.values),
        list(Channel.values),
    ]
    for i in range(max(len(c) for c in columns)):
        lists.append([c[i] if i < len(c) else "" for c in columns])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def xlsx_to_text(data: bytes) -> str:
    """The first sheet of a workbook as CSV text; raises ValueError for anything that is not one."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a file that is not a workbook
        raise ValueError(_("This file is not an Excel workbook (.xlsx).")) from error
    sheet = book.worksheets[0]
    out = io.StringIO()
    writer = csv.writer(out)
    for row in sheet.iter_rows(values_only=True, max_row=MAX_ROWS + 2):
        writer.writerow(["" if value is None else str(value) for value in row])
    return out.getvalue()


def parse(text: str) -> Parsed:
    """Every row checked; each problem reported with its row (1 is the header) and column."""
    parsed = Parsed(text=text)
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")))
    header = [h.strip().lower() for h in next(reader, [])]
    missing = [c for c in COLUMNS if c not in header and c != "platform"]
    if missing:
        parsed.errors.append(CellError(1, ", ".join(missing), _("These columns are missing.")))
        return parsed
    categories = {c.code: c for c in current_version().categories.all()}
    platforms = {s.slug: s for s in OnlineService.objects.filter(live=True).only("pk", "slug", "name")}
    choices = {"age_group": AgeGroup, "gender": Gender, "contact_by": ContactBy, "channel": Channel}
    seen: dict[tuple[Any, ...], int] = {}
    for number, raw in enumerate(reader, start=2):
        if not any(cell.strip() for cell in raw):
            continue
        if number > MAX_ROWS + 1:
            parsed.errors.append(CellError(number, "", _("Too many rows: at most %(n)s.") % {"n": MAX_ROWS}))
            break
        values = {name: (raw[i].strip() if i < len(raw) else "") for i, name in enumerate(header)}
        row: dict[str, Any] = {}
        code = values.get("category", "")
        if code not in categories:
            parsed.errors.append(CellError(number, "category", _("Unknown category %(code)r.") % {"code": code}))
        else:
            row["category"] = categories[code]
        for column, enum in choices.items():
            value = values.get(column, "").lower()
            if value not in enum.values:
                parsed.errors.append(
                    CellError(
                        number,
                        column,
                        _("%(value)r is not one of: %(allowed)s.")
                        % {"value": value, "allowed": ", ".join(enum.values)},
                    )
                )
            row[column] = value
        slug = values.get("platform", "")
        if slug and slug not in platforms:
            parsed.errors.append(CellError(number, "platform", _("Unknown platform %(slug)r.") % {"slug": slug}))
        row["platform"] = platforms.get(slug)
        contacts = values.get("contacts", "")
        if not contacts.isdigit():
            parsed.errors.append(CellError(number, "contacts", _("Enter a whole number, 0 or more.")))
        else:
            row["contacts"] = int(contacts)
        key = (code, *(row.get(c) for c in choices), slug)
        if key in seen:
            parsed.errors.append(
                CellError(
                    number, "", _("Same combination as row %(row)s: add them up in one row.") % {"row": seen[key]}
                )
            )
        seen[key] = number
        parsed.rows.append(row)
    if not parsed.rows and not parsed.errors:
        parsed.errors.append(CellError(2, "", _("The file has no rows of figures.")))
    return parsed


# --- Submissions --------------------------------------------------------------------------------------------------


def submission_for(centre: Centre, quarter: Quarter) -> Submission:
    submission, _created = Submission.objects.get_or_create(centre=centre, quarter=quarter)
    return submission


def _snapshot(submission: Submission) -> dict[str, Any]:
    rows = submission.counts.values_list(
        "category__code", "age_group", "gender", "contact_by", "channel", "platform__slug", "contacts"
    )
    return {"status": submission.status, "total": sum(r[-1] for r in rows), "rows": [list(r) for r in rows]}


def audit(actor: User, quarter: Quarter, action: str, country: str = "", before: Any = None, after: Any = None) -> None:
    AuditEntry.record(
        actor,
        action,
        quarter=quarter.label,
        country=country,
        before=before or {},
        after=after or {},
    )


def _check_editable(user: User, submission: Submission) -> None:
    if submission.quarter.is_locked and not is_coordinator(user):
        raise NotAllowedError
    if not submission.quarter.is_locked and submission.status == Status.SUBMITTED and not is_coordinator(user):
        raise NotAllowedError


COMBINATION = ("category", "age_group", "gender", "contact_by", "channel")


def _combination(row: dict[str, Any]) -> dict[str, Any]:
    """The breakdown a row counts contacts for (the platform only where the row names one)."""
    return {**{name: row[name] for name in COMBINATION}, "platform": row.get("platform")}


@transaction.atomic
def replace_counts(user: User, submission: Submission, rows: Iterable[dict[str, Any]]) -> None:
    """Save a valid upload (or the entry form's rows) as the draft's figures, replacing the previous ones."""
    if not is_coordinator(user):
        check_staff(user, submission.centre)
    _check_editable(user, submission)
    before = _snapshot(submission) if submission.quarter.is_locked else None
    submission.counts.all().delete()
    Count.objects.bulk_create(
        Count(submission=submission, contacts=row["contacts"], **_combination(row)) for row in rows
    )
    submission.updated_at = timezone.now()
    submission.save(update_fields=["updated_at"])
    if before is not None:
        audit(user, submission.quarter, "change figures", submission.centre.country.code, before, _snapshot(submission))
        renew_after_commit("statistics")


CELL = ("category", "age_group", "gender", "contact_by", "channel", "platform")


@transaction.atomic
def correct_count(coordinator: User, submission: Submission, row: dict[str, Any], reason: str) -> tuple[int, int]:
    """A coordinator corrects one cell of a locked quarter's figures (0 removes it), with a reason. The change
    is written to the audit log (who, when, which cell, old → new, reason) and the public pages are renewed.
    Returns (old, new)."""
    if not is_coordinator(coordinator):
        raise NotAllowedError
    if not submission.quarter.is_locked:
        raise ValueError(_("This quarter is not locked: ask the helpline for a correction instead."))
    reason = reason.strip()
    if not reason:
        raise ValueError(_("Give a reason for the change."))
    combination = {name: row.get(name) for name in CELL}
    existing = submission.counts.select_for_update().filter(**combination).first()
    old = existing.contacts if existing is not None else 0
    new = int(row["contacts"])
    if existing is not None and new == 0:
        existing.delete()
    elif existing is not None:
        existing.contacts = new
        existing.save(update_fields=["contacts"])
    elif new:
        Count.objects.create(submission=submission, contacts=new, **combination)
    submission.updated_at = timezone.now()
    submission.save(update_fields=["updated_at"])
    category = row["category"]
    platform = row.get("platform")
    cell = {
        "category": category.code,
        "age_group": row["age_group"],
        "gender": row["gender"],
        "contact_by": row["contact_by"],
        "channel": row["channel"],
        "platform": platform.slug if platform is not None else "",
    }
    audit(
        coordinator,
        submission.quarter,
        "correct figure",
        submission.centre.country.code,
        before={"cell": cell, "contacts": old},
        after={"cell": cell, "contacts": new, "reason": reason},
    )
    renew_after_commit("statistics")
    return old, new


@transaction.atomic
def add_count(user: User, submission: Submission, row: dict[str, Any]) -> None:
    """The entry form: one more row, added to an existing row with the same combination."""
    check_staff(user, submission.centre)
    _check_editable(user, submission)
    existing = submission.counts.filter(**_combination(row)).first()
    if existing is not None:
        existing.contacts += row["contacts"]
        existing.save(update_fields=["contacts"])
    else:
        Count.objects.create(submission=submission, **row)
    submission.updated_at = timezone.now()
    submission.save(update_fields=["updated_at"])


@transaction.atomic
def submit(user: User, submission: Submission) -> None:
    check_staff(user, submission.centre)
    _check_editable(user, submission)
    if not submission.counts.exists():
        raise ValueError(_("Add figures before submitting."))
    submission.status = Status.SUBMITTED
    submission.submitted_at = timezone.now()
    submission.save(update_fields=["status", "submitted_at"])


def _staff_addresses(centre: Centre) -> list[str]:
    return access.role_addresses(CentreRole.Kind.HELPLINE_STAFF, centre=centre)


@transaction.atomic
def request_correction(coordinator: User, submission: Submission, reason: str) -> None:
    if not is_coordinator(coordinator):
        raise NotAllowedError
    submission.status = Status.CORRECTION
    submission.correction_reason = reason
    submission.save(update_fields=["status", "correction_reason"])
    audit(
        coordinator, submission.quarter, "request correction", submission.centre.country.code, after={"reason": reason}
    )
    if submission.quarter.is_locked:
        renew_after_commit("statistics")  # the public figures leave out submissions under correction
    body = render_to_string(
        "statistics/email/correction.txt", {"submission": submission, "reason": reason, "url": entry_path(submission)}
    )
    addresses = _staff_addresses(submission.centre)
    if addresses:
        send_on_commit(
            to=addresses, subject=_("Please correct your helpline statistics for %s") % submission.quarter, body=body
        )


def entry_path(submission: Submission) -> str:
    return reverse("statistics:entry", args=[submission.centre.country.code.lower(), submission.quarter.label])


@transaction.atomic
def lock(coordinator: User, quarter: Quarter) -> None:
    """Publish the quarter: its figures appear on the public dashboard and in open data, and a draft
    "latest helpline trends" article waits for the editors."""
    if not is_coordinator(coordinator):
        raise NotAllowedError
    if quarter.is_locked:
        return
    quarter.locked_at = timezone.now()
    quarter.locked_by = coordinator
    quarter.save(update_fields=["locked_at", "locked_by"])
    audit(coordinator, quarter, "lock")
    renew_after_commit("statistics")
    from bik.statistics.trends import create_trends_draft

    create_trends_draft(quarter)


@transaction.atomic
def unlock(coordinator: User, quarter: Quarter) -> None:
    if not is_coordinator(coordinator):
        raise NotAllowedError
    quarter.locked_at = None
    quarter.locked_by = None
    quarter.save(update_fields=["locked_at", "locked_by"])
    audit(coordinator, quarter, "unlock")
    renew_after_commit("statistics")


# --- Review -----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Flag:
    category: str
    previous: int
    current: int

    @property
    def factor(self) -> str:
        if self.previous == 0:
            return "new"
        return f"×{self.current / self.previous:.1f}"


def totals_by_category(submission_ids: Sequence[int]) -> dict[int, dict[int, int]]:
    """submission id → newest category id → contacts, with older categories mapped onto the newest."""
    _latest, mapping = category_map()
    totals: dict[int, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    rows = Count.objects.filter(submission_id__in=submission_ids).values("submission_id", "category_id")
    for row in rows.annotate(total=Sum("contacts")):
        for pk, share in spread(row["total"], mapping.get(row["category_id"], [])):
            totals[row["submission_id"]][pk] += share
    return totals


def outlier_flags(current: dict[int, int], previous: dict[int, int], names: dict[int, str]) -> list[Flag]:
    """Categories that grew or shrank threefold (or more) since the previous quarter."""
    flags = []
    for pk in sorted(set(current) | set(previous), key=lambda k: names.get(k, "")):
        now, before = current.get(pk, 0), previous.get(pk, 0)
        if max(now, before) < OUTLIER_MINIMUM:
            continue
        if now >= OUTLIER_FACTOR * before or before >= OUTLIER_FACTOR * now:
            flags.append(Flag(names.get(pk, "?"), before, now))
    return flags


def late_centres(quarter: Quarter, today: dt.date | None = None) -> list[Centre]:
    """Centres with a helpline that have not submitted by the deadline."""
    today = today or timezone.localdate()
    if today <= quarter.deadline:
        return []
    return missing_centres(quarter)


def missing_centres(quarter: Quarter) -> list[Centre]:
    done = Submission.objects.filter(quarter=quarter, status=Status.SUBMITTED).values("centre_id")
    return list(
        Centre.objects.filter(roles__role=CentreRole.Kind.HELPLINE_STAFF)
        .exclude(pk__in=done)
        .distinct()
        .order_by("country")
    )


def send_reminders(quarter: Quarter, today: dt.date | None = None) -> int:
    """Email the helpline staff of every centre that has not submitted: before the deadline a reminder, after it
    a notice that they are late. Returns how many centres were written to."""
    today = today or timezone.localdate()
    sent = 0
    with transaction.atomic():
        for centre in missing_centres(quarter):
            addresses = _staff_addresses(centre)
            if not addresses:
                continue
            body = render_to_string(
                "statistics/email/reminder.txt",
                {"centre": centre, "quarter": quarter, "late": today > quarter.deadline},
            )
            send_on_commit(to=addresses, subject=_("Helpline statistics for %s are due") % quarter, body=body)
            sent += 1
    return sent
