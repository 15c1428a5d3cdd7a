"""The index page every collection hangs its list and its records' pages on (guide, research, videos, events):
an introduction, one list (filters and a page of records) that the collection's views build from its services,
and a route to one page per record (`<slug>/`, named "record") that shows no list."""

from __future__ import annotations

from importlib import import_module
from typing import Any, ClassVar, TypeVar

from django.conf import settings
from django.db import models
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.search import index

from bik.caching import lookups

P = TypeVar("P", bound=Page)


def index_in(model: type[P], language: str) -> P | None:
    """The live, public page of type `model` in `language`, else the English one: where links from the API and
    feeds point (one query)."""
    pages = model.objects.live().public().filter(locale__language_code__in={language, settings.LANGUAGE_CODE})
    found = sorted(pages.select_related("locale"), key=lambda page: page.locale.language_code != language)
    return found[0] if found else None


def index_url(model: type[Page], language: str) -> str:
    """The address of `index_in(model, language)` ("" without one), looked up once per generation of the cached
    look-ups (bik/caching/lookups.py), which a structural change of a page renews."""

    def find() -> str:
        page = index_in(model, language)
        return (page.get_url() or "") if page is not None else ""

    return lookups.remember(("index-url", model._meta.label_lower, language), find)


class CatalogueIndexPage(RoutablePageMixin, Page):
    intro: models.TextField[str, str] = models.TextField(_("introduction"), max_length=600, blank=True)

    content_panels: ClassVar[list[Any]] = [*Page.content_panels, FieldPanel("intro")]
    search_fields: ClassVar[list[Any]] = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types: ClassVar[list[str]] = ["pages.SectionPage", "pages.HomePage"]
    subpage_types: ClassVar[list[str]] = []
    # How catalogue/index_page.html names the list's layout classes and headings.
    list_layout: ClassVar[str] = "gallery"
    list_id: ClassVar[str] = "catalogue"
    # The collection's views (a module path; imported when first used, as it imports the models, so models and
    # views never import each other at load time): its `list_context(page, request)` gives the list, its
    # `record_context(page, request, slug)` a record's page (or raises Http404), rendered with `record_template`.
    # This is the one way a page model routes: each route hands the request to the domain's views module.
    views_module: ClassVar[str] = ""
    record_template: ClassVar[str] = ""

    class Meta:
        abstract = True

    @property
    def views(self) -> Any:
        return import_module(self.views_module)

    def list_context(self, request: HttpRequest) -> dict[str, Any]:
        """The list shown at the index's own address (its filters and page of records)."""
        return dict(self.views.list_context(self, request))

    @path("<slug:slug>/", name="record")
    def record(self, request: HttpRequest, slug: str) -> HttpResponse:
        return self.render_record(request, self.record_template, self.views.record_context(self, request, slug))

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        if not kwargs.get("one_record"):  # a record's own page shows no list: no filter choices, no page of records
            context.update(self.list_context(request))
        return dict(context)

    def render_record(self, request: HttpRequest, template: str, context: dict[str, Any]) -> HttpResponse:
        """One record's page (`context` from the collection's views), without the list."""
        response: HttpResponse = self.render(request, one_record=True, template=template, context_overrides=context)
        return response
