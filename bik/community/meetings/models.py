"""Network meetings and trainings: when and where, an agenda, members-only documents and who will come."""

from __future__ import annotations

import zoneinfo

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone as django_timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _

from bik.community.files import private_storage


class Meeting(models.Model):
    """Start and end are aware date-times (UTC in the database); `timezone` is where the organisers are,
    and the pages show the times in it, naming it."""

    class Kind(models.TextChoices):
        MEETING = "meeting", _("Network meeting")
        TRAINING = "training", _("Training")

    title = models.CharField(_("title"), max_length=200)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.MEETING)
    starts_at = models.DateTimeField(_("starts at"), db_index=True)
    ends_at = models.DateTimeField(_("ends at"), db_index=True)
    timezone = models.CharField(_("time zone"), max_length=64, default="Europe/Brussels")
    place = models.CharField(_("place"), max_length=300, blank=True)
    online_url = models.URLField(_("online link"), blank=True, max_length=500)
    agenda = models.TextField(_("agenda"), blank=True, help_text=_("Sanitised HTML."))
    is_cancelled = models.BooleanField(_("cancelled"), default=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(default=django_timezone.now)
    updated_at = models.DateTimeField(default=django_timezone.now)

    class Meta:
        ordering = ("starts_at", "pk")
        verbose_name = _("community meeting")
        verbose_name_plural = _("community meetings")

    def __str__(self) -> str:
        return str(self.title)

    def get_absolute_url(self) -> str:
        return reverse("meetings:meeting", kwargs={"pk": self.pk})

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        try:
            return zoneinfo.ZoneInfo(self.timezone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return zoneinfo.ZoneInfo("UTC")

    @property
    def is_past(self) -> bool:
        return self.ends_at < django_timezone.now()

    @property
    def agenda_html(self) -> SafeString:
        from bik.community.blogs.services import sanitise

        return mark_safe(sanitise(self.agenda))  # noqa: S308 -- sanitised by nh3 just above


class MeetingDocument(models.Model):
    """A paper for a meeting, kept in private storage and downloaded only through a view that checks access."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="documents")
    title = models.CharField(_("title"), max_length=200)
    file = models.FileField(_("file"), storage=private_storage, upload_to="community/meetings/%Y/%m/", max_length=300)
    media_type = models.CharField(max_length=120, editable=False)
    extension = models.CharField(max_length=10, editable=False)
    size = models.PositiveBigIntegerField(default=0, editable=False)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    uploaded_at = models.DateTimeField(default=django_timezone.now)

    class Meta:
        ordering = ("uploaded_at", "pk")
        verbose_name = _("meeting document")
        verbose_name_plural = _("meeting documents")

    def __str__(self) -> str:
        return str(self.title)

    def get_absolute_url(self) -> str:
        return reverse("meetings:document", kwargs={"pk": self.meeting_id, "document_pk": self.pk})


class Rsvp(models.Model):
    class Answer(models.TextChoices):
        YES = "yes", _("Yes, I will come")
        MAYBE = "maybe", _("Maybe")
        NO = "no", _("No, I cannot come")

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="rsvps")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="community_rsvps")
    answer = models.CharField(_("answer"), max_length=5, choices=Answer.choices)
    answered_at = models.DateTimeField(default=django_timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=("meeting", "user"), name="community_meeting_one_rsvp")]
        verbose_name = _("answer to an invitation")
        verbose_name_plural = _("answers to invitations")

    def __str__(self) -> str:
        return f"{self.user_id}: {self.answer}"
