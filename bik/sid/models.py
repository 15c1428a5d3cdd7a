"""Safer Internet Day records: editions, country profiles and organisers, supporters and their submissions."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from django.conf import settings
from django.db import models
from django.utils import timezone as django_timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from bik.pictures.models import Illustrated, IllustratedBase


class EditionQuerySet(models.QuerySet["Edition"]):
    def with_texts(self) -> EditionQuerySet:
        return self.prefetch_related("texts")


class Edition(ClusterableModel, IllustratedBase):
    """One Safer Internet Day: its number, date (set each year) and theme, with the theme and slogan
    translated per language in `EditionText` rows (English lives on the edition itself)."""

    number = models.PositiveSmallIntegerField(_("edition number"), unique=True)
    year = models.PositiveSmallIntegerField(_("year"), unique=True)
    date = models.DateField(_("date"))
    theme = models.CharField(_("theme"), max_length=200)
    slogan = models.CharField(_("slogan"), max_length=200, blank=True)

    objects: ClassVar[EditionQuerySet] = EditionQuerySet.as_manager()  # type: ignore[assignment]

    panels: ClassVar[list[object]] = [
        MultiFieldPanel([FieldPanel("number"), FieldPanel("year"), FieldPanel("date")], heading=_("Edition")),
        FieldPanel("theme"),
        FieldPanel("slogan"),
        Illustrated.image_panel(),
        InlinePanel("texts", heading=_("Theme and slogan in other languages"), label=_("Translation")),
    ]

    class Meta:
        ordering = ("-date",)
        verbose_name = _("Safer Internet Day edition")
        verbose_name_plural = _("Safer Internet Day editions")

    def __str__(self) -> str:
        return f"SID {self.year} — {self.theme}"

    def _text(self, language: str | None = None) -> EditionText | None:
        code = (language or get_language() or settings.LANGUAGE_CODE).split("-")[0]
        return next((text for text in self.texts.all() if text.language == code), None)

    @property
    def local_theme(self) -> str:
        text = self._text()
        return str(text.theme if text is not None and text.theme else self.theme)

    @property
    def local_slogan(self) -> str:
        text = self._text()
        return str(text.slogan if text is not None and text.slogan else self.slogan)

    def days_until(self, today: dt.date | None = None) -> int:
        return int((self.date - (today or django_timezone.localdate())).days)


class EditionText(Orderable):
    edition = ParentalKey(Edition, on_delete=models.CASCADE, related_name="texts")
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    theme = models.CharField(_("theme"), max_length=200)
    slogan = models.CharField(_("slogan"), max_length=200, blank=True)

    panels: ClassVar[list[object]] = [FieldPanel("language"), FieldPanel("theme"), FieldPanel("slogan")]

    class Meta(Orderable.Meta):
        constraints = [models.UniqueConstraint(fields=("edition", "language"), name="sid_one_text_per_language")]
        verbose_name = _("edition translation")

    def __str__(self) -> str:
        return f"{self.edition.year} ({self.language})"


class CountryProfile(models.Model):
    """What a country's organisers say about SID there. Countries without a Safer Internet Centre may be
    organised by a SID committee (`committee_name`), whose organisers are `CountryOrganiser` rows."""

    country = CountryField(_("country"), unique=True)
    committee_name = models.CharField(
        _("SID committee"), max_length=200, blank=True, help_text=_("Only for countries without a national centre.")
    )
    intro = models.TextField(_("introduction"), blank=True)
    contact_name = models.CharField(_("contact name"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_website = models.URLField(_("website"), blank=True)
    updated_at = models.DateTimeField(_("last updated"), auto_now=True)

    panels: ClassVar[list[object]] = [
        FieldPanel("country"),
        FieldPanel("committee_name"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_email"), FieldPanel("contact_website")],
            heading=_("Contacts"),
        ),
    ]

    class Meta:
        ordering = ("country",)
        verbose_name = _("SID country profile")
        verbose_name_plural = _("SID country profiles")

    def __str__(self) -> str:
        return str(self.country.name)


class CountryOrganiser(models.Model):
    """A member of a SID committee, who reviews submissions for a country without a national centre."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="sid_organiser_roles")
    country = CountryField(_("country"))

    panels: ClassVar[list[object]] = [FieldPanel("user"), FieldPanel("country")]

    class Meta:
        constraints = [models.UniqueConstraint(fields=("user", "country"), name="sid_unique_organiser")]
        verbose_name = _("SID committee organiser")
        verbose_name_plural = _("SID committee organisers")

    def __str__(self) -> str:
        return f"{self.user} ({self.country.code})"


class SupporterKind(models.TextChoices):
    ORGANISATION = "organisation", _("Organisation")
    SCHOOL = "school", _("School")
    INDIVIDUAL = "individual", _("Individual")


class Supporter(models.Model):
    """An organisation, school or person who takes part in Safer Internet Day with an account."""

    # Empty once the account holder deleted their account: the organisation's actions stay in the gallery
    # (an individual supporter's name is removed then, see bik.sid.services.forget_supporter).
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="sid_supporter"
    )
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("type"), max_length=20, choices=SupporterKind.choices)
    country = CountryField(_("country"))
    website = models.URLField(_("website"), blank=True)
    logo = models.ImageField(_("logo"), upload_to="sid/logos/", blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    panels: ClassVar[list[object]] = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("country"),
        FieldPanel("website"),
    ]

    class Meta:
        ordering = ("name",)
        verbose_name = _("SID supporter")
        verbose_name_plural = _("SID supporters")
        indexes = [models.Index(fields=("country",), name="sid_supporter_country")]

    def __str__(self) -> str:
        return self.name


class ActionKind(models.TextChoices):
    EVENT = "event", _("Event")
    ACTION = "action", _("Action")


class Format(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")


class Audience(models.TextChoices):
    CHILDREN = "children", _("Children")
    TEENS = "teens", _("Teens")
    PARENTS = "parents", _("Parents and carers")
    TEACHERS = "teachers", _("Teachers and educators")
    INDUSTRY = "industry", _("Industry")
    POLICY = "policy", _("Policy makers")
    GENERAL = "general", _("General public")


class Status(models.TextChoices):
    PENDING = "pending", _("Waiting for review")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Returned with a reason")


class ActionQuerySet(models.QuerySet["Action"]):
    def approved(self) -> ActionQuerySet:
        return self.filter(status=Status.APPROVED)

    def pending(self) -> ActionQuerySet:
        return self.filter(status=Status.PENDING)

    def for_listing(self) -> ActionQuerySet:
        return self.select_related("supporter", "edition")


class Action(models.Model):
    """An event or action a supporter runs for an edition. Public only once an organiser approved it."""

    supporter = models.ForeignKey(Supporter, on_delete=models.CASCADE, related_name="actions")
    edition = models.ForeignKey(Edition, on_delete=models.PROTECT, related_name="actions")
    country = CountryField(_("country"), help_text=_("The supporter's country, kept for filtering."))
    kind = models.CharField(_("kind"), max_length=10, choices=ActionKind.choices, default=ActionKind.EVENT)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), help_text=_("Sanitised HTML."))
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"), null=True, blank=True)
    timezone = models.CharField(_("time zone"), max_length=64, default="Europe/Brussels")
    format = models.CharField(_("format"), max_length=10, choices=Format.choices)
    city = models.CharField(_("city"), max_length=120, blank=True)
    online_url = models.URLField(_("online link"), blank=True)
    # Comma-wrapped codes (",children,teens,") so one `contains` lookup filters on any database.
    audiences = models.CharField(_("audiences"), max_length=200)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    image = models.ImageField(_("image"), upload_to="sid/actions/", blank=True)
    # Reach, for the network's impact figures (bik.impact rolls them up by country and edition).
    schools_reached = models.PositiveIntegerField(_("schools reached"), null=True, blank=True)
    participants = models.PositiveIntegerField(_("participants"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    rejection_reason = models.TextField(_("reason"), blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    submitted_at = models.DateTimeField(default=django_timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    objects: ClassVar[ActionQuerySet] = ActionQuerySet.as_manager()  # type: ignore[assignment]

    class Meta:
        ordering = ("starts_at", "pk")
        verbose_name = _("SID event or action")
        verbose_name_plural = _("SID events and actions")
        indexes = [
            models.Index(fields=("status", "country"), name="sid_action_status_country"),
            models.Index(fields=("status", "edition"), name="sid_action_status_edition"),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def audience_codes(self) -> list[str]:
        return [code for code in self.audiences.split(",") if code]

    @property
    def audience_labels(self) -> list[str]:
        labels = dict(Audience.choices)
        return [str(labels.get(code, code)) for code in self.audience_codes]

    @property
    def is_event(self) -> bool:
        return self.kind == ActionKind.EVENT

    @property
    def effective_end(self) -> dt.datetime:
        return self.ends_at or self.starts_at + dt.timedelta(hours=1)
