"""The map of the network and "get help now" in a real browser: the map passes axe-core, each country is a
named link, and from any page a visitor reaches a national helpline and hotline in two clicks."""

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


def test_the_map_has_a_named_link_per_country_and_no_violations(page: Any) -> None:
    page.goto("/en/centres/")
    map_group = page.get_by_role("group", name="Map of the network")
    expect(map_group.get_by_role("link")).to_have_count(31)
    _no_axe_violations(page)

    map_group.get_by_role("link", name="Greece", exact=True).click()
    expect(page).to_have_url(re.compile(r"/en/centres/gr/$"))


def test_a_keyboard_user_reaches_a_country_on_the_map(page: Any) -> None:
    page.goto("/en/centres/")
    iceland = page.get_by_role("group", name="Map of the network").get_by_role("link", name="Iceland")
    iceland.focus()
    expect(iceland).to_be_focused()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/en/centres/is/$"))


@pytest.mark.parametrize("start", ["/en/", "/en/portal/events/", "/en/portal/research/"])
def test_get_help_reaches_the_greek_helpline_and_hotline_in_two_clicks(page: Any, start: str) -> None:
    page.goto(start)
    page.locator("header").get_by_role("link", name="Get help now").click()
    page.get_by_role("link", name="Greece", exact=True).click()

    expect(page).to_have_url(re.compile(r"/en/centres/gr/#helpline$"))
    helpline = page.locator("#helpline")
    expect(helpline.get_by_role("link", name=re.compile(r"^\+?[\d ]+$")).first).to_be_in_viewport()
    expect(page.locator("#hotline").get_by_role("link", name="Report illegal content")).to_be_visible()
