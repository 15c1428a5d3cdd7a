"""The policy monitor in a real browser: the Irish national contact fills in and submits this year's answers;
an editor asks for one change, the contact makes it, the editor accepts and publishes; the map coloured by
"Age verification required by law" shows Ireland's new answer, comparing Ireland and France shows the change
since last year, and the CSV download holds the same values."""

from __future__ import annotations

import csv
import io
import re
from typing import Any

from playwright.sync_api import expect

from bik.demo.services import DEMO_PASSWORD, DEMO_TOTP_SECRET
from tests.browser.conftest import assert_accessible
from tests.browser.test_accounts_flow import enter_second_factor, sign_in

QUESTION = "Age verification required by law"


def test_irish_answers_go_from_draft_to_the_map_the_comparison_and_the_csv(page: Any, other_page: Any) -> None:
    page.goto("/en/accounts/login/", timeout=60_000)  # the first rendering warms a cold server on a busy machine
    sign_in(page, "policy-ie@bik.example", DEMO_PASSWORD)
    enter_second_factor(page, DEMO_TOTP_SECRET, "policy-ie@bik.example")
    page.goto("/en/account/")
    page.get_by_role("link", name="Policy questionnaire").click()
    page.get_by_role("link", name="2026").click()
    expect(page.locator("[data-status]")).to_have_text("Draft")
    page.locator("[data-indicator='age-verification-law']").get_by_label("Yes", exact=True).check()
    hours = page.get_by_label(re.compile(r"^Hours of digital literacy teaching a week"))
    hours.fill("3")
    page.locator("[data-indicator='ai-guidance']").get_by_label("Partly", exact=True).check()
    assert_accessible(page)
    page.get_by_role("button", name="Submit for review").click()
    expect(page.locator("[data-status]")).to_have_text("Submitted")

    editor = other_page
    sign_in(editor, "editor@bik.example", DEMO_PASSWORD)
    enter_second_factor(editor, DEMO_TOTP_SECRET, "editor@bik.example")
    editor.goto("/en/account/")
    editor.get_by_role("link", name="Review policy questionnaires").click()
    editor.get_by_role("link", name="2026").click()
    editor.locator("#returns").get_by_role("link", name="Ireland").click()
    expect(editor.locator("[data-indicator='age-verification-law']")).to_contain_text("changed")
    editor.get_by_label("What should change, and why").fill("Three hours a week seems high: please check.")
    editor.get_by_role("button", name="Ask for changes").click()
    expect(editor.locator("[data-status]")).to_have_text("Changes requested")

    page.reload()
    expect(page.locator("#change-request")).to_contain_text("Three hours a week seems high")
    hours.fill("2")
    page.get_by_role("button", name="Submit for review").click()
    expect(page.locator("[data-status]")).to_have_text("Submitted")

    editor.reload()
    editor.get_by_role("button", name="Accept").click()
    expect(editor.locator("[data-status]")).to_have_text("Accepted")
    editor.get_by_role("button", name="Publish this country").click()
    expect(editor.locator("[data-status]")).to_have_text("Published")

    # The public map, reached from the home page's menus.
    visitor = editor
    visitor.goto("/en/")
    menu = visitor.locator("details[data-audience='professionals']")
    menu.locator("summary").click()
    menu.get_by_role("link", name="Policy monitor").click()
    expect(visitor).to_have_url(re.compile(r"/en/policy/$"))
    visitor.get_by_label("Year").select_option("2026")
    visitor.get_by_label("Colour the map by").select_option(label=QUESTION)
    visitor.get_by_role("button", name="Show").click()
    expect(visitor.locator("#map-table tr[data-country='IE'] td")).to_have_text("Yes")
    expect(visitor.locator("svg a[data-country='IE']")).to_have_attribute("aria-label", "Ireland: Yes")
    assert_accessible(visitor)

    visitor.get_by_role("link", name="Compare countries").click()
    visitor.get_by_label("Year").select_option("2026")
    visitor.get_by_label("First country").select_option(label="Ireland")
    visitor.get_by_label("Second country").select_option(label="France")
    visitor.get_by_role("button", name="Compare").click()
    row = visitor.locator("#comparison tr[data-indicator='age-verification-law']")
    expect(row.locator("td").nth(0)).to_contain_text("Yes")
    expect(row.locator("td").nth(0)).to_contain_text("was No")
    expect(row.locator("td").nth(1)).to_contain_text("was Partly")
    assert_accessible(visitor)

    visitor.get_by_role("link", name="Open data").click()
    href = visitor.locator("[data-download='csv-2026']").get_attribute("href")
    rows = list(csv.DictReader(io.StringIO(visitor.request.get(href).text())))
    irish = {row["indicator"]: row["value"] for row in rows if row["country"] == "IE"}
    assert irish["age-verification-law"] == "yes"
    assert irish["digital-education-hours"] == "2"
    assert irish["ai-guidance"] == "partly"
