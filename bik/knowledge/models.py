"""Policy and guidance documents, the glossary, and the knowledge hub's pages.

A document's and a glossary term's text is translated: each translation is a row of its own in another locale,
made with `copy_for_translation` (wagtail-localize). Everything else — country, pillars, type, year, status,
topics — belongs to the original (`is_original`), which the lists filter, count and link to; a translation only
lends it its text. The hub and its explainers are Wagtail pages, translated like every other page.
"""

from __future__ import annotations

from typing import Any, ClassVar

from django import forms
from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django_countries import countries
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from bik.catalogue.forms import TermsInRecordLanguageForm
from bik.catalogue.models import Record, record_search_fields, synchronized
from bik.pages.blocks import BodyBlock

DOCUMENTS_PER_PAGE = 20
FIRST_YEAR, LAST_YEAR = 1990, 2100
EU_LEVEL = "EU"


def jurisdictions() -> list[tuple[str, str]]:
    """The European Union, then every country, named in the active language."""
    return [(EU_LEVEL, str(_("European Union (EU level)"))), *((code, str(name)) for code, name in countries)]


class Pillar(models.TextChoices):
    """The three pillars of the BIK+ strategy (2022)."""

    PROTECTION = "protection", _("Safe digital experiences (protection)")
    EMPOWERMENT = "empowerment", _("Digital empowerment")
    PARTICIPATION = "participation", _("Active participation")


class DocumentType(models.TextChoices):
    LAW = "law", _("Law or regulation")
    STRATEGY = "strategy", _("Strategy or action plan")
    CODE_OF_CONDUCT = "code-of-conduct", _("Code of conduct")
    GUIDELINE = "guideline", _("Guideline")
    REPORT = "report", pgettext_lazy("a kind of document", "Report")


class DocumentStatus(models.TextChoices):
    IN_FORCE = "in-force", _("In force")
    IN_PREPARATION = "in-preparation", _("In preparation")
    ENDED = "ended", _("Ended or replaced")


class PolicyPillar(models.Model):
    """One of the three pillars as a row, so documents are tagged and counted by them like any vocabulary; the
    three rows are made by migration 0001 and named through Pillar (the interface catalogue translates them)."""

    slug = models.CharField(max_length=20, choices=Pillar.choices, unique=True)
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ("sort_order",)
        verbose_name = _("BIK+ pillar")
        verbose_name_plural = _("BIK+ pillars")

    def __str__(self) -> str:
        return str(Pillar(self.slug).label)


class PolicyDocument(Record, ClusterableModel):
    """A law, strategy, code of conduct, guideline or report of a country or of the EU, with where it stands."""

    title = models.CharField(_("title"), max_length=255)
    summary = models.TextField(_("summary"), max_length=3000)
    country = models.CharField(
        _("country or EU level"), max_length=2, choices=jurisdictions, help_text=_("Whose document it is.")
    )
    document_type = models.CharField(_("type"), max_length=20, choices=DocumentType.choices)
    pillars = ParentalManyToManyField(PolicyPillar, blank=True, related_name="documents", verbose_name=_("pillars"))
    topics = ParentalManyToManyField(
        "resources.Topic", blank=True, related_name="policy_documents", verbose_name=_("topics")
    )
    year = models.PositiveSmallIntegerField(
        _("year"),
        validators=[MinValueValidator(FIRST_YEAR), MaxValueValidator(LAST_YEAR)],
        help_text=_("When it was adopted or published."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=DocumentStatus.choices, default=DocumentStatus.IN_FORCE
    )
    period_end = models.PositiveSmallIntegerField(
        _("in force until"),
        null=True,
        blank=True,
        validators=[MinValueValidator(FIRST_YEAR), MaxValueValidator(LAST_YEAR)],
        help_text=_("Leave empty while it is ongoing."),
    )
    language = models.CharField(
        _("language of the document"), max_length=8, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    responsible_entity = models.CharField(_("responsible entity"), max_length=300, blank=True)
    source_url = models.URLField(_("source link"), max_length=500, blank=True)
    is_original = models.BooleanField(default=True, editable=False, db_index=True)
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="policy_document")

    base_form_class = TermsInRecordLanguageForm
    panels: ClassVar[list[Any]] = [
        FieldPanel("title"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("country"),
                FieldPanel("document_type"),
                FieldPanel("language"),
                FieldPanel("responsible_entity"),
            ],
            heading=_("Origin"),
        ),
        MultiFieldPanel(
            [FieldPanel("year"), FieldPanel("status"), FieldPanel("period_end"), FieldPanel("source_url")],
            heading=_("Status and source"),
        ),
        MultiFieldPanel(
            [FieldPanel("pillars", widget=forms.CheckboxSelectMultiple), FieldPanel("topics")],
            heading=_("Classification"),
        ),
    ]
    override_translatable_fields: ClassVar[list[Any]] = [
        TranslatableField("title"),
        TranslatableField("summary"),
        *synchronized(
            "country",
            "document_type",
            "pillars",
            "topics",
            "year",
            "status",
            "period_end",
            "language",
            "responsible_entity",
            "source_url",
        ),
    ]
    search_fields: ClassVar[list[Any]] = record_search_fields(
        "title", "summary", "responsible_entity", filters=("is_original",)
    )

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("policy document")
        verbose_name_plural = _("policy documents")
        indexes = [models.Index(fields=("live", "is_original", "year"), name="knowledge_document_listing")]

    def clean(self) -> None:
        super().clean()
        if self.period_end is not None and self.year and self.period_end < self.year:
            raise ValidationError({"period_end": _("A document cannot end before the year it was adopted.")})

    @property
    def slug(self) -> str:
        return slugify(self.title)[:60].strip("-") or "document"

    def copy_for_translation(self, locale: Locale, exclude_fields: list[str] | None = None) -> PolicyDocument:
        """A translation lends its text to the original; it is never listed or counted on its own."""
        translated: PolicyDocument = super().copy_for_translation(locale, exclude_fields=exclude_fields)
        translated.is_original = False
        return translated


class GlossaryTerm(Record):
    """A term professionals meet in the explainers, with its definition; linked wherever it appears in an
    explainer of the same language (bik.knowledge.glossary)."""

    term = models.CharField(_("term"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, help_text=_("Used in addresses; the same in every language."))
    definition = models.TextField(_("definition"), max_length=1200)
    variants = models.CharField(
        _("other forms"),
        max_length=300,
        blank=True,
        help_text=_("Other ways the term is written (plural, abbreviation), separated by commas; also linked."),
    )
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="glossary_term")
    name_field = "term"

    panels: ClassVar[list[Any]] = [
        FieldPanel("term"),
        FieldPanel("slug"),
        FieldPanel("definition"),
        FieldPanel("variants"),
    ]
    override_translatable_fields: ClassVar[list[Any]] = [
        TranslatableField("term"),
        SynchronizedField("slug"),
        TranslatableField("definition"),
        TranslatableField("variants"),
    ]
    search_fields: ClassVar[list[Any]] = record_search_fields("term", "definition")

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")
        ordering = ("term",)
        constraints = [models.UniqueConstraint(fields=("slug", "locale"), name="knowledge_glossary_unique_slug")]

    @property
    def forms(self) -> list[str]:
        """Every written form to link: the term first, then its variants."""
        return [str(self.term), *(part.strip() for part in str(self.variants).split(",") if part.strip())]


class KnowledgeHubPage(Page):
    """The knowledge hub's landing page (/<lang>/knowledge/): its explainers, the newest policy documents and
    the glossary."""

    intro = models.TextField(_("introduction"), max_length=600, blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels: ClassVar[list[Any]] = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields: ClassVar[list[Any]] = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types: ClassVar[list[str]] = ["pages.HomePage"]
    subpage_types: ClassVar[list[str]] = ["knowledge.ExplainerPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("knowledge hub")

    def get_context(self, request: Any, *args: Any, **kwargs: Any) -> dict[str, Any]:
        from bik.knowledge import services

        context: dict[str, Any] = super().get_context(request, *args, **kwargs)
        context.update(services.hub_context(self))
        return context


class ExplainerPage(Page):
    """An explainer or guide for professionals (e.g. a guide to age assurance); glossary terms in its body are
    linked to their definitions."""

    intro = models.TextField(_("introduction"), max_length=600, blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels: ClassVar[list[Any]] = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields: ClassVar[list[Any]] = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    parent_page_types: ClassVar[list[str]] = ["knowledge.KnowledgeHubPage"]
    subpage_types: ClassVar[list[str]] = []

    class Meta:
        verbose_name = _("explainer")

    def get_context(self, request: Any, *args: Any, **kwargs: Any) -> dict[str, Any]:
        from bik.knowledge import views

        context: dict[str, Any] = super().get_context(request, *args, **kwargs)
        context.update(views.explainer_context(self, request))
        return context
