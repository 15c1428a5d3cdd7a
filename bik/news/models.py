from __future__ import annotations

from typing import Any, ClassVar

from django.db import models
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from bik.catalogue.models import Term
from bik.pages.blocks import BodyBlock
from bik.pictures.models import Illustrated, IllustratedBase
from bik.statistics.blocks import ChartBlock

NEWS_PER_PAGE = 12


class Section(models.TextChoices):
    """The desk an article comes from; a fixed list because feeds and URLs are built on it."""

    AWARENESS = "awareness", _("Awareness")
    HELPLINES = "helplines", _("Helplines")
    HOTLINES = "hotlines", _("Hotlines")
    YOUTH = "youth", _("Youth")
    INDUSTRY = "industry", _("Industry")
    RESEARCH = "research", _("Research")
    POLICY = "policy", _("Policy")
    NEWS = "news", _("News")


class Topic(Term):
    class Meta(Term.Meta):
        verbose_name = _("news topic")
        verbose_name_plural = _("news topics")
        constraints = [models.UniqueConstraint(fields=("slug", "locale"), name="news_topic_unique_slug_per_locale")]


class Audience(Term):
    class Meta(Term.Meta):
        verbose_name = _("news audience")
        verbose_name_plural = _("news audiences")
        constraints = [models.UniqueConstraint(fields=("slug", "locale"), name="news_audience_unique_slug_per_locale")]


class NewsIndexPage(RoutablePageMixin, Page):
    intro = models.TextField(_("introduction"), max_length=600, blank=True)

    content_panels: ClassVar[list[Any]] = [*Page.content_panels, FieldPanel("intro")]
    search_fields: ClassVar[list[Any]] = [*Page.search_fields, index.SearchField("intro")]
    subpage_types: ClassVar[list[str]] = ["news.ArticlePage"]

    class Meta:
        verbose_name = _("news index")

    def articles(self) -> models.QuerySet[ArticlePage]:
        """The articles a visitor may read here, newest first."""
        articles: models.QuerySet[ArticlePage] = (
            ArticlePage.objects.live().public().child_of(self).order_by("-date", "-pk")
        )
        return articles

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        from bik.news import views

        context = super().get_context(request, *args, **kwargs)
        context.update(views.index_context(self, request))
        return dict(context)

    @path("feed/<str:kind>/", name="feed")
    def feed(self, request: HttpRequest, kind: str) -> HttpResponse:
        from bik.news import feeds

        return feeds.serve(request, self, kind)

    @path("sections/<str:section>/feed/<str:kind>/", name="section_feed")
    def section_feed(self, request: HttpRequest, section: str, kind: str) -> HttpResponse:
        from bik.news import feeds

        return feeds.serve(request, self, kind, section=section)

    @path("topics/<slug:topic>/feed/<str:kind>/", name="topic_feed")
    def topic_feed(self, request: HttpRequest, topic: str, kind: str) -> HttpResponse:
        from bik.news import feeds

        return feeds.serve(request, self, kind, topic=topic)


class ArticleBodyBlock(BodyBlock):
    """An article's body: the page body's blocks, and charts with their tables (the helpline trends articles)."""

    chart = ChartBlock()


class ArticlePage(Page, IllustratedBase):
    date = models.DateField(_("date"), default=timezone.localdate)
    intro = models.TextField(_("introduction"), max_length=600)
    body = StreamField(ArticleBodyBlock(), blank=True, verbose_name=_("body"))
    section = models.CharField(_("section"), max_length=20, choices=Section.choices, default=Section.NEWS)
    topics = ParentalManyToManyField(Topic, blank=True, related_name="articles", verbose_name=_("topics"))
    audiences = ParentalManyToManyField(Audience, blank=True, related_name="articles", verbose_name=_("audiences"))
    author_name = models.CharField(
        _("author"), max_length=200, blank=True, help_text=_("A person's name; leave empty to credit only the centre.")
    )
    author_centre = models.ForeignKey(
        "network.Centre",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("author's centre"),
    )

    og_type = "article"  # Open Graph type (bik.search's discovery tags)

    content_panels: ClassVar[list[Any]] = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("intro"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("section"), FieldPanel("topics"), FieldPanel("audiences")], heading=_("Classification")
        ),
        MultiFieldPanel([FieldPanel("author_name"), FieldPanel("author_centre")], heading=_("Author")),
        Illustrated.image_panel(),
    ]
    search_fields: ClassVar[list[Any]] = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("author_name"),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.FilterField("date"),
        index.FilterField("section"),
    ]
    parent_page_types: ClassVar[list[str]] = ["news.NewsIndexPage"]
    subpage_types: ClassVar[list[str]] = []

    class Meta:
        verbose_name = _("news article")

    @property
    def author(self) -> str:
        """The credit line: a person, a centre, or both."""
        centre = self.author_centre.name if self.author_centre is not None else ""
        return ", ".join(part for part in (self.author_name, centre) if part)

    @property
    def og_image(self) -> Any:
        return self.image

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        from bik.news import services

        context = super().get_context(request, *args, **kwargs)
        context.update(services.article_context(self))
        return dict(context)
