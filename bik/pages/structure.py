"""The site's structure: what a deployment needs after `migrate` before anyone can visit it. Every language of
settings.LANGUAGES (wagtail-localize keeps each in step with English), the home page as the default site's root,
and under it the sections of the main menu and the index page of each tool, in the order and with the copy of
bik/pages/structure.yaml, aliased into every language (their copy falls back to English until translated); and
the reference lists the domains start with (bik/domains.py: `reference`).

`python manage.py set_up_site` builds it; the demo builds it too, before its content, and marks none of it as
demo. Building is idempotent: a page that exists (whatever editors made of it since) is left as it is, a missing
one is made in its place among its siblings."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from typing import Any, TypeVar, cast

from django.apps import apps
from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText
from wagtail_localize.models import LocaleSynchronization
from wagtail_localize.synctree import PageIndex, synchronize_tree

from bik import domains
from bik.datafiles import read_data
from bik.pages.models import FooterLinks, HomePage

STRUCTURE_FILE = Path(__file__).resolve().with_name("structure.yaml")

P = TypeVar("P", bound=Page)


@dataclass(frozen=True)
class Built:
    home: HomePage
    pages_made: int  # English pages made now (0 when the structure was complete)
    aliases_made: int  # pages made in the other languages, as aliases of the English ones
    reference: list[str]  # what each domain's reference lists hold


def set_up_site() -> Built:
    """Make whatever of the structure is missing, alias every English page that a language lacks, and make the
    reference lists the domains start with."""
    home, made = build()
    return Built(home=home, pages_made=made, aliases_made=sync_locale_trees(), reference=ensure_reference_lists())


def ensure_reference_lists() -> list[str]:
    """Each domain's reference lists (`reference=True` in bik/domains.py: its `reference.py`'s `ensure()`), made
    when missing; a line each on what they hold."""
    return [import_module(module).ensure() for module in domains.modules("reference")]


@functools.cache
def structure() -> dict[str, Any]:
    """bik/pages/structure.yaml, read once per process. Callers must not change it."""
    return read_data(STRUCTURE_FILE)


@transaction.atomic
def build() -> tuple[HomePage, int]:
    """The languages, the home page, the default site and the pages of the structure, without the aliases
    (`sync_locale_trees`): the demo adds its pages first, so that they are aliased in the same pass."""
    copy = structure()
    remove_wagtails_welcome_page()
    ensure_locales()
    home, made = _home(copy["home"])
    _default_site(home)
    return home, made + _children(home, copy["pages"])


def index_page(model: type[P], home: HomePage) -> P:
    """The English page of `model` in the structure below `home` (its index or gallery page)."""
    page = model.objects.descendant_of(home).filter(locale=home.locale, alias_of__isnull=True).first()
    if page is None:
        raise LookupError(f"No {model.__name__} below the home page: run `python manage.py set_up_site`.")
    return cast(P, page)


def remove_wagtails_welcome_page() -> None:
    """Wagtail's initial migration leaves a "Welcome" page under the root; it makes way for the home page. Removed
    before the languages' trees are synchronised, so that no language gets an alias of it."""
    if HomePage.objects.exists():
        return
    for placeholder in Page.objects.filter(depth=2, content_type__model="page"):
        placeholder.delete()


def ensure_locales() -> dict[str, Locale]:
    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code, _name in settings.LANGUAGES}
    english = locales[settings.LANGUAGE_CODE]
    for code, locale in locales.items():
        if code != settings.LANGUAGE_CODE:
            LocaleSynchronization.objects.get_or_create(locale=locale, defaults={"sync_from": english})
    return locales


def sync_locale_trees() -> int:
    """Alias every English page into the other languages that lack a translation of it, so that every URL exists
    under every language prefix (content falls back to English, the interface does not). Returns how many pages
    it made."""
    before = Page.objects.count()
    english = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    index = PageIndex.from_database().sort_by_tree_position()
    for locale in Locale.objects.exclude(pk=english.pk).order_by("language_code"):
        synchronize_tree(english, locale, page_index=index)
    return int(Page.objects.count() - before)


def _home(copy: dict[str, str]) -> tuple[HomePage, int]:
    english = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    home = HomePage.objects.filter(locale=english, depth=2).first()
    if home is not None:
        return home, 0
    root = Page.get_first_root_node()
    if root is None:
        raise RuntimeError("Wagtail's root page is missing: run `python manage.py migrate` first.")
    home = HomePage(slug="home", locale=english, **copy)
    root.add_child(instance=home)
    home.save_revision().publish()
    return home, 1


def _default_site(home: HomePage) -> None:
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True, site_name=settings.WAGTAIL_SITE_NAME
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = settings.WAGTAIL_SITE_NAME
        site.save()
    # The footer's settings row, empty until an editor links its pages: made here, not by the first visitor's
    # page (whose write would make every cached fragment of the chrome forget what that page just built).
    FooterLinks.for_site(site)


def _children(parent: Page, specs: list[dict[str, Any]]) -> int:
    made = 0
    for position, spec in enumerate(specs):
        page = Page.objects.child_of(parent).filter(slug=spec["slug"]).first()
        if page is None:
            page = _make(parent, spec, later=[later["slug"] for later in specs[position + 1 :]])
            made += 1
        made += _children(page, spec.get("children", []))
    return made


def _make(parent: Page, spec: dict[str, Any], later: list[str]) -> Page:
    model = apps.get_model(spec["model"])
    fields: dict[str, Any] = {
        "title": spec["title"],
        "slug": spec["slug"],
        "intro": spec["intro"],
        "show_in_menus": spec.get("in_menu", False),
    }
    if "body_html" in spec:
        fields["body"] = [("paragraph", RichText(spec["body_html"]))]
    page = model(**fields)
    following = Page.objects.child_of(parent).filter(slug__in=later).order_by("path").first()
    if following is not None:  # its place in the menu: before the first sibling the structure lists after it
        following.add_sibling(pos="left", instance=page)
    else:
        parent.add_child(instance=page)
    page.save_revision().publish()
    return page
