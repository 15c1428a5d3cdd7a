"""A visitor finds an online event, reads it and gets its calendar file, then looks through past events, in a
real browser; axe-core finds no violation on the events list, the archive or an event page."""

from __future__ import annotations

import re
from typing import Any

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect


def _no_axe_violations(page: Any) -> None:
    page.wait_for_load_state("load")
    results = Axe().run(page)
    assert results.violations_count == 0, f"{page.url}\n{results.generate_report()}"


def test_a_visitor_finds_an_online_event_and_adds_it_to_a_calendar(page: Any) -> None:
    page.goto("/en/portal/events/")
    expect(page.get_by_text("All times are shown in the time zone of Europe/Brussels")).to_be_visible()
    _no_axe_violations(page)

    page.get_by_label("Attendance").select_option(label="Online")
    page.get_by_role("button", name="Show events").click()
    expect(page).to_have_url(re.compile(r"attendance=online"))
    expect(page.get_by_role("link", name="Parents' evening: screens at home")).to_have_count(0)
    page.get_by_role("link", name="Webinar: AI companions and teenagers").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Webinar: AI companions and teenagers")
    _no_axe_violations(page)
    calendar_link = page.get_by_role("link", name=re.compile("Add to calendar"))
    with page.expect_download() as download:
        calendar_link.click()
    assert download.value.suggested_filename == "webinar-ai-companions.ics"


def test_a_visitor_browses_past_events(page: Any) -> None:
    page.goto("/en/portal/events/")
    page.get_by_role("link", name="Past events").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Past events")
    _no_axe_violations(page)
    page.get_by_role("link", name="Conference on cyberbullying").click()
    expect(page.get_by_text("This event has ended.")).to_be_visible()
    _no_axe_violations(page)
