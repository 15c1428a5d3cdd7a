"""A visitor finds Greek resources for 13-15 year-olds about cyberbullying through the gallery's facets and
downloads one; the gallery (with filters applied) and a resource page pass axe-core's checks."""

from __future__ import annotations

import re
from typing import Any

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

GALLERY = "/en/portal/resources/"


def _choose(page: Any, label: str) -> None:
    """Tick a facet; the small script submits the form, so wait for the new results."""
    with page.expect_navigation():
        page.get_by_role("checkbox", name=re.compile(label)).check()


def test_a_visitor_finds_greek_cyberbullying_resources_for_13_to_15_year_olds_and_downloads_one(page: Any) -> None:
    page.goto(GALLERY)
    _choose(page, r"^Ελληνικά")
    _choose(page, r"^13–15")
    _choose(page, r"^Cyberbullying")
    expect(page).to_have_url(re.compile(r"language=el.*age=13-15.*topic=cyberbullying"))
    expect(page.get_by_role("checkbox", name=re.compile(r"^Ελληνικά"))).to_be_checked()
    results = page.locator(".resource-item")
    expect(results.first).to_be_visible()
    assert results.count() >= 3
    expect(results.first).to_contain_text("Ελληνικά")
    expect(results.first).to_contain_text("13–15")

    results.first.get_by_role("link").click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download in Ελληνικά").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".pdf")
    with open(download.path(), "rb") as file:
        assert file.read(5) == b"%PDF-"


def test_the_filters_work_without_javascript(browser: Any, live_url: str) -> None:
    context = browser.new_context(locale="en-GB", base_url=live_url, java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(GALLERY)
        page.get_by_role("checkbox", name=re.compile(r"^Ελληνικά")).check()
        page.get_by_role("checkbox", name=re.compile(r"^13–15")).check()
        page.get_by_role("button", name="Show resources").click()
        expect(page).to_have_url(re.compile(r"language=el&age=13-15"))
        expect(page.get_by_role("checkbox", name=re.compile(r"^13–15"))).to_be_checked()
    finally:
        context.close()


def test_the_filtered_gallery_has_no_axe_violations(page: Any) -> None:
    page.goto(f"{GALLERY}?q=cyberbullying&language=el&age=13-15&topic=cyberbullying&centre=zz")
    page.wait_for_load_state("load")
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()


def test_the_unfiltered_gallery_has_no_axe_violations(page: Any) -> None:
    page.goto(f"{GALLERY}?page=2")
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()


def test_a_resource_page_has_no_axe_violations(page: Any) -> None:
    page.goto(f"{GALLERY}?language=el&topic=cyberbullying")
    page.locator(".resource-item").first.get_by_role("link").click()
    page.wait_for_load_state("load")
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()
