from __future__ import annotations

from typing import ClassVar

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.search import index

from bik.pictures.models import Illustrated, IllustratedBase


class Strand(models.TextChoices):
    AWARENESS = "awareness", _("Awareness centre")
    HELPLINE = "helpline", _("Helpline")
    HOTLINE = "hotline", _("Hotline")
    YOUTH = "youth", _("Youth panel")


class CentreQuerySet(models.QuerySet["Centre"]):
    def published(self) -> CentreQuerySet:
        return self.filter(is_active=True)

    def with_services(self) -> CentreQuerySet:
        return self.prefetch_related(models.Prefetch("services", queryset=Service.objects.order_by("sort_order")))


class Centre(index.Indexed, ClusterableModel, IllustratedBase):
    """A national Safer Internet Centre."""

    country = CountryField(_("country"), unique=True)
    name = models.CharField(_("name"), max_length=200)
    website = models.URLField(_("website"), blank=True)
    summary = models.TextField(_("summary"), blank=True)
    is_active = models.BooleanField(_("active"), default=True)

    objects: ClassVar[CentreQuerySet] = CentreQuerySet.as_manager()  # type: ignore[assignment]

    panels: ClassVar[list[object]] = [
        MultiFieldPanel([FieldPanel("country"), FieldPanel("name"), FieldPanel("website")], heading=_("Centre")),
        FieldPanel("summary"),
        FieldPanel("is_active"),
        Illustrated.image_panel(),
        InlinePanel("services", heading=_("Strands and contacts"), label=_("Strand")),
    ]
    search_fields: ClassVar[list[index.BaseField]] = [
        index.SearchField("name"),
        index.SearchField("summary"),
        index.FilterField("country"),
    ]

    class Meta:
        ordering = ("country",)
        verbose_name = _("Safer Internet Centre")
        verbose_name_plural = _("Safer Internet Centres")

    def __str__(self) -> str:
        return f"{self.name} ({self.country.name})"

    def get_absolute_url(self) -> str:
        return reverse("network:centre", kwargs={"country": self.country.code.lower()})

    def service(self, strand: Strand) -> Service | None:
        return next((s for s in self.services.all() if s.strand == strand), None)

    @property
    def helpline(self) -> Service | None:
        return self.service(Strand.HELPLINE)

    @property
    def hotline(self) -> Service | None:
        return self.service(Strand.HOTLINE)


class Service(models.Model):
    """One strand of a centre and how the public reaches it."""

    centre = ParentalKey(Centre, on_delete=models.CASCADE, related_name="services")
    strand = models.CharField(_("strand"), max_length=20, choices=Strand.choices)
    organisation = models.CharField(_("organisation"), max_length=200)
    website = models.URLField(_("website"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("email"), blank=True)
    chat_url = models.URLField(_("chat link"), blank=True)
    report_url = models.URLField(_("report link"), blank=True, help_text=_("Where to report illegal content."))
    opening_hours = models.CharField(_("opening hours"), max_length=200, blank=True)
    sort_order = models.PositiveSmallIntegerField(default=0, editable=False)

    panels: ClassVar[list[object]] = [
        FieldPanel("strand"),
        FieldPanel("organisation"),
        FieldPanel("website"),
        FieldPanel("phone"),
        FieldPanel("email"),
        FieldPanel("chat_url"),
        FieldPanel("report_url"),
        FieldPanel("opening_hours"),
    ]

    class Meta:
        ordering = ("sort_order",)
        constraints = [models.UniqueConstraint(fields=("centre", "strand"), name="one_service_per_strand")]
        verbose_name = _("strand contact")
        verbose_name_plural = _("strand contacts")

    def __str__(self) -> str:
        return f"{self.get_strand_display()}: {self.organisation}"

    @property
    def report_link(self) -> str:
        """Where the public reports illegal content to this strand: its own report page, or, for a hotline without
        one, the platform's report form for its country (as "Report it" does)."""
        if self.report_url or self.strand != Strand.HOTLINE:
            return self.report_url
        return reverse("hotline:report_form", kwargs={"country": self.centre.country.code.lower()})


class CentreRole(models.Model):
    """A person's place in a centre: a member of one strand, the centre's coordinator, the youth
    coordinator for the centre's country, an analyst of the centre's hotline (who sees its reports), or the
    centre's reporter (who logs its activities and reach for the network's impact figures, bik.impact), or the
    national policy contact for the centre's country (who answers the yearly policy questionnaire, bik.policy)."""

    class Kind(models.TextChoices):
        MEMBER = "member", _("Member")
        COORDINATOR = "coordinator", _("Centre coordinator")
        YOUTH_COORDINATOR = "youth_coordinator", _("Youth coordinator")
        HOTLINE_ANALYST = "hotline_analyst", _("Hotline analyst")
        CENTRE_REPORTER = "centre_reporter", _("Centre reporter")
        HELPLINE_STAFF = "helpline_staff", _("Helpline statistics")
        POLICY_CONTACT = "policy_contact", _("National policy contact")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="centre_roles")
    centre = models.ForeignKey(Centre, on_delete=models.CASCADE, related_name="roles")
    role = models.CharField(_("role"), max_length=20, choices=Kind.choices, default=Kind.MEMBER)
    strand = models.CharField(_("strand"), max_length=20, choices=Strand.choices, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=("user", "centre", "role", "strand"), name="unique_centre_role")]
        verbose_name = _("centre role")
        verbose_name_plural = _("centre roles")

    def __str__(self) -> str:
        return f"{self.user} — {self.get_role_display()} ({self.centre.country.code})"
