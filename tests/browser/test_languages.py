"""Languages as a visitor meets them: the browser's preference picks the first page, the switcher in the
header keeps them on the same page in another language."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import expect

from bik.demo.datafiles import demo_data

ARTICLE = demo_data("news")["articles"][0]
ARTICLE_SLUG = ARTICLE["slug"]


@pytest.fixture
def french_page(browser: Any, live_url: str) -> Iterator[Any]:
    context = browser.new_context(locale="fr-FR", base_url=live_url)
    context.set_default_timeout(10_000)
    try:
        yield context.new_page()
    finally:
        context.close()


def test_the_browsers_language_picks_the_home_page(french_page: Any) -> None:
    french_page.goto("/")
    expect(french_page).to_have_url(re.compile(r"/fr/$"))
    expect(french_page.locator("html")).to_have_attribute("lang", "fr")
    expect(french_page.get_by_role("link", name="Aller au contenu principal")).to_be_attached()
    expect(french_page.get_by_role("heading", level=1)).to_have_text(
        demo_data("pages")["home_translations"]["fr"]["hero_heading"]
    )


def test_the_language_switcher_keeps_the_visitor_on_the_same_article(page: Any) -> None:
    page.goto("/en/news/")
    page.get_by_role("link", name=ARTICLE["title"]).click()
    expect(page).to_have_url(re.compile(rf"/en/news/{ARTICLE_SLUG}/$"))
    expect(page.locator("html")).to_have_attribute("lang", "en")

    switcher = page.locator("header details.lang-switcher")
    summary = switcher.locator("summary")
    expect(summary).to_have_text(re.compile(r"English"))
    deutsch = switcher.get_by_role("link", name="Deutsch")
    expect(deutsch).to_be_hidden()

    # A keyboard user opens the disclosure with Enter; Escape closes it and gives focus back to it.
    summary.focus()
    page.keyboard.press("Enter")
    expect(switcher).to_have_attribute("open", "")
    expect(deutsch).to_be_visible()
    page.keyboard.press("Escape")
    expect(switcher).not_to_have_attribute("open", "")
    expect(summary).to_be_focused()

    # A pointer user clicks it open and picks German.
    summary.click()
    expect(deutsch).to_be_visible()
    expect(deutsch).to_have_attribute("lang", "de")
    deutsch.click()

    expect(page).to_have_url(re.compile(rf"/de/news/{ARTICLE_SLUG}/$"))
    expect(page.locator("html")).to_have_attribute("lang", "de")
    expect(page.get_by_role("heading", level=1)).to_have_text(ARTICLE["title"])  # content falls back
    expect(page.get_by_role("link", name="Zum Hauptinhalt springen")).to_be_attached()
    expect(page.locator("header details.lang-switcher summary")).to_have_text(re.compile(r"Deutsch"))
