"""Wagtail pages made to order below the site's structure (`python manage.py set_up_site`, which every test
database has): `PageFactory` is the base of every domain's page factory (ArticleFactory, …), `StandardPageFactory`
a plain page, `translate` a page's managed translation into another language, `home` the English home page.

A page is made as an editor makes it: added below its parent (the domain's index page in the structure unless
the test names one with `parent=`), aliased into the other languages as the admin does after creating a page
(wagtail-localize's tree synchronisation; `aliases=False` leaves them out where a test makes many pages), and
published, so its publication signals run (the site's caches forget)."""

from __future__ import annotations

from typing import Any, ClassVar

import factory
from django.utils.text import slugify
from wagtail.models import Locale, Page
from wagtail_localize.synctree import create_aliases_for_new_page

from bik.demo import indexing
from bik.demo.services import translate_page
from bik.pages.models import HomePage, StandardPage
from bik.pages.structure import index_page


def home(language: str = "en") -> HomePage:
    """The home page of `language` (the English one unless asked)."""
    page: HomePage = HomePage.objects.get(locale__language_code=language, depth=2)
    return page


def translate(page: Page, language: str, pairs: dict[str, str]) -> Page:
    """`page`'s translation into `language` through wagtail-localize, as an editor makes it: each English string
    in `pairs` becomes its value, the rest stay English. Returns the published translation."""
    locale = Locale.objects.get(language_code=language)
    translate_page(page, locale, pairs)
    translation: Page = type(page).objects.get(translation_key=page.translation_key, locale=locale)
    return translation


class PageFactory(factory.Factory[Page]):
    """The base of the page factories: a subclass names its model (`Meta.model`) and the index page it goes
    below in the structure (`_parent_model`); `parent=` puts it elsewhere, `publish=False` leaves it a draft."""

    class Meta:
        abstract = True

    _parent_model: ClassVar[type[Page] | None] = None

    title = factory.Sequence(lambda number: f"Page {number}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))

    @classmethod
    def _generate(cls, strategy: str, params: dict[str, Any]) -> Page:
        # A page is saved some five times, its aliases twice each: the search and reference indexes are updated
        # once per row at the end, as the demo does (bik/demo/indexing.py), not at every save.
        with indexing.updated_once_at_the_end():
            page: Page = super()._generate(strategy, params)  # type: ignore[no-untyped-call]
        return page

    @classmethod
    def _create(cls, model_class: type[Page], *args: Any, **kwargs: Any) -> Page:
        parent: Page | None = kwargs.pop("parent", None)
        publish: bool = kwargs.pop("publish", True)
        aliases: bool = kwargs.pop("aliases", True)
        if parent is None:
            parent = index_page(cls._parent_model, home()) if cls._parent_model is not None else home()
        page = model_class(*args, live=False, **kwargs)
        parent.add_child(instance=page)
        if aliases:
            create_aliases_for_new_page(page)
        revision = page.save_revision()
        if publish:
            revision.publish()
            page.refresh_from_db()
        return page


class StandardPageFactory(PageFactory):
    """A plain page below the home page."""

    class Meta:
        model = StandardPage
