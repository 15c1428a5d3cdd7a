"""Youth webinars: European online events for youth members of every country, built on the youth area's
online meetings (a meeting of the European space marked as a webinar). Members register; only registered
members see the joining link and get a reminder the day before; afterwards the European space's coordinators
publish the recording (a link) and a summary for every member."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.db import models, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from bik.accounts.models import User
from bik.outbox.services import enqueue_on_commit, send_on_commit
from bik.youth import services
from bik.youth.models import Meeting, WebinarRegistration

REMINDER_LEAD = dt.timedelta(hours=24)
# A reminder task that wakes up earlier than this before its moment finds the webinar was moved later: a new
# task was queued when it moved, so this one does nothing.
EARLY_SLACK = dt.timedelta(minutes=10)


class WebinarError(Exception):
    """Something a member cannot do now (register for a cancelled or past webinar…); the message says why."""


def can_view(user: User | AnonymousUser) -> bool:
    """Whoever may open the European youth space: youth members of every country, youth coordinators,
    moderators and network admins."""
    return services.can_view(user, services.european_space())


def can_organise(user: User | AnonymousUser) -> bool:
    """The European space's coordinators (network admins) plan webinars and publish what follows them."""
    return services.is_coordinator_of(user, services.european_space())


def webinars() -> models.QuerySet[Meeting]:
    return Meeting.objects.filter(is_webinar=True).select_related("space")


def with_registration(meetings: models.QuerySet[Meeting], viewer: User) -> models.QuerySet[Meeting]:
    mine = WebinarRegistration.objects.filter(meeting=models.OuterRef("pk"), user=viewer)
    return meetings.annotate(is_registered=models.Exists(mine))


def upcoming(viewer: User, now: dt.datetime | None = None) -> models.QuerySet[Meeting]:
    """Webinars not yet over (one under way included), soonest first, marked with the viewer's registration."""
    now = now or timezone.now()
    # The end is start + duration; a webinar lasts at most a day, so one that started a day ago is over.
    rows = webinars().filter(starts_at__gte=now - dt.timedelta(days=1)).order_by("starts_at", "pk")
    return with_registration(rows, viewer)


def past(viewer: User, now: dt.datetime | None = None) -> models.QuerySet[Meeting]:
    """Webinars that have started, newest first (the list pages; the view keeps those that are over)."""
    rows = webinars().filter(starts_at__lt=now or timezone.now()).order_by("-starts_at", "-pk")
    return with_registration(rows, viewer)


def is_registered(user: User | AnonymousUser, meeting: Meeting) -> bool:
    return isinstance(user, User) and WebinarRegistration.objects.filter(meeting=meeting, user=user).exists()


def may_see_join_link(user: User | AnonymousUser, meeting: Meeting) -> bool:
    """Registered members, until the webinar ends; its organisers always (they host it)."""
    if meeting.is_cancelled or meeting.is_over:
        return False
    return can_organise(user) or is_registered(user, meeting)


def why_not_register(user: User | AnonymousUser, meeting: Meeting) -> str:
    """ "" when the user may register for the webinar, else why not, in words for them."""
    if not isinstance(user, User) or not services.is_youth_member(user):
        return _("Webinars are for youth members; coordinators host them.")
    profile = services.youth_profile(user)
    if profile is None or not profile.may_post:
        return _("You can register once your parent or carer has said yes by email.")
    if meeting.is_cancelled:
        return _("This webinar is cancelled.")
    if meeting.is_over:
        return _("This webinar is over.")
    return ""


def reminder_time(meeting: Meeting) -> dt.datetime:
    return max(timezone.now(), meeting.starts_at - REMINDER_LEAD)


def _schedule(registration_ids: list[int], when: dt.datetime) -> None:
    from bik.youth import tasks

    for registration_id in registration_ids:
        enqueue_on_commit(tasks.send_webinar_reminder, registration_id, run_after=when)


@transaction.atomic
def register(user: User, meeting: Meeting) -> WebinarRegistration:
    if not meeting.is_webinar or not can_view(user):
        raise PermissionDenied
    why_not = why_not_register(user, meeting)
    if why_not:
        raise WebinarError(why_not)
    registration, created = WebinarRegistration.objects.get_or_create(meeting=meeting, user=user)
    if created:
        _schedule([registration.pk], reminder_time(meeting))
    return registration


@transaction.atomic
def unregister(user: User, meeting: Meeting) -> None:
    WebinarRegistration.objects.filter(meeting=meeting, user=user).delete()


def reschedule_reminders(meeting: Meeting) -> None:
    """After a webinar's time changed: a reminder task for each registration not yet reminded (those queued
    for the old time wake up too early and do nothing)."""
    pending = list(
        WebinarRegistration.objects.filter(meeting=meeting, reminded_at__isnull=True).values_list("pk", flat=True)
    )
    if pending and not meeting.is_cancelled:
        _schedule(pending, reminder_time(meeting))


@transaction.atomic
def send_reminder(registration_id: int, now: dt.datetime | None = None) -> bool:
    """Email one registered member the joining link, once: the registration is claimed first, so a task run
    twice (or alongside the sweep) sends one email. Nothing for a cancelled, started or moved webinar."""
    now = now or timezone.now()
    registration = WebinarRegistration.objects.select_related("meeting", "user").filter(pk=registration_id).first()
    if registration is None or registration.reminded_at is not None:
        return False
    meeting, user = registration.meeting, registration.user
    if meeting.is_cancelled or meeting.starts_at <= now or not user.is_active:
        return False
    if now < meeting.starts_at - REMINDER_LEAD - EARLY_SLACK:
        return False
    claimed = WebinarRegistration.objects.filter(pk=registration.pk, reminded_at__isnull=True).update(reminded_at=now)
    if not claimed:
        return False
    with translation.override(user.email_language):
        context = {
            "meeting": meeting,
            "pseudonym": user.public_name,
            "url": settings.SITE_URL.rstrip("/") + meeting.get_absolute_url(),
            "zone": services.space_timezone(meeting.space).key,
        }
        send_on_commit(
            to=user.email,
            subject=settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + _("Reminder: %(title)s") % {"title": meeting.title},
            body=render_to_string("youth/email/webinar_reminder.txt", context),
        )
    return True


def send_due_reminders(now: dt.datetime | None = None) -> int:
    """The sweep behind the queued tasks (`manage.py send_webinar_reminders`, and task backends that cannot
    defer): every registration whose reminder is due and not yet sent."""
    now = now or timezone.now()
    due = WebinarRegistration.objects.filter(
        reminded_at__isnull=True,
        meeting__is_webinar=True,
        meeting__cancelled_at__isnull=True,
        meeting__starts_at__gt=now,
        meeting__starts_at__lte=now + REMINDER_LEAD,
    ).values_list("pk", flat=True)
    return sum(1 for registration_id in list(due) if send_reminder(registration_id, now))


@transaction.atomic
def publish_follow_up(user: User, meeting: Meeting, *, recording_url: str, summary: str) -> Meeting:
    """The recording (a link) and summary, once the webinar has started; every member who may open the
    European space sees them."""
    if not meeting.is_webinar or not can_organise(user):
        raise PermissionDenied
    if meeting.starts_at > timezone.now():
        raise WebinarError(_("You can publish the recording and summary once the webinar has taken place."))
    meeting.recording_url = recording_url.strip()
    meeting.summary = summary.strip()
    meeting.follow_up_published_at = meeting.follow_up_published_at or timezone.now()
    meeting.updated_at = timezone.now()
    meeting.save(update_fields=["recording_url", "summary", "follow_up_published_at", "updated_at"])
    return meeting


def registration_count(meeting: Meeting) -> int:
    return WebinarRegistration.objects.filter(meeting=meeting).count()
