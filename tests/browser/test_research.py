"""A visitor filters the research and industry area, opens a study and sees what the download is before taking
it, in a real browser; axe-core finds no violation on the list or on a publication page."""

from __future__ import annotations

import re
from typing import Any

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect


def _no_axe_violations(page: Any) -> None:
    page.wait_for_load_state("load")
    results = Axe().run(page)
    assert results.violations_count == 0, f"{page.url}\n{results.generate_report()}"


def test_a_visitor_finds_a_study_and_downloads_its_pdf(page: Any) -> None:
    page.goto("/en/portal/research/")
    _no_axe_violations(page)

    page.get_by_label("Type", exact=True).select_option(label="Study")
    page.get_by_label("Topic", exact=True).select_option(label="Artificial intelligence")
    page.get_by_role("button", name="Show publications").click()
    expect(page).to_have_url(re.compile(r"type=study"))
    page.get_by_role("link", name="Children and AI chatbots").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Children and AI chatbots")
    download_link = page.get_by_role("link", name=re.compile(r"Download Children and AI chatbots \(PDF, .+\)"))
    expect(download_link).to_be_visible()
    _no_axe_violations(page)
    with page.expect_download() as download:
        download_link.click()
    assert download.value.suggested_filename.endswith(".pdf")
