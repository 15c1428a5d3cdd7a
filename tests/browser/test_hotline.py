"""Report it, in a real browser: a young person finds where to go, a parent reports two addresses anonymously
and gets a receipt code, and the Belgian hotline's analyst sees one flagged as a duplicate of a report to
another hotline, assesses it and forwards it to the hosting country's hotline."""

from __future__ import annotations

import re
from typing import Any

from playwright.sync_api import expect

from bik.demo.services import DEMO_PASSWORD, DEMO_TOTP_SECRET
from tests.browser.conftest import assert_accessible
from tests.browser.test_accounts_flow import enter_second_factor, sign_in


def test_report_it_routes_sextortion_to_the_helpline_and_hotline(page: Any) -> None:
    page.goto("/en/report/")
    assert_accessible(page)
    page.get_by_label("Someone is pressuring me or a child for pictures or money").check()
    page.get_by_label("Which country are you in?").select_option("BE")
    page.get_by_role("button", name="Show me where to go").click()
    expect(page.get_by_role("heading", name="Talk to the helpline")).to_be_visible()
    expect(page.get_by_role("heading", name="Report the web address to the hotline")).to_be_visible()
    expect(page.get_by_text("Never download, screenshot or forward illegal images")).to_be_visible()
    assert_accessible(page)


def test_a_parent_reports_and_an_analyst_assesses_and_forwards(page: Any) -> None:
    page.goto("/en/report/hotline/be/")
    assert_accessible(page)
    page.get_by_label("Web addresses (URLs)").fill(
        "https://photos.example/album/4471?utm_source=chat\nhttps://new-site.example/x"
    )
    page.get_by_label("Sexual images or videos of children").check()
    page.get_by_role("button", name="Send the report").click()
    expect(page.get_by_role("heading", name="Thank you for your report")).to_be_visible()
    code = page.locator("[data-receipt-code]").inner_text()
    assert re.fullmatch(r"[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}", code)
    assert_accessible(page)

    sign_in(page, "hotline-analyst@bik.example", DEMO_PASSWORD)
    enter_second_factor(page, DEMO_TOTP_SECRET, "hotline-analyst@bik.example")
    page.goto("/en/hotline/be/")
    page.get_by_role("link", name=code).click()
    first = page.locator("section.reported-url").first
    expect(first.get_by_text("hxxps://photos[.]example/album/4471", exact=False).first).to_be_visible()
    expect(first.get_by_text("the same address was also reported in:")).to_be_visible()
    expect(first.locator(".notice--warning")).to_contain_text("(Netherlands,")
    assert page.locator("a[href*='photos']").count() == 0
    assert_accessible(page)

    first.get_by_label("Outcome").select_option(label="Illegal under the international baseline")
    first.get_by_label("Hosting country").select_option("FR")
    first.get_by_role("button", name="Record the assessment").click()
    expect(page.get_by_text("Assessment recorded.")).to_be_visible()
    first = page.locator("section.reported-url").first
    first.get_by_label("Forward to").select_option("FR")
    first.get_by_role("button", name="Forward", exact=True).click()
    expect(page.get_by_text("Forwarded.", exact=True)).to_be_visible()
    first = page.locator("section.reported-url").first
    expect(first.locator(".timeline")).to_contain_text("Forwarded to another hotline")
    expect(first.locator(".timeline")).to_contain_text("France")

    # The statistics count the assessment (small counts are shown as "<5").
    page.goto("/en/hotline/be/statistics/")
    row = page.get_by_role("row", name=re.compile("Illegal under the international baseline"))
    expect(row.get_by_role("cell")).not_to_have_text("0")
    assert_accessible(page)


def test_the_public_statistics_are_reached_from_report_it_and_filtered_without_javascript(
    browser: Any, live_url: str
) -> None:
    context = browser.new_context(base_url=live_url, java_script_enabled=False)
    page = context.new_page()
    page.goto("/en/report/")
    page.get_by_role("link", name="Hotline statistics").click()
    expect(page.get_by_role("heading", name="Hotline statistics")).to_be_visible()
    expect(page.get_by_role("table").get_by_role("rowheader", name="Whole network")).to_be_visible()
    page.get_by_label("Quarter").select_option("1")
    page.get_by_role("button", name="Filter").click()
    assert "quarter=1" in page.url
    expect(page.get_by_role("link", name="Download CSV")).to_have_attribute("href", re.compile(r"quarter=1"))
    context.close()
    page = browser.new_page(base_url=live_url)
    page.goto("/en/report/statistics/")
    assert_accessible(page)
    page.close()


def test_an_analyst_finds_a_report_by_its_code_and_reads_the_handled_list_and_audit_log(page: Any) -> None:
    sign_in(page, "hotline-analyst@bik.example", DEMO_PASSWORD)
    enter_second_factor(page, DEMO_TOTP_SECRET, "hotline-analyst@bik.example")
    page.goto("/en/hotline/be/")
    assert_accessible(page)
    code = page.locator(".queue-list h2 a").first.inner_text()

    # Typed as a reporter might read it out: lower case, spaces for dashes.
    page.get_by_label("Find a report by its receipt code").fill(code.lower().replace("-", " "))
    page.get_by_role("button", name="Show", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(code)

    page.go_back()
    page.get_by_label("Find a report by its receipt code").fill("ZZZZ-ZZZZ-ZZZZ")
    page.get_by_role("button", name="Show", exact=True).click()
    expect(page.get_by_text("No report of this hotline has this receipt code.")).to_be_visible()
    expect(page.get_by_label("Find a report by its receipt code")).to_have_value("ZZZZ-ZZZZ-ZZZZ")

    page.get_by_role("link", name="Handled reports").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Handled reports: Belgium")
    assert_accessible(page)

    page.get_by_role("link", name="Audit log").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Hotline audit log: Belgium")
    expect(page.get_by_role("cell", name="Searched by receipt code").first).to_be_visible()
    assert_accessible(page)


def test_on_a_phone_a_form_sent_back_with_an_error_brings_the_error_into_view(page: Any) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/en/report/hotline/be/")
    page.get_by_label("Web addresses (URLs)").fill("not a web address at all")
    page.get_by_label("Sexual images or videos of children").check()
    page.get_by_role("button", name="Send the report").click()
    page.wait_for_load_state("load")

    field = page.get_by_label("Web addresses (URLs)")
    expect(field).to_be_focused()
    expect(field).to_have_value("not a web address at all")
    expect(field).to_be_in_viewport()
