"""Quarters, versioned contact categories, each centre's submission of counts, and the audit log of changes
made after a quarter was locked. Only locked quarters are published."""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable

from bik.audit.models import SignedAuditEntryBase
from bik.network.models import Centre


class AgeGroup(models.TextChoices):
    UNDER_5 = "0-4", _("0–4")
    CHILD = "5-11", _("5–11")
    TEEN = "12-18", _("12–18")
    ADULT = "adult", _("Adult")
    UNKNOWN = "unknown", _("Unknown")


class Gender(models.TextChoices):
    FEMALE = "female", _("Female")
    MALE = "male", _("Male")
    OTHER = "other", _("Other")
    UNKNOWN = "unknown", _("Unknown")


class ContactBy(models.TextChoices):
    CHILD = "child", _("Child or teenager")
    PARENT = "parent", _("Parent or carer")
    TEACHER = "teacher", _("Teacher or professional")
    OTHER = "other", _("Other")


class Channel(models.TextChoices):
    PHONE = "phone", _("Phone")
    CHAT = "chat", _("Chat")
    EMAIL = "email", _("Email")
    MESSAGING = "messaging", _("Messaging")
    OTHER = "other", _("Other")


class CategoryVersion(ClusterableModel):
    """One edition of the list of contact categories. Each category says which categories of the previous
    version it replaces, so older quarters can be shown on the newest list."""

    number = models.PositiveSmallIntegerField(_("version"), unique=True)
    note = models.CharField(_("what changed"), max_length=300, blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    panels: ClassVar[list[Any]] = [FieldPanel("number"), FieldPanel("note"), InlinePanel("categories")]

    class Meta:
        ordering = ("number",)
        verbose_name = _("category list version")
        verbose_name_plural = _("category list versions")

    def __str__(self) -> str:
        return f"v{self.number}"


# The catalogues' context for the names of categories, so that "other" or "gaming" is translated as a category.
CONTEXT = "helpline category"


class Category(Orderable):
    version = ParentalKey(CategoryVersion, on_delete=models.CASCADE, related_name="categories")
    code = models.SlugField(_("code"), max_length=60, help_text=_("Used in uploads, e.g. cyberbullying."))
    name = models.CharField(_("name"), max_length=150)
    replaces = models.CharField(
        _("replaces"),
        max_length=300,
        blank=True,
        help_text=_(
            "Codes of the previous version's categories this one replaces, separated by commas (a merge lists "
            "several; a split lists the same code in several categories). Empty: the category with the same code."
        ),
    )

    panels: ClassVar[list[Any]] = [FieldPanel("code"), FieldPanel("name"), FieldPanel("replaces")]

    class Meta(Orderable.Meta):
        constraints = [models.UniqueConstraint(fields=("version", "code"), name="one_code_per_version")]
        verbose_name = _("category")
        verbose_name_plural = _("categories")

    def __str__(self) -> str:
        return str(self.name)

    @property
    def label(self) -> str:
        """The name in the reader's language: the reference list's names are in the catalogues
        (`reference.REFERENCE_NAMES`); a name a network admin wrote otherwise is shown as written."""
        return pgettext(CONTEXT, self.name)

    @property
    def replaced_codes(self) -> list[str]:
        return [code.strip() for code in self.replaces.split(",") if code.strip()]

    def clean(self) -> None:
        if any(not code.replace("-", "").replace("_", "").isalnum() for code in self.replaced_codes):
            raise ValidationError({"replaces": _("Use category codes separated by commas.")})


class QuarterQuerySet(models.QuerySet["Quarter"]):
    def published(self) -> QuarterQuerySet:
        return self.filter(locked_at__isnull=False)


class Quarter(models.Model):
    year = models.PositiveSmallIntegerField(_("year"))
    number = models.PositiveSmallIntegerField(_("quarter"), choices=[(n, f"Q{n}") for n in range(1, 5)])
    deadline = models.DateField(_("deadline"))
    locked_at = models.DateTimeField(_("locked at"), null=True, blank=True)
    locked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    objects = QuarterQuerySet.as_manager()

    class Meta:
        ordering = ("year", "number")
        constraints = [models.UniqueConstraint(fields=("year", "number"), name="one_quarter")]
        verbose_name = _("quarter")
        verbose_name_plural = _("quarters")

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        return f"{self.year}-Q{self.number}"

    @property
    def is_locked(self) -> bool:
        return self.locked_at is not None

    @property
    def starts(self) -> dt.date:
        return dt.date(self.year, 3 * self.number - 2, 1)


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")
    CORRECTION = "correction", _("Correction requested")


class Submission(models.Model):
    """A centre's counts for one quarter."""

    centre = models.ForeignKey(Centre, on_delete=models.CASCADE, related_name="statistics_submissions")
    quarter = models.ForeignKey(Quarter, on_delete=models.CASCADE, related_name="submissions")
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.DRAFT)
    submitted_at = models.DateTimeField(null=True, blank=True)
    correction_reason = models.TextField(_("reason for correction"), max_length=2000, blank=True)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ("quarter", "centre__country")
        constraints = [models.UniqueConstraint(fields=("centre", "quarter"), name="one_submission_per_quarter")]
        verbose_name = _("statistics submission")
        verbose_name_plural = _("statistics submissions")

    def __str__(self) -> str:
        return f"{self.centre.country.code} {self.quarter}"


class Count(models.Model):
    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="counts")
    category = models.ForeignKey(Category, on_delete=models.PROTECT, related_name="+")
    age_group = models.CharField(_("age group"), max_length=10, choices=AgeGroup.choices)
    gender = models.CharField(_("gender"), max_length=10, choices=Gender.choices)
    contact_by = models.CharField(_("who contacted"), max_length=10, choices=ContactBy.choices)
    channel = models.CharField(_("channel"), max_length=10, choices=Channel.choices)
    platform = models.ForeignKey(
        "guide.OnlineService", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    contacts = models.PositiveIntegerField(_("contacts"))

    class Meta:
        ordering = ("pk",)
        verbose_name = _("count")
        verbose_name_plural = _("counts")

    def __str__(self) -> str:
        return f"{self.submission}: {self.contacts}"


class AuditEntry(SignedAuditEntryBase):
    """A change to a locked quarter's figures, or a lock, unlock or correction request. Plain values so the
    log survives deletions; append-only."""

    quarter = models.CharField(max_length=8, editable=False)
    country = models.CharField(max_length=2, blank=True, editable=False)
    before = models.JSONField(default=dict, editable=False)
    after = models.JSONField(default=dict, editable=False)

    log_name = "statistics audit log"
    action_labels = {
        "change figures": _("Changed a return's figures"),
        "correct figure": _("Corrected a figure"),
        "request correction": _("Asked the helpline for a correction"),
        "lock": _("Locked the quarter"),
        "unlock": _("Unlocked the quarter"),
    }

    class Meta(SignedAuditEntryBase.Meta):
        verbose_name = _("statistics audit entry")
        verbose_name_plural = _("statistics audit log")

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.actor_name}: {self.action} {self.quarter} {self.country}"

    @property
    def cell(self) -> str:
        """The corrected cell, for a single-figure correction."""
        cell = self.after.get("cell") or self.before.get("cell") or {}
        # In a fixed order: PostgreSQL's jsonb keeps no key order.
        order = ("category", "age_group", "gender", "contact_by", "channel", "platform")
        return " · ".join(str(cell[name]) for name in order if cell.get(name))

    @property
    def old(self) -> str:
        value = self.before.get("contacts", self.before.get("total", ""))
        return str(value)

    @property
    def new(self) -> str:
        value = self.after.get("contacts", self.after.get("total", ""))
        return str(value)

    @property
    def reason(self) -> str:
        return str(self.after.get("reason", ""))
