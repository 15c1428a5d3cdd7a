"""Reports of illegal material made to a centre's hotline: the addresses as text only, what analysts decided,
where reports were forwarded, the notice-and-takedown timeline, and the append-only audit log of analysts.

The platform never fetches, previews or stores reported content; a report holds the URL text, its canonical
form (for de-duplication) and the reporter's own words. Nothing about the reporter's address or identity is
stored, except a contact address they chose to give."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from bik.audit.models import SignedAuditEntryBase
from bik.network.models import Centre


class ContentKind(models.TextChoices):
    CHILD_ABUSE = "child_abuse", _("Sexual images or videos of children")
    SEXTORTION = "sextortion", _("A child pressured for sexual images or money")
    HATE = "hate", _("Hate speech or racism")
    TERRORISM = "terrorism", _("Terrorist or violent extremist content")
    OTHER = "other", _("Something else illegal")


class WhereSeen(models.TextChoices):
    WEBSITE = "website", _("A website")
    SOCIAL = "social", _("Social media")
    CHAT = "chat", _("A chat or messaging app")
    GAME = "game", _("An online game")
    FILE_SHARING = "file_sharing", _("File sharing or peer-to-peer")
    EMAIL = "email", _("Email")
    OTHER = "other", _("Somewhere else")


class Report(models.Model):
    hotline = models.ForeignKey(Centre, on_delete=models.CASCADE, related_name="hotline_reports")
    receipt_code = models.CharField(_("receipt code"), max_length=20, unique=True, editable=False)
    kind = models.CharField(_("kind of content"), max_length=20, choices=ContentKind.choices)
    where_seen = models.CharField(_("where it was seen"), max_length=20, choices=WhereSeen.choices)
    description = models.TextField(_("description"), max_length=2000, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    created_at = models.DateTimeField(_("received at"), default=timezone.now, db_index=True)

    class Meta:
        ordering = ("created_at", "pk")
        verbose_name = _("hotline report")
        verbose_name_plural = _("hotline reports")

    def __str__(self) -> str:
        return f"{self.receipt_code} ({self.hotline.country.code})"


class ReportedUrl(models.Model):
    """One address in a report, as typed and in canonical form. Assessed, forwarded and taken down one by one."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="urls")
    text = models.TextField(_("URL as reported"), max_length=2048)
    canonical = models.CharField(_("canonical URL"), max_length=2048, db_index=True)
    loose_key = models.CharField(_("loose key"), max_length=2048, db_index=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ("report", "position")
        verbose_name = _("reported URL")
        verbose_name_plural = _("reported URLs")

    def __str__(self) -> str:
        return f"{self.report.receipt_code} #{self.position + 1}"


class Outcome(models.TextChoices):
    BASELINE = "baseline", _("Illegal under the international baseline")
    NATIONALLY_ILLEGAL = "national", _("Illegal under national law")
    NOT_ILLEGAL = "not_illegal", _("Not illegal")
    OUT_OF_REMIT = "out_of_remit", _("Out of remit")
    UNAVAILABLE = "unavailable", _("Content unavailable")
    DUPLICATE = "duplicate", _("Duplicate")


class Assessment(models.Model):
    url = models.ForeignKey(ReportedUrl, on_delete=models.CASCADE, related_name="assessments")
    hotline = models.ForeignKey(Centre, on_delete=models.CASCADE, related_name="+")
    outcome = models.CharField(_("outcome"), max_length=20, choices=Outcome.choices)
    hosting_country = CountryField(_("hosting country"), blank=True)
    analyst = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(_("assessed at"), default=timezone.now)

    class Meta:
        ordering = ("created_at", "pk")
        verbose_name = _("assessment")
        verbose_name_plural = _("assessments")

    def __str__(self) -> str:
        return f"{self.url} — {self.get_outcome_display()}"


class Forward(models.Model):
    """A URL passed on to another hotline of the network (it appears in that hotline's queue) or to the
    national police. Both hotlines see the exchange."""

    url = models.ForeignKey(ReportedUrl, on_delete=models.CASCADE, related_name="forwards")
    from_hotline = models.ForeignKey(Centre, on_delete=models.CASCADE, related_name="+")
    to_hotline = models.ForeignKey(Centre, on_delete=models.CASCADE, null=True, blank=True, related_name="+")
    to_police = models.BooleanField(_("to the national police"), default=False)
    note = models.TextField(_("note"), max_length=1000, blank=True)
    analyst = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(_("forwarded at"), default=timezone.now)

    class Meta:
        ordering = ("created_at", "pk")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(to_police=True, to_hotline__isnull=True)
                | models.Q(to_police=False, to_hotline__isnull=False),
                name="forward_goes_to_one_place",
            )
        ]
        verbose_name = _("forward")
        verbose_name_plural = _("forwards")

    def __str__(self) -> str:
        return f"{self.url} → {self.to_hotline or _('police')}"


class Stage(models.TextChoices):
    RECEIVED = "received", _("Received")
    ASSESSED = "assessed", _("Assessed")
    FORWARDED = "forwarded", _("Forwarded to another hotline")
    SENT_TO_POLICE = "police", _("Sent to the police")
    NOTICE_SENT = "notice_sent", _("Notice sent to the host")
    REMOVED = "removed", _("Removed")


class TimelineEvent(models.Model):
    """One step of notice and takedown for a URL, as seen by one hotline."""

    url = models.ForeignKey(ReportedUrl, on_delete=models.CASCADE, related_name="timeline")
    hotline = models.ForeignKey(Centre, on_delete=models.CASCADE, related_name="+")
    stage = models.CharField(_("stage"), max_length=20, choices=Stage.choices)
    at = models.DateTimeField(_("when"), default=timezone.now)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ("at", "pk")
        verbose_name = _("timeline event")
        verbose_name_plural = _("timeline events")

    def __str__(self) -> str:
        return f"{self.url}: {self.get_stage_display()} {self.at:%Y-%m-%d %H:%M}"


class RouteCount(models.Model):
    """How many times a day the "Report it" router sent someone to each place. Nothing about the person."""

    day = models.DateField()
    concern = models.CharField(max_length=20)
    country = models.CharField(max_length=2, blank=True)
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=("day", "concern", "country"), name="one_route_count_a_day")]
        verbose_name = _("report-it route count")
        verbose_name_plural = _("report-it route counts")

    def __str__(self) -> str:
        return f"{self.day} {self.concern} {self.country}: {self.count}"


class HotlineAuditEntry(SignedAuditEntryBase):
    """Every view and action of an analyst. Plain values, not foreign keys, so nothing rewrites the log
    (the database refuses updates too, see migration 0002)."""

    hotline_country = models.CharField(max_length=2, editable=False)
    report_id = models.BigIntegerField(null=True, editable=False)
    url_id = models.BigIntegerField(null=True, editable=False)
    detail = models.CharField(max_length=200, blank=True, editable=False)

    log_name = "hotline audit log"
    action_labels = {
        "view_queue": _("Opened the queue"),
        "view_handled": _("Opened the handled reports"),
        "find_report": _("Searched by receipt code"),
        "view_report": _("Opened a report"),
        "export": _("Exported a report"),
        "assess": _("Assessed an address"),
        "forward": _("Forwarded an address"),
        "record_stage": _("Recorded a takedown step"),
        "view_statistics": _("Opened the statistics"),
        "view_audit_log": _("Opened the audit log"),
        "appoint_analyst": _("Appointed an analyst"),
        "remove_analyst": _("Removed an analyst"),
    }

    class Meta(SignedAuditEntryBase.Meta):
        default_permissions = ("view",)
        verbose_name = _("hotline audit entry")
        verbose_name_plural = _("hotline audit log")

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.actor_name}: {self.action}"
