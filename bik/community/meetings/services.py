"""Meetings and trainings of the network: network admins and moderators plan them (agenda, documents) and
may cancel them; members answer whether they will come and add them to their calendars."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import UploadedFile
from django.core.paginator import Page, Paginator
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from bik.accounts.models import User
from bik.accounts.roles import Role, has_role
from bik.community import access, mail
from bik.community.blogs.services import sanitise
from bik.community.files import safe_download_name, validate_document
from bik.community.meetings.models import Meeting, MeetingDocument, Rsvp
from bik.events.ical import VEvent, plain_text

PAGE_SIZE = 10
FEED_SIZE = 200


class MeetingError(Exception):
    """Something that cannot be done (answer for a past meeting, an end before the start…)."""


def can_manage(user: User) -> bool:
    """Network admins and moderators plan the network's meetings."""
    return access.is_network_admin(user) or has_role(user, Role.MODERATOR)


# --- Lists ---------------------------------------------------------------------------------------------


def _with_counts(meetings: models.QuerySet[Meeting], viewer: User) -> models.QuerySet[Meeting]:
    mine = Rsvp.objects.filter(meeting=models.OuterRef("pk"), user=viewer).values("answer")[:1]
    return meetings.annotate(
        yes_count=models.Count("rsvps", filter=models.Q(rsvps__answer=Rsvp.Answer.YES)),
        maybe_count=models.Count("rsvps", filter=models.Q(rsvps__answer=Rsvp.Answer.MAYBE)),
        my_answer=models.Subquery(mine),
    )


def upcoming(now: dt.datetime | None = None) -> models.QuerySet[Meeting]:
    """Meetings not yet over, soonest first (a meeting under way is still upcoming)."""
    return Meeting.objects.filter(ends_at__gte=now or timezone.now()).order_by("starts_at", "pk")


def past(now: dt.datetime | None = None) -> models.QuerySet[Meeting]:
    return Meeting.objects.filter(ends_at__lt=now or timezone.now()).order_by("-starts_at", "-pk")


def meetings_page(viewer: User, *, show_past: bool, number: str | int | None) -> Page[Meeting]:
    meetings = past() if show_past else upcoming()
    return Paginator(_with_counts(meetings, viewer), PAGE_SIZE).get_page(number)


@dataclass
class Attendance:
    yes: list[Rsvp] = field(default_factory=list)
    maybe: list[Rsvp] = field(default_factory=list)
    no: list[Rsvp] = field(default_factory=list)
    mine: str = ""


def attendance(meeting: Meeting, viewer: User) -> Attendance:
    answers = (
        Rsvp.objects.filter(meeting=meeting)
        .select_related("user", "user__community_membership__centre")
        .order_by("user__last_name", "user__first_name", "user__display_name", "pk")
    )
    result = Attendance()
    for rsvp in answers:
        getattr(result, rsvp.answer).append(rsvp)
        if rsvp.user_id == viewer.pk:
            result.mine = rsvp.answer
    return result


# --- Planning ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MeetingDetails:
    title: str
    kind: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    timezone: str
    place: str = ""
    online_url: str = ""
    agenda: str = ""


def _check(details: MeetingDetails) -> None:
    if timezone.is_naive(details.starts_at) or timezone.is_naive(details.ends_at):
        raise MeetingError("Meeting times must be aware date-times.")
    if details.ends_at <= details.starts_at:
        raise MeetingError(_("The end must come after the start."))
    if not details.place.strip() and not details.online_url.strip():
        raise MeetingError(_("Give a place, an online link, or both."))


def _apply(meeting: Meeting, details: MeetingDetails) -> None:
    meeting.title = details.title.strip()
    meeting.kind = details.kind if details.kind in Meeting.Kind.values else Meeting.Kind.MEETING
    meeting.starts_at = details.starts_at
    meeting.ends_at = details.ends_at
    meeting.timezone = details.timezone
    meeting.place = details.place.strip()
    meeting.online_url = details.online_url.strip()
    meeting.agenda = sanitise(details.agenda) if details.agenda.strip() else ""
    meeting.updated_at = timezone.now()


def create_meeting(organiser: User, details: MeetingDetails) -> Meeting:
    return access.save_details(
        organiser, Meeting(created_by=organiser), details, may=can_manage, check=_check, apply=_apply
    )


def update_meeting(organiser: User, meeting: Meeting, details: MeetingDetails) -> Meeting:
    return access.save_details(organiser, meeting, details, may=can_manage, check=_check, apply=_apply)


@transaction.atomic
def cancel_meeting(organiser: User, meeting: Meeting) -> Meeting:
    """Cancel, and tell those who said they would (or might) come. The meeting stays listed, marked as
    cancelled, so calendars that imported it learn of the cancellation (STATUS:CANCELLED)."""
    if not can_manage(organiser):
        raise PermissionDenied
    if meeting.is_cancelled:
        raise MeetingError(_("This meeting is already cancelled."))
    meeting.is_cancelled = True
    meeting.updated_at = timezone.now()
    meeting.save(update_fields=["is_cancelled", "updated_at"])
    attendees = User.objects.filter(
        community_rsvps__meeting=meeting,
        community_rsvps__answer__in=(Rsvp.Answer.YES, Rsvp.Answer.MAYBE),
        is_active=True,
    ).distinct()
    url = mail.absolute(meeting.get_absolute_url())
    for person in attendees:
        if access.can_enter(person):
            subject = _("A meeting you planned to attend is cancelled")
            mail.send_to(person, subject, "meeting_cancelled", {"meeting": meeting, "url": url})
    return meeting


@transaction.atomic
def add_document(organiser: User, meeting: Meeting, *, title: str, upload: UploadedFile) -> MeetingDocument:
    if not can_manage(organiser):
        raise PermissionDenied
    kind = validate_document(upload)
    name = title.strip() or safe_download_name(upload.name or "", kind.extension).rsplit(".", 1)[0]
    document = MeetingDocument(
        meeting=meeting,
        title=name[:200],
        media_type=kind.media_type,
        extension=kind.extension,
        size=upload.size or 0,
        uploaded_by=organiser,
    )
    document.file.save(safe_download_name(upload.name or "", kind.extension), upload, save=False)
    document.save()
    return document


@transaction.atomic
def delete_document(organiser: User, document: MeetingDocument) -> None:
    if not can_manage(organiser):
        raise PermissionDenied
    storage, name = document.file.storage, document.file.name
    document.delete()
    if name:
        transaction.on_commit(lambda: storage.delete(name))


def download_name(document: MeetingDocument) -> str:
    return safe_download_name(document.title, document.extension)


# --- Answers -------------------------------------------------------------------------------------------


@transaction.atomic
def answer(person: User, meeting: Meeting, reply: str) -> Rsvp:
    if not access.can_enter(person):
        raise PermissionDenied
    if reply not in Rsvp.Answer.values:
        raise MeetingError(_("Choose yes, maybe or no."))
    if meeting.is_cancelled:
        raise MeetingError(_("This meeting is cancelled."))
    if meeting.is_past:
        raise MeetingError(_("This meeting is over."))
    rsvp, _created = Rsvp.objects.update_or_create(
        meeting=meeting, user=person, defaults={"answer": reply, "answered_at": timezone.now()}
    )
    return rsvp


# --- Calendars -----------------------------------------------------------------------------------------


def calendar_entry(meeting: Meeting) -> VEvent:
    return VEvent(
        uid=f"community-meeting-{meeting.pk}",
        starts_at=meeting.starts_at,
        ends_at=meeting.ends_at,
        summary=meeting.title,
        description=plain_text(meeting.agenda),
        url=mail.absolute(meeting.get_absolute_url()),
        location=", ".join(part for part in (meeting.place, meeting.online_url) if part),
        last_modified=meeting.updated_at,
        cancelled=meeting.is_cancelled,
    )


def feed_entries() -> list[VEvent]:
    """Upcoming meetings (cancelled ones too, so calendars drop them) for the members' calendar feed."""
    return [calendar_entry(meeting) for meeting in upcoming()[:FEED_SIZE]]
