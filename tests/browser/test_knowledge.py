"""A professional finds the knowledge hub from the home page, narrows the policy documents by country and pillar
with JavaScript switched off, opens one, then reads the guide to age assurance and follows a glossary link. (The
pages' axe-core scans are in test_accessibility.py: axe needs JavaScript.)"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.test_journeys import show_filters, show_menu


@pytest.fixture
def page_without_js(browser: Any, live_url: str) -> Iterator[Any]:
    context = browser.new_context(locale="en-GB", base_url=live_url, java_script_enabled=False)
    context.set_default_timeout(10_000)
    try:
        yield context.new_page()
    finally:
        context.close()


def test_a_professional_filters_documents_and_follows_a_glossary_link(page_without_js: Any) -> None:
    page = page_without_js
    page.goto("/en/")
    show_menu(page)  # the header's menus are <details>: they open without JavaScript
    menu = page.locator('details[data-audience="professionals"]')
    menu.locator("summary").click()
    menu.locator('a[data-tool="knowledge"]').click()
    expect(page).to_have_url(re.compile(r"/en/knowledge/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Knowledge hub")

    page.get_by_role("link", name="Search the documents").click()
    show_filters(page)
    page.get_by_role("group", name="Country").get_by_label(re.compile(r"^Ireland \(")).check()
    page.get_by_role("group", name="BIK+ pillar").get_by_label(re.compile(r"^Safe digital experiences")).check()
    page.get_by_role("button", name="Show documents").click()

    expect(page).to_have_url(re.compile(r"country=IE.*pillar=protection"))
    results = page.locator(".document-list")
    expect(results.get_by_role("link", name="Online safety code for video-sharing platforms (demo)")).to_be_visible()
    expect(results.locator(".resource-item").filter(has_not_text="Ireland")).to_have_count(0)
    results.get_by_role("link", name="Online safety code for video-sharing platforms (demo)").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Online safety code for video-sharing platforms (demo)")
    expect(page.get_by_text("Demo record")).to_be_visible()

    page.get_by_role("navigation", name="Breadcrumb").get_by_role("link", name="Knowledge hub").click()
    page.get_by_role("link", name="A guide to age assurance").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("A guide to age assurance")
    term = page.locator("article .prose a.glossary-link", has_text="age verification")
    expect(term).to_have_accessible_description(re.compile(r"^Checking a user’s age against a trusted source"))
    term.click()

    expect(page).to_have_url(re.compile(r"/en/knowledge/glossary/#term-age-verification$"))
    expect(page.locator("#term-age-verification")).to_have_text("age verification")
