"""Partner organisations, their people, the review state of what they submit and industry self-reports."""

from __future__ import annotations

from typing import Any, ClassVar

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, URLValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from bik.pictures.models import IllustratedBase

FIRST_YEAR, LAST_YEAR = 2000, 2100
# Words of the partners' URL space that an organisation's slug may not take.
RESERVED_SLUGS = frozenset({"apply", "workspace", "review", "feed"})


class PartnerOrganisation(index.Indexed, IllustratedBase):
    """A research or industry organisation; public once a network admin approved it. Its logo is the picture."""

    class Kind(models.TextChoices):
        RESEARCH = "research", _("Research")
        INDUSTRY = "industry", _("Industry")

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for approval")
        APPROVED = "approved", _("Approved")
        DECLINED = "declined", _("Declined")

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    description = models.TextField(_("description"), max_length=3000)
    website = models.URLField(_("website"), blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    applied_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )
    decided_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    panels: ClassVar[list[Any]] = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        FieldPanel("status"),
        FieldPanel("description"),
        FieldPanel("website"),
        IllustratedBase.image_panel(),
    ]
    search_fields: ClassVar[list[Any]] = [
        index.SearchField("name", boost=3),
        index.SearchField("description"),
        index.FilterField("status"),
    ]

    class Meta:
        verbose_name = _("partner organisation")
        verbose_name_plural = _("partner organisations")
        ordering = ("name",)

    def __str__(self) -> str:
        return str(self.name)

    def clean(self) -> None:
        super().clean()
        if self.slug in RESERVED_SLUGS:
            raise ValidationError({"slug": _("This address is reserved; choose another.")}, code="reserved")

    def get_absolute_url(self) -> str:
        return reverse("partners:profile", kwargs={"slug": self.slug})

    @property
    def is_public(self) -> bool:
        return bool(self.status == self.Status.APPROVED)


class PartnerMember(models.Model):
    """One person who acts for an organisation (its partner role); several per organisation."""

    organisation = models.ForeignKey(PartnerOrganisation, on_delete=models.CASCADE, related_name="members")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="partner_memberships")
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("partner member")
        verbose_name_plural = _("partner members")
        constraints = [models.UniqueConstraint(fields=("organisation", "user"), name="partners_member_once")]

    def __str__(self) -> str:
        return f"{self.user} · {self.organisation}"


class Submission(models.Model):
    """The review state of one partner publication (its English original and every language version)."""

    class State(models.TextChoices):
        SUBMITTED = "submitted", _("Waiting for review")
        RETURNED = "returned", _("Returned for changes")
        PUBLISHED = "published", _("Published")

    organisation = models.ForeignKey(PartnerOrganisation, on_delete=models.CASCADE, related_name="submissions")
    publication = models.OneToOneField(
        "research.Publication", on_delete=models.CASCADE, related_name="partner_submission"
    )
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.SUBMITTED)
    return_reason = models.TextField(_("reason"), max_length=2000, blank=True)
    submitted_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    submitted_at = models.DateTimeField()
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("partner submission")
        verbose_name_plural = _("partner submissions")
        ordering = ("submitted_at", "pk")

    def __str__(self) -> str:
        return str(self.publication)


class Commitment(models.Model):
    """A public commitment an industry partner reports against every year."""

    organisation = models.ForeignKey(PartnerOrganisation, on_delete=models.CASCADE, related_name="commitments")
    title = models.CharField(_("commitment"), max_length=250)
    description = models.TextField(_("what it means"), max_length=1000, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("commitment")
        verbose_name_plural = _("commitments")
        ordering = ("created_at", "pk")

    def __str__(self) -> str:
        return str(self.title)


class SelfReport(models.Model):
    """An industry partner's report for one year: what was done for each commitment, with evidence."""

    organisation = models.ForeignKey(PartnerOrganisation, on_delete=models.CASCADE, related_name="self_reports")
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(FIRST_YEAR), MaxValueValidator(LAST_YEAR)]
    )
    published_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("self-report")
        verbose_name_plural = _("self-reports")
        ordering = ("-year",)
        constraints = [models.UniqueConstraint(fields=("organisation", "year"), name="partners_selfreport_per_year")]

    def __str__(self) -> str:
        return f"{self.organisation} {self.year}"


def validate_evidence(value: str) -> None:
    check = URLValidator(schemes=["http", "https"])
    for line in value.splitlines():
        if line.strip():
            try:
                check(line.strip())
            except ValidationError:
                raise ValidationError(
                    _("“%(line)s” is not a web address (starting with https://)."),
                    code="invalid",
                    params={"line": line.strip()[:80]},
                ) from None


class SelfReportEntry(models.Model):
    report = models.ForeignKey(SelfReport, on_delete=models.CASCADE, related_name="entries")
    commitment = models.ForeignKey(Commitment, on_delete=models.CASCADE, related_name="entries")
    done = models.TextField(_("what was done"), max_length=3000)
    evidence = models.TextField(
        _("evidence links"),
        max_length=3000,
        blank=True,
        validators=[validate_evidence],
        help_text=_("Web addresses, one a line."),
    )

    class Meta:
        verbose_name = _("self-report entry")
        verbose_name_plural = _("self-report entries")
        constraints = [models.UniqueConstraint(fields=("report", "commitment"), name="partners_entry_once")]

    def __str__(self) -> str:
        return f"{self.report} · {self.commitment}"

    @property
    def evidence_links(self) -> list[str]:
        return [line.strip() for line in self.evidence.splitlines() if line.strip()]
