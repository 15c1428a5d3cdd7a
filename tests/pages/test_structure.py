"""The site's structure (bik/pages/structure.py, bik/pages/structure.yaml): what `set_up_site` makes on a deployment
that never loads the demo, in every language, and content built on it without being claimed as demo."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from django.apps import apps
from django.db.models.signals import post_delete
from wagtail.models import Page

from bik.bulletin.models import BulletinIndexPage
from bik.demo.registry import demo_ids, is_demo
from bik.news.models import ArticlePage, NewsIndexPage
from bik.pages.models import HomePage
from bik.pages.structure import build, index_page, set_up_site, structure
from tests.factories.news import ArticleFactory


def walk(specs: list[dict[str, Any]], parent: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """(the page's path below the home page, its spec), parents before their children."""
    for spec in specs:
        path = f"{parent}{spec['slug']}/"
        yield path, spec
        yield from walk(spec.get("children", []), path)


PAGES = list(walk(structure()["pages"]))
MENU = [path for path, spec in PAGES if spec.get("in_menu") and path.count("/") == 1]  # the sections, in order


def _english_home() -> HomePage:
    home: HomePage = HomePage.objects.get(locale__language_code="en", depth=2)
    return home


@pytest.mark.django_db
def test_the_structure_is_not_demo_and_content_is_built_on_it() -> None:
    """Every page of the structure is there, of its model, in the menu or not as the structure says, and none is
    demo content; an article an editor adds goes below the structure's news index and is not demo either."""
    home = _english_home()
    assert not is_demo(home)
    for path, spec in PAGES:
        page = Page.objects.get(url_path=f"{home.url_path}{path}").specific
        assert type(page) is apps.get_model(spec["model"]), path
        assert page.show_in_menus is spec.get("in_menu", False), path
        assert not is_demo(page), path
    article = ArticleFactory.create(title="Built on the structure", aliases=False)
    news = index_page(NewsIndexPage, home)
    assert list(ArticlePage.objects.child_of(news)) == [article]
    assert not is_demo(article)
    assert article.pk not in set(demo_ids(ArticlePage))


@pytest.mark.django_db
def test_the_menu_lists_the_sections_in_the_structures_order() -> None:
    listed = list(_english_home().get_children().in_menu().values_list("slug", flat=True))

    assert [f"{slug}/" for slug in listed] == MENU


@pytest.mark.django_db
def test_setting_up_a_site_that_has_its_structure_makes_nothing() -> None:
    before = Page.objects.count()

    built = set_up_site()

    assert (built.pages_made, built.aliases_made) == (0, 0)
    assert Page.objects.count() == before


@pytest.mark.django_db
def test_a_missing_page_is_made_in_its_place_among_its_siblings_and_nothing_is_deleted() -> None:
    """The bulletin's archive stands between the youth section and Safer Internet Day in the menu; made again
    (here: the old one steps aside, its issues' mailings keep it from being deleted), it takes that place, and no
    page is made only to be deleted (the search-index tasks queued for it would fail in the worker)."""
    old = BulletinIndexPage.objects.get(locale__language_code="en")
    Page.objects.filter(pk=old.pk).update(slug="old-archive")
    deleted: list[int] = []

    def record(instance: object, **_kwargs: object) -> None:
        if isinstance(instance, Page):
            deleted.append(instance.pk)

    post_delete.connect(record, weak=False)
    try:
        home, made = build()
    finally:
        post_delete.disconnect(record)

    assert made == 1
    assert deleted == []
    slugs = list(home.get_children().values_list("slug", flat=True))
    assert slugs.index("youth") < slugs.index("bulletin") == slugs.index("safer-internet-day") - 1
    assert type(Page.objects.child_of(home).get(slug="bulletin").specific) is BulletinIndexPage
