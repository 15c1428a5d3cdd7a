"""The main menu names its sections in the reader's language before editors translate them: a section still an
alias of the English page is named and introduced from the catalogues (bik/pages/section_copy.py); one an editor
translated keeps its own words."""

from __future__ import annotations

import html

import pytest
from django.test import Client
from django.utils import translation
from wagtail.models import Locale, Page

from bik.pages.section_copy import SECTION_COPY
from bik.pages.structure import structure

pytestmark = pytest.mark.django_db


def _menu_sections() -> list[dict[str, str]]:
    return [spec for spec in structure()["pages"] if spec.get("in_menu")]


def test_the_catalogues_hold_the_structures_menu_copy() -> None:
    copy = [text for spec in _menu_sections() for text in (spec["title"], spec.get("intro")) if text]
    assert [str(text) for text in SECTION_COPY] == copy


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
