from __future__ import annotations

from typing import Any, ClassVar

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin

from bik.catalogue.models import Record, record_search_fields, synchronized
from bik.catalogue.pages import CatalogueIndexPage
from bik.pictures.models import Illustrated, IllustratedBase

SERVICES_PER_PAGE = 20
RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]
RESERVED_SLUGS = {"compare"}


class Category(models.TextChoices):
    SOCIAL_MEDIA = "social-media", _("Social media")
    MESSAGING = "messaging", _("Messaging")
    GAMING = "gaming", _("Gaming")
    VIDEO = "video", _("Video and live streaming")
    MUSIC = "music", _("Music and audio")
    AI = "ai", _("AI assistants")
    CREATIVITY = "creativity", _("Photos and creativity")
    LEARNING = "learning", _("Learning")
    FAMILY = "family", _("Family controls and devices")


class OnlineService(Record, IllustratedBase):
    """One app or platform as the guide describes it, with the date its facts were last checked."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=80, help_text=_("Used in the address; the same in every language."))
    category = models.CharField(_("category"), max_length=20, choices=Category.choices)
    minimum_age = models.PositiveSmallIntegerField(
        _("minimum age in its terms"),
        validators=[MaxValueValidator(21)],
        help_text=_("The youngest age its terms of service allow; 0 when the terms set none."),
    )
    age_rating = models.CharField(
        _("age rating"), max_length=100, blank=True, help_text=_("For example PEGI 12, or App Store 12+.")
    )
    used_for = models.TextField(_("what it is used for"), max_length=1000)
    privacy_settings = RichTextField(_("privacy settings and how to use them"), features=RICH_TEXT_FEATURES)
    reporting_tools = RichTextField(_("reporting and blocking tools"), features=RICH_TEXT_FEATURES)
    how_to_report = RichTextField(
        _("how to report on this platform"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Steps to report a post, a message or an account on this platform, for the Report it guide."),
    )
    parental_controls = RichTextField(_("parental controls"), features=RICH_TEXT_FEATURES, blank=True)
    safety_tips = RichTextField(_("safety tips"), features=RICH_TEXT_FEATURES, blank=True)
    safety_centre_url = models.URLField(_("official safety centre"), blank=True)
    last_reviewed = models.DateField(_("last reviewed"), default=timezone.localdate)
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="online_service")
    name_field = "name"

    panels: ClassVar[list[Any]] = [
        FieldPanel("name"),
        FieldPanel("slug"),
        MultiFieldPanel(
            [FieldPanel("category"), FieldPanel("minimum_age"), FieldPanel("age_rating"), FieldPanel("last_reviewed")],
            heading=_("Facts"),
        ),
        FieldPanel("used_for"),
        FieldPanel("privacy_settings"),
        FieldPanel("reporting_tools"),
        FieldPanel("how_to_report"),
        FieldPanel("parental_controls"),
        FieldPanel("safety_tips"),
        FieldPanel("safety_centre_url"),
        Illustrated.image_panel(),
    ]
    override_translatable_fields: ClassVar[list[Any]] = synchronized(
        "slug", "category", "minimum_age", "safety_centre_url"
    )
    search_fields: ClassVar[list[Any]] = record_search_fields("name", "used_for", "safety_tips", filters=("category",))

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("online service")
        verbose_name_plural = _("online services")
        ordering = ("name",)
        constraints = [
            models.UniqueConstraint(fields=("slug", "locale"), name="guide_onlineservice_unique_slug_per_locale")
        ]

    def clean(self) -> None:
        super().clean()
        if self.slug in RESERVED_SLUGS:
            raise ValidationError({"slug": _("This address is reserved; choose another slug.")}, code="reserved")


class GuidePage(CatalogueIndexPage):
    """The guide's front page: search and filters, one page per service, and a side-by-side comparison."""

    list_layout = "guide"
    list_id = "guide"
    views_module = "bik.guide.views"
    record_template = "guide/service_detail.html"

    class Meta:
        verbose_name = _("guide to online services")

    @path("compare/", name="compare")
    def compare(self, request: HttpRequest) -> HttpResponse:
        context = self.views.compare_context(self, request)
        response: HttpResponse = self.render(request, template="guide/compare.html", context_overrides=context)
        if context["error"]:
            response.status_code = 400
        return response
