"""The home page's hero and the main menu speak the reader's language before editors translate them: a page still
an alias of the English one shows the structure's copy from the catalogues (bik/pages/section_copy.py); one an
editor translated keeps its own words."""

from __future__ import annotations

import html
from collections.abc import Iterator
from typing import Any

import pytest
from django.test import Client
from django.utils import translation
from wagtail.models import Locale, Page
from wagtail.rich_text import RichText

from bik.pages.chrome import html_blocks
from bik.pages.section_copy import BODY_COPY, SECTION_COPY
from bik.pages.structure import structure
from tests.factories.knowledge import ExplainerPageFactory
from tests.factories.news import ArticleFactory

pytestmark = pytest.mark.django_db


def _menu_sections() -> list[dict[str, str]]:
    return [spec for spec in structure()["pages"] if spec.get("in_menu")]


def _pages(specs: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for spec in specs:
        yield spec
        yield from _pages(spec.get("children", []))


def test_the_catalogues_hold_the_structures_copy() -> None:
    home = structure()["home"]
    copy = [home["title"], home["hero_heading"], home["hero_text"]]
    copy += [text for spec in _pages(structure()["pages"]) for text in (spec["title"], spec.get("intro")) if text]
    assert [str(text) for text in SECTION_COPY] == copy


def test_the_catalogues_hold_the_structures_bodies() -> None:
    blocks = [block for spec in _pages(structure()["pages"]) for block in html_blocks(spec.get("body_html", ""))]
    assert [str(text) for text in BODY_COPY] == blocks


def test_an_untranslated_sections_body_is_in_the_readers_language(client: Client) -> None:
    portal = next(spec for spec in _pages(structure()["pages"]) if spec["slug"] == "portal")
    heading = html_blocks(portal["body_html"])[1]
    assert heading == "What you can explore"
    with translation.override("cs"):
        czech = translation.gettext(heading)
        paragraph = translation.gettext(html_blocks(portal["body_html"])[0])
    assert czech != heading
    page = client.get("/cs/portal/").content.decode()
    assert f"<h2>{czech}</h2>" in page
    assert paragraph in page
    assert heading not in page
    assert f"<h2>{heading}</h2>" in client.get("/en/portal/").content.decode()

    # An editor's own words (here, a paragraph added in English) are shown as written.
    english = Page.objects.get(slug="portal", locale__language_code="en").specific
    english.body = [
        *((block.block_type, block.value) for block in english.body),
        ("paragraph", RichText("<p>Ours.</p>")),
    ]
    english.save_revision().publish()
    page = client.get("/cs/portal/").content.decode()
    assert f"<h2>{czech}</h2>" in page
    assert "<p>Ours.</p>" in page


def test_a_tools_untranslated_page_is_in_the_readers_language(client: Client) -> None:
    """The resource gallery's heading, introduction and browser title, from the menu's section in Czech."""
    gallery = next(spec for spec in _pages(structure()["pages"]) if spec["slug"] == "resources")
    with translation.override("cs"):
        title, intro = translation.gettext(gallery["title"]), translation.gettext(gallery["intro"])
    assert title != gallery["title"]
    assert intro != gallery["intro"]
    page = client.get("/cs/portal/resources/").content.decode()
    assert f"<h1>{html.escape(title)}</h1>" in page
    assert html.escape(intro) in page
    assert f"<title>{html.escape(title)} ·" in page
    assert gallery["title"] not in page.split("<main")[1]
    english = client.get("/en/portal/resources/").content.decode()
    assert f"<h1>{gallery['title']}</h1>" in english


def test_the_home_pages_hero_is_in_the_readers_language(client: Client) -> None:
    home = structure()["home"]
    page = client.get("/pl/").content.decode()
    with translation.override("pl"):
        heading = translation.gettext(home["hero_heading"])
        text = translation.gettext(home["hero_text"])
    assert heading != home["hero_heading"]
    assert f'<h1 id="hero-heading" class="hero__heading">{html.escape(heading)}</h1>' in page
    assert html.escape(text) in page
    assert home["hero_heading"] not in page


def test_an_untranslated_section_is_named_in_the_readers_language(client: Client) -> None:
    page = client.get("/cs/").content.decode()
    with translation.override("cs"):
        expected = {spec["title"]: translation.gettext(spec["title"]) for spec in _menu_sections()}
        intro = translation.gettext(_menu_sections()[0]["intro"])
    assert expected["Resources and advice"] != "Resources and advice"
    for title in expected.values():
        assert f">{html.escape(title)}</a>" in page, title
    assert html.escape(" ".join(intro.split()[:8])) in page  # the home page's card (cut at 30 words)
    assert ">Resources and advice</a>" not in page


def test_a_section_an_editor_translated_keeps_its_own_title(client: Client) -> None:
    english = Page.objects.get(slug="portal", locale__language_code="en")
    czech = english.get_translation(Locale.objects.get(language_code="cs"))
    assert czech.alias_of_id == english.pk
    czech.alias_of = None
    czech.title = "Materiály a rady (upraveno)"
    czech.save()

    page = client.get("/cs/").content.decode()
    assert ">Materiály a rady (upraveno)</a>" in page


def test_a_breadcrumb_names_the_index_above_in_the_readers_language(client: Client) -> None:
    """An article or explainer not yet translated is an alias; so is the index it belongs to, whose title the
    breadcrumb reads from the catalogues like the menu does."""
    for english in (ArticleFactory.create(title="Helplines in 2026"), ExplainerPageFactory.create(title="Age checks")):
        polish = Page.objects.get(alias_of=english, locale__language_code="pl")
        index = polish.get_parent()
        with translation.override("pl"):
            expected = translation.gettext(index.title)
        assert expected != index.title

        page = client.get(polish.url).content.decode()

        assert f'">{html.escape(expected)}</a></li>' in page
        assert f'">{index.title}</a></li>' not in page
