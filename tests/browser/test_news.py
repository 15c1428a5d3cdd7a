"""A visitor browses the news by topic, reads an article, follows a related story and searches the site,
in a real browser; axe-core finds no violation on any of these pages."""

from __future__ import annotations

import re
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect


def _no_axe_violations(page: Any) -> None:
    page.wait_for_load_state("load")
    results = Axe().run(page)
    assert results.violations_count == 0, f"{page.url}\n{results.generate_report()}"


def test_a_visitor_filters_the_news_and_reads_a_related_article(page: Any) -> None:
    page.goto("/en/news/")
    page.get_by_label("Topic", exact=True).select_option(label="Digital wellbeing")
    page.get_by_label("Audience", exact=True).select_option(label="Parents and carers")
    page.get_by_role("button", name="Show articles").click()
    expect(page).to_have_url(re.compile(r"topic=wellbeing"))
    expect(page.get_by_role("link", name="Study: how families use parental controls in games")).to_be_visible()
    _no_axe_violations(page)

    page.get_by_role("link", name="What helplines hear about cyberbullying").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("What helplines hear about cyberbullying")
    related = page.get_by_role("region", name="Related news")
    expect(related.get_by_role("link", name="Study: how families use parental controls in games")).to_be_visible()
    _no_axe_violations(page)


@pytest.mark.parametrize(
    ("query", "expected"),
    [("grooming", "Online grooming: warning signs for parents and teachers"), ("xqzvwk", "Nothing found")],
    ids=["with-results", "empty"],
)
def test_a_visitor_searches_from_the_header(page: Any, query: str, expected: str) -> None:
    page.goto("/en/")
    page.locator("header").get_by_label("Search the site").fill(query)
    page.locator("header").get_by_role("button", name="Search").click()
    expect(page).to_have_url(re.compile(r"/en/search/\?q="))
    expect(page.get_by_text(expected).first).to_be_visible()
    _no_axe_violations(page)
