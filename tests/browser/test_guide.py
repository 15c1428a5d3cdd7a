"""A visitor finds services in the guide, reads one and compares three side by side, in a real browser;
axe-core finds no violation on the list, a service page, the comparison or the refusal of a fourth service."""

from __future__ import annotations

import re
from typing import Any

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

GUIDE = "/en/portal/online-services/"


def _no_axe_violations(page: Any) -> None:
    page.wait_for_load_state("load")
    results = Axe().run(page)
    assert results.violations_count == 0, f"{page.url}\n{results.generate_report()}"


def test_a_visitor_filters_the_guide_and_compares_three_services(page: Any) -> None:
    page.goto(GUIDE)
    _no_axe_violations(page)
    page.get_by_label("Category").select_option(label="Messaging")
    page.get_by_label("Allowed at the age of").select_option(label="13")
    page.get_by_role("button", name="Show services").click()
    expect(page).to_have_url(re.compile(r"category=messaging"))
    for name in ("WhatsApp", "Signal", "Discord"):
        page.get_by_label(f"Compare {name}").check()
    page.get_by_role("button", name="Compare the ticked services").click()

    expect(page).to_have_url(re.compile(r"/compare/\?compare="))
    table = page.get_by_role("table", name="Comparison of 3 services")
    expect(table).to_be_visible()
    expect(table.get_by_role("columnheader", name="Signal")).to_be_visible()
    expect(table.get_by_role("rowheader", name="Minimum age in its terms")).to_be_visible()
    _no_axe_violations(page)

    table.get_by_role("link", name="Discord", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Discord")
    expect(page.get_by_role("heading", name="Parental controls")).to_be_visible()
    _no_axe_violations(page)


def test_a_fourth_service_is_refused_with_a_message_and_the_choice_kept(page: Any) -> None:
    response = page.goto(f"{GUIDE}compare/?compare=roblox&compare=minecraft&compare=fortnite&compare=steam")
    assert response is not None
    assert response.status == 400
    expect(page.get_by_role("alert")).to_contain_text("You can compare at most three services at a time; you chose 4.")
    expect(page.get_by_label("Steam")).to_be_checked()
    _no_axe_violations(page)
    page.get_by_label("Steam").uncheck()
    page.get_by_role("button", name="Compare", exact=True).click()
    expect(page.get_by_role("table", name="Comparison of 3 services")).to_be_visible()
