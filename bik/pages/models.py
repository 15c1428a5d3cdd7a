from __future__ import annotations

from typing import Any, ClassVar

from django.db import models
from django.http import HttpRequest
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from bik.pages.blocks import BodyBlock
from bik.pictures.models import Illustrated, IllustratedBase


class HomePage(Page, IllustratedBase):
    """The front door: what the platform offers, where to get help, and the latest news."""

    hero_heading = models.CharField(_("hero heading"), max_length=120)
    hero_text = models.TextField(_("hero text"), max_length=400, blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels: ClassVar[list[Any]] = [
        *Page.content_panels,
        FieldPanel("hero_heading"),
        FieldPanel("hero_text"),
        Illustrated.image_panel(),
        FieldPanel("body"),
    ]
    search_fields: ClassVar[list[Any]] = [
        *Page.search_fields,
        index.SearchField("hero_text"),
        index.SearchField("body"),
    ]
    max_count_per_parent = 1
    parent_page_types: ClassVar[list[str]] = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        from bik.catalogue.language import current_language
        from bik.catalogue.pages import index_url
        from bik.pictures.rendering import prefetch_pictures
        from bik.resources.models import ResourceGalleryPage

        context = super().get_context(request, *args, **kwargs)
        language = current_language()
        prefetch_pictures([self], "hero")
        context["resources_url"] = index_url(ResourceGalleryPage, language)
        context["cards"] = HomeCards(self, language)
        return dict(context)


class HomeCards:
    """The home page's cards — the latest resources and news — read when the template first shows them, and not
    at all while their rendered fragment is kept (bik/caching/fragments.py)."""

    def __init__(self, page: HomePage, language: str) -> None:
        self.page = page
        self.language = language

    @cached_property
    def _loaded(self) -> tuple[list[Any], list[Any]]:
        from bik.news.models import ArticlePage
        from bik.pictures.rendering import prefetch_pictures
        from bik.resources import services as resources

        news = list(
            ArticlePage.objects.live()
            .public()
            .filter(locale=self.page.locale)
            .select_related("locale")
            .order_by("-date", "-pk")[:3]
        )
        latest_resources, _gallery_url = resources.latest(self.language, pictures=())
        prefetch_pictures([*latest_resources, *news], "card")  # every card's picture in one query
        return latest_resources, news

    @property
    def resources(self) -> list[Any]:
        return self._loaded[0]

    @property
    def news(self) -> list[Any]:
        return self._loaded[1]


class SectionPage(Page):
    """The landing page of one component (portal, community, youth area, bulletin, Safer Internet Day)."""

    intro = models.TextField(_("introduction"), max_length=600)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels: ClassVar[list[Any]] = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields: ClassVar[list[Any]] = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = _("section page")


class StandardPage(Page):
    """A page of text: accessibility statement, privacy notice, contact, about."""

    intro = models.TextField(_("introduction"), max_length=600, blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels: ClassVar[list[Any]] = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields: ClassVar[list[Any]] = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = _("standard page")


@register_setting(icon="list-ul")
class FooterLinks(BaseSiteSetting):
    """The pages every footer links to. Each link follows the visitor's language where a translation exists."""

    accessibility_page = models.ForeignKey(
        Page,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("accessibility statement"),
    )
    privacy_page = models.ForeignKey(
        Page, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("privacy notice")
    )
    contact_page = models.ForeignKey(
        Page, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("contact page")
    )

    panels: ClassVar[list[Any]] = [
        FieldPanel("accessibility_page"),
        FieldPanel("privacy_page"),
        FieldPanel("contact_page"),
    ]

    class Meta:
        verbose_name = _("footer links")
