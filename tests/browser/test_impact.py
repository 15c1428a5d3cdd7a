"""Impact figures in a real browser: the Belgian centre's reporter logs an activity (a wrong figure is shown
with what was typed kept, then fixed and saved); the network admin sees it in the year's totals and downloads
them as CSV; the public "Our impact" page, reached from the header menu, passes axe."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from django.utils import timezone
from playwright.sync_api import expect

from bik.demo.services import DEMO_PASSWORD, DEMO_TOTP_SECRET
from tests.browser.conftest import assert_accessible
from tests.browser.test_accounts_flow import enter_second_factor, sign_in


def _people_reached(page: Any) -> int:
    page.goto("/en/impact/network/")
    cell = page.locator("tr[data-kpi='people_reached'] td").first
    return int(cell.inner_text().replace(",", "").replace("\u202f", "").replace(" ", ""))


def test_a_reporter_logs_an_activity_and_the_network_sees_it(page: Any, other_page: Any) -> None:
    sign_in(other_page, "admin@bik.example", DEMO_PASSWORD)
    enter_second_factor(other_page, DEMO_TOTP_SECRET, "admin@bik.example")
    before = _people_reached(other_page)

    sign_in(page, "reporter-be@bik.example", DEMO_PASSWORD)
    enter_second_factor(page, DEMO_TOTP_SECRET, "reporter-be@bik.example")
    page.goto("/en/impact/centres/")
    expect(page.get_by_role("heading", name="Activities: Belgium")).to_be_visible()
    assert_accessible(page)

    page.get_by_label("Type").select_option(label="Training")
    page.get_by_label("Title").fill("Browser test: teachers' training in Ghent")
    page.get_by_label("Date").fill(timezone.localdate().isoformat())
    page.get_by_label("People reached").fill("-250")
    page.get_by_label("Schools reached").fill("12")
    page.get_by_label("Young people involved").fill("30")
    page.get_by_label("Resources made").fill("0")
    page.get_by_role("button", name="Save the activity").click()

    expect(page.get_by_text("Please correct the marked fields.")).to_be_visible()
    expect(page.get_by_text("Ensure this value is greater than or equal to 0.")).to_be_visible()
    expect(page.get_by_label("Title")).to_have_value("Browser test: teachers' training in Ghent")
    expect(page.get_by_label("People reached")).to_have_value("-250")
    expect(page.get_by_label("Schools reached")).to_have_value("12")
    assert_accessible(page)

    page.get_by_label("People reached").fill("250")
    page.get_by_role("button", name="Save the activity").click()
    expect(page.get_by_text("Activity saved: Browser test: teachers' training in Ghent")).to_be_visible()
    expect(page.locator("table[data-activities]")).to_contain_text("Browser test: teachers' training in Ghent")

    after = _people_reached(other_page)
    assert after == before + 250
    assert_accessible(other_page)

    with other_page.expect_download() as download_info:
        other_page.get_by_role("link", name="Download as CSV").click()
    download = download_info.value
    assert download.suggested_filename == f"impact-{timezone.localdate().year}.csv"
    rows = list(csv.DictReader(io.StringIO(Path(download.path()).read_text(encoding="utf-8"))))
    people = next(row for row in rows if row["section"] == "network" and row["key"] == "people_reached")
    assert int(people["total"]) == after


def test_the_public_impact_page_is_reached_from_the_menu_and_accessible(page: Any) -> None:
    page.goto("/en/")
    menu = page.locator("details[data-audience='industry-research']")
    menu.locator("summary").click()
    menu.get_by_role("link", name="Our impact").click()
    expect(page.get_by_role("heading", name="Our impact", level=1)).to_be_visible()
    expect(page.locator("table[data-impact-years] tbody tr").first).to_be_visible()
    assert_accessible(page)
