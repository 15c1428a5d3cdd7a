"""Resources and their vocabularies.

A resource's text (title, description) is translated: each translation is a row of its own in another locale,
made from the original with `copy_for_translation` (wagtail-localize). Everything else — producing centre,
licence, date, terms and the language versions — belongs to the original (`is_original`), which is the row the
gallery filters, counts and links to; translations only lend their text to it.
"""

from __future__ import annotations

from pathlib import PurePosixPath
from typing import Any, ClassVar

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.models import Locale, Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from bik.catalogue.forms import TermsInRecordLanguageForm
from bik.catalogue.models import Record, Vocabulary, record_search_fields, synchronized
from bik.pictures.models import Illustrated, IllustratedBase

RESOURCES_PER_PAGE = 20
DESCRIPTION_FEATURES = ["bold", "italic", "ol", "ul", "link"]
LANGUAGE_NAMES = dict(settings.LANGUAGES)


class Licence(models.TextChoices):
    CC_BY = "cc-by-4.0", _("Creative Commons Attribution 4.0 (CC BY 4.0)")
    CC_BY_SA = "cc-by-sa-4.0", _("Creative Commons Attribution-ShareAlike 4.0 (CC BY-SA 4.0)")
    CC_BY_NC = "cc-by-nc-4.0", _("Creative Commons Attribution-NonCommercial 4.0 (CC BY-NC 4.0)")
    CC_BY_NC_SA = "cc-by-nc-sa-4.0", _("Creative Commons Attribution-NonCommercial-ShareAlike 4.0 (CC BY-NC-SA 4.0)")
    CC_BY_ND = "cc-by-nd-4.0", _("Creative Commons Attribution-NoDerivatives 4.0 (CC BY-ND 4.0)")
    CC_BY_NC_ND = "cc-by-nc-nd-4.0", _("Creative Commons Attribution-NonCommercial-NoDerivatives 4.0 (CC BY-NC-ND 4.0)")
    CC0 = "cc0", _("Public domain (CC0)")
    ALL_RIGHTS_RESERVED = "all-rights-reserved", _("All rights reserved; free to use as published")


class Topic(Vocabulary):
    class Meta(Vocabulary.Meta):
        verbose_name = _("resource topic")
        verbose_name_plural = _("resource topics")
        constraints = [models.UniqueConstraint(fields=("slug", "locale"), name="resources_topic_unique_slug")]


class AgeGroup(Vocabulary):
    class Meta(Vocabulary.Meta):
        verbose_name = _("target age group")
        verbose_name_plural = _("target age groups")
        constraints = [models.UniqueConstraint(fields=("slug", "locale"), name="resources_agegroup_unique_slug")]


class Audience(Vocabulary):
    class Meta(Vocabulary.Meta):
        verbose_name = _("resource audience")
        verbose_name_plural = _("resource audiences")
        constraints = [models.UniqueConstraint(fields=("slug", "locale"), name="resources_audience_unique_slug")]


class ResourceType(Vocabulary):
    class Meta(Vocabulary.Meta):
        verbose_name = _("resource type")
        verbose_name_plural = _("resource types")
        constraints = [models.UniqueConstraint(fields=("slug", "locale"), name="resources_type_unique_slug")]


class Resource(Record, ClusterableModel, IllustratedBase):
    """One resource of the gallery, available in one or more languages (each a file or a link)."""

    title = models.CharField(_("title"), max_length=255)
    description = RichTextField(_("description"), features=DESCRIPTION_FEATURES, blank=True)
    centre = models.ForeignKey(
        "network.Centre",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="resources",
        verbose_name=_("producing centre"),
    )
    licence = models.CharField(_("licence"), max_length=30, choices=Licence.choices, default=Licence.CC_BY_NC_SA)
    date = models.DateField(_("date"), default=timezone.localdate, help_text=_("When it was published."))
    topics = ParentalManyToManyField(Topic, blank=True, related_name="resources", verbose_name=_("topics"))
    age_groups = ParentalManyToManyField(
        AgeGroup, blank=True, related_name="resources", verbose_name=_("target age groups")
    )
    audiences = ParentalManyToManyField(Audience, blank=True, related_name="resources", verbose_name=_("audiences"))
    types = ParentalManyToManyField(
        ResourceType, blank=True, related_name="resources", verbose_name=_("resource types")
    )
    # The pseudonyms of the young people who made it (bik.youth: resources made by young people); shown with a
    # "made by young people" badge. Never a real name: the youth area writes it from pseudonyms only.
    youth_credit = models.CharField(_("made by young people"), max_length=300, blank=True, editable=False)
    is_original = models.BooleanField(default=True, editable=False, db_index=True)
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="resource")

    # The term pickers name the terms in the language of the record being edited.
    base_form_class = TermsInRecordLanguageForm
    panels: ClassVar[list[Any]] = [
        FieldPanel("title"),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("centre"), FieldPanel("licence"), FieldPanel("date")], heading=_("Origin and licence")
        ),
        MultiFieldPanel(
            [FieldPanel("topics"), FieldPanel("age_groups"), FieldPanel("audiences"), FieldPanel("types")],
            heading=_("Classification"),
        ),
        Illustrated.image_panel(),
        InlinePanel("language_versions", heading=_("Language versions"), label=_("Language version"), min_num=1),
    ]
    override_translatable_fields: ClassVar[list[Any]] = [
        TranslatableField("title"),
        TranslatableField("description"),
        *synchronized(
            "centre",
            "licence",
            "date",
            "topics",
            "age_groups",
            "audiences",
            "types",
            "language_versions",
            "image",
            "image_decorative",
            "youth_credit",
        ),
    ]
    search_fields: ClassVar[list[Any]] = record_search_fields(
        "title", "description", autocomplete=True, filters=("is_original",)
    )

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("resource")
        verbose_name_plural = _("resources")
        indexes = [models.Index(fields=("live", "is_original", "date"), name="resources_listing")]

    @property
    def made_by_young_people(self) -> bool:
        return bool(self.youth_credit)

    @property
    def slug(self) -> str:
        return slugify(self.title)[:60].strip("-") or "resource"

    def copy_for_translation(self, locale: Locale, exclude_fields: list[str] | None = None) -> Resource:
        """A translation lends its text to the original; it is never listed or counted on its own."""
        translated: Resource = super().copy_for_translation(locale, exclude_fields=exclude_fields)
        translated.is_original = False
        return translated


class ResourceLanguageVersion(Orderable):
    """The resource in one language: a file to download or a link to where it is published."""

    resource = ParentalKey(Resource, on_delete=models.CASCADE, related_name="language_versions")
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("file"),
    )
    url = models.URLField(_("link"), blank=True, max_length=500, help_text=_("Instead of a file."))

    panels: ClassVar[list[Any]] = [FieldPanel("language"), FieldPanel("document"), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("language version")
        verbose_name_plural = _("language versions")
        constraints = [
            models.UniqueConstraint(fields=("resource", "language"), name="resources_one_version_per_language")
        ]
        indexes = [models.Index(fields=("language", "resource"), name="resources_version_language")]

    def __str__(self) -> str:
        return f"{self.resource} ({self.language})"

    def clean(self) -> None:
        super().clean()
        if (self.document_id is None) == (not self.url):
            raise ValidationError(_("Give either a file or a link for each language (one of the two)."), code="source")

    @property
    def language_name(self) -> str:
        return str(LANGUAGE_NAMES.get(self.language, self.language))

    @property
    def href(self) -> str:
        return str(self.document.url) if self.document is not None else self.url

    @property
    def file_extension(self) -> str:
        if self.document is None:
            return ""
        return PurePosixPath(self.document.file.name).suffix.lstrip(".").upper()


class ResourceSearchText(models.Model):
    """The text of one live resource or live translation of a live original, as the gallery's full-text search
    reads it: title and description as plain text, the text search configuration of its language (PostgreSQL
    stems each language with its own) and the original it belongs to, so a match leads to the original at once.

    Written by bik.resources.search; the database derives its index from it, kept in step by the triggers of
    migration 0002: an FTS5 table on SQLite; on PostgreSQL a tsvector with a GIN index, in place of the text
    (which the trigger empties to keep the rows narrow)."""

    resource = models.OneToOneField(Resource, on_delete=models.CASCADE, primary_key=True, related_name="search_text")
    original = models.ForeignKey(Resource, on_delete=models.CASCADE, related_name="+")
    config = models.CharField(max_length=32)
    text = models.TextField()

    class Meta:
        # A text match leads to its original from the index alone.
        indexes = [models.Index(fields=("resource", "original"), name="resources_text_original")]

    def __str__(self) -> str:
        return f"{self.resource_id} → {self.original_id} ({self.config})"


class ResourceListing(models.Model):
    """One narrow row per live original resource with everything the gallery filters, counts and orders by:
    its date and centre, and its language versions and terms as space-separated lists (" de el ", " 3 17 ";
    a term by the id of its version in the default language). A search selects with LIKE on these lists and
    counts a facet by grouping on its list, so it reads no other table whatever is chosen.

    Written by bik.resources.search whenever the resource or one of its translations is published or
    unpublished; a deleted resource takes its row with it."""

    resource = models.OneToOneField(Resource, on_delete=models.CASCADE, primary_key=True, related_name="listing")
    date = models.DateField()
    centre = models.ForeignKey(
        "network.Centre", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", db_index=False
    )
    languages = models.TextField()
    topics = models.TextField()
    age_groups = models.TextField()
    audiences = models.TextField()
    types = models.TextField()

    class Meta:
        # The gallery's front page reads its first page newest first, without counting or sorting every row.
        indexes: ClassVar[list[models.Index]] = [
            models.Index(fields=["date", "resource"], name="resources_listing_date")
        ]

    def __str__(self) -> str:
        return f"{self.resource_id} ({self.date})"


class ResourceFacetCount(models.Model):
    """How many listing rows carry each facet value (and, as facet "total", how many rows there are): the
    counts of the gallery's front page, where nothing is chosen, kept up to date as ResourceListing is written
    (bik.resources.search) instead of counted over every row on each visit."""

    facet = models.CharField(max_length=20)
    value = models.CharField(max_length=40, blank=True)
    n = models.IntegerField(default=0)

    class Meta:
        constraints: ClassVar[list[models.BaseConstraint]] = [
            models.UniqueConstraint(fields=["facet", "value"], name="resources_facet_count_unique")
        ]

    def __str__(self) -> str:
        return f"{self.facet} {self.value}: {self.n}"


class ResourceGalleryPage(RoutablePageMixin, Page):
    """The public gallery: full-text search with facets, and one page per resource."""

    intro = models.TextField(_("introduction"), max_length=600, blank=True)

    content_panels: ClassVar[list[Any]] = [*Page.content_panels, FieldPanel("intro")]
    search_fields: ClassVar[list[Any]] = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types: ClassVar[list[str]] = ["pages.SectionPage", "pages.HomePage"]
    subpage_types: ClassVar[list[str]] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("resource gallery")

    @path("", name="index")
    def index_route(self, request: HttpRequest) -> HttpResponse:
        from bik.resources import views

        return views.gallery(self, request)

    @re_path(r"^(?P<resource_id>[0-9]{1,18})-(?P<slug>[-a-zA-Z0-9_]+)/$", name="resource")
    def resource_route(self, request: HttpRequest, resource_id: str, slug: str) -> HttpResponse:
        from bik.resources import views

        return views.detail(self, request, int(resource_id), slug)
