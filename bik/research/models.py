from __future__ import annotations

from typing import Any, ClassVar

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin

from bik.catalogue.models import Record, record_search_fields, synchronized
from bik.catalogue.pages import CatalogueIndexPage

PUBLICATIONS_PER_PAGE = 12
FIRST_YEAR, LAST_YEAR = 1995, 2100


class PublicationType(models.TextChoices):
    REPORT = "report", pgettext_lazy("a kind of document", "Report")
    STUDY = "study", _("Study")
    POLICY_PAPER = "policy-paper", _("Policy paper")
    INDUSTRY_GUIDE = "industry-guide", _("Industry guide")
    INDUSTRY_COMMITMENT = "industry-commitment", _("Industry commitment")
    TOOL = "tool", _("Tool")


class Publication(Record, ClusterableModel):
    """A report, study, policy paper, industry guide or commitment, or a tool, with its PDF as a Wagtail document;
    written by editors, or submitted by a partner organisation (`partner`, reviewed in bik.partners)."""

    title = models.CharField(_("title"), max_length=250)
    slug = models.SlugField(_("slug"), max_length=80, help_text=_("Used in the address; the same in every language."))
    summary = models.TextField(_("summary"), max_length=2000)
    authors = models.CharField(_("authors"), max_length=300, blank=True, help_text=_("People, separated by commas."))
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(FIRST_YEAR), MaxValueValidator(LAST_YEAR)]
    )
    publication_type = models.CharField(_("type"), max_length=20, choices=PublicationType.choices)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=False,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("PDF file"),
    )
    topics = ParentalManyToManyField("news.Topic", blank=True, related_name="publications", verbose_name=_("topics"))
    audiences = ParentalManyToManyField(
        "resources.Audience", blank=True, related_name="publications", verbose_name=_("audiences")
    )
    partner = models.ForeignKey(
        "partners.PartnerOrganisation",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="publications",
        verbose_name=_("partner organisation"),
        help_text=_("The partner organisation that submitted it, shown with a link to its profile."),
    )
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="publication")

    panels: ClassVar[list[Any]] = [
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("authors"), FieldPanel("organisation"), FieldPanel("partner")], heading=_("Authors")
        ),
        MultiFieldPanel(
            [FieldPanel("publication_type"), FieldPanel("year"), FieldPanel("topics"), FieldPanel("audiences")],
            heading=_("Classification"),
        ),
        FieldPanel("document"),
    ]
    override_translatable_fields: ClassVar[list[Any]] = synchronized(
        "slug", "year", "publication_type", "topics", "audiences", "partner", "authors"
    )
    search_fields: ClassVar[list[Any]] = record_search_fields(
        "title", "summary", "authors", "organisation", filters=("year", "publication_type")
    )

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("publication")
        verbose_name_plural = _("publications")
        ordering = ("-year", "title")
        constraints = [
            models.UniqueConstraint(fields=("slug", "locale"), name="research_publication_unique_slug_per_locale")
        ]

    @property
    def credit(self) -> str:
        return " · ".join(part for part in (self.authors, self.organisation) if part)

    def clean(self) -> None:
        super().clean()
        if self.document is not None and self.document.file_extension.lower() != "pdf":
            raise ValidationError({"document": _("Choose a PDF file.")}, code="not_pdf")


class ResearchIndexPage(CatalogueIndexPage):
    """The research and industry area: publications filtered by type, year and topic, one page each."""

    list_layout = "news"
    list_id = "research"
    views_module = "bik.research.views"
    record_template = "research/publication_detail.html"

    class Meta:
        verbose_name = _("research and industry area")
