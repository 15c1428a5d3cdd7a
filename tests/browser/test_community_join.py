"""Joining the BIK Community in a real browser: a visitor with an account asks to join, the Belgian centre's
coordinator approves, the new member is made to set up two-factor authentication and then gets in."""

from __future__ import annotations

import re
from typing import Any

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from bik.demo.services import DEMO_PASSWORD, DEMO_TOTP_SECRET
from tests.browser.conftest import email_text, fresh_totp_code, newest_email
from tests.browser.test_accounts_flow import (
    CONFIRM_LINK,
    PASSWORD,
    enter_second_factor,
    on_this_server,
    sign_in,
    sign_out,
    unique_email,
)


def _sign_up(page: Any, live_url: str, email: str) -> None:
    page.goto("/en/accounts/signup/")
    page.get_by_label("Email").fill(email)
    page.get_by_label(re.compile(r"^Password:?$")).fill(PASSWORD)
    page.get_by_label(re.compile(r"^Password \(again\):?$")).fill(PASSWORD)
    page.get_by_role("button", name="Sign Up").click()
    match = CONFIRM_LINK.search(email_text(newest_email(email)))
    assert match
    page.goto(on_this_server(match.group(0), live_url))
    page.get_by_role("button", name="Confirm").click()
    expect(page.locator("header").get_by_role("link", name="My account")).to_be_visible()


def test_a_person_asks_to_join_is_approved_sets_up_mfa_and_gets_in(page: Any, live_url: str) -> None:
    email = unique_email("helpline")
    _sign_up(page, live_url, email)

    # The public landing page leads to the request form.
    page.goto("/en/community/")
    page.get_by_role("link", name="Ask to join").click()
    page.get_by_label("First name").fill("Inès")
    page.get_by_label("Last name").fill("Lambert")
    centre = page.get_by_label("Safer Internet Centre")
    centre.select_option(label=centre.locator("option", has_text="Belgium").first.inner_text().strip())
    page.get_by_label("Helpline").check()
    page.get_by_label("Your role in the centre").fill("Helpline counsellor")
    page.get_by_label("Organisation").fill("Child Focus")
    page.get_by_role("button", name="Send my request").click()
    expect(page.get_by_text("Waiting for approval")).to_be_visible()
    page.goto("/en/community/home/")
    expect(page.get_by_role("heading", name="Members only")).to_be_visible()
    sign_out(page)

    # The Belgian coordinator is told, signs in with a second factor and approves.
    assert "/community/approvals/" in email_text(newest_email("coordinator-be@bik.example"))
    sign_in(page, "coordinator-be@bik.example", DEMO_PASSWORD)
    enter_second_factor(page, DEMO_TOTP_SECRET, "coordinator-be@bik.example")
    page.goto("/en/community/approvals/")
    page.get_by_role("link", name="Inès Lambert").last.click()
    page.get_by_label("Approve").check()
    page.get_by_role("button", name="Save the decision").click()
    expect(page.get_by_text("Approved. We have emailed the new member.")).to_be_visible()
    sign_out(page)

    # The new member is welcomed by email, and must turn on two-factor authentication before entering.
    assert "approved" in email_text(newest_email(email))
    sign_in(page, email, PASSWORD)
    page.goto("/en/community/home/")
    expect(page.get_by_role("heading", name="Confirm Access")).to_be_visible()
    page.get_by_label(re.compile(r"^Password:?$")).fill(PASSWORD)
    page.get_by_role("button", name="Confirm").click()
    expect(page.get_by_role("heading", name="Activate Authenticator App")).to_be_visible()
    secret = page.locator("#authenticator_secret").input_value()
    page.get_by_label("Authenticator code").fill(fresh_totp_code(secret))
    page.get_by_role("button", name="Activate").click()
    page.goto("/en/community/home/")
    expect(page.get_by_role("heading", name="BIK Community", level=1)).to_be_visible()
    expect(page.get_by_text("Welcome back, Inès")).to_be_visible()
    page.get_by_role("navigation", name="BIK Community").get_by_role("link", name="Members").click()
    expect(page.get_by_role("link", name="Inès Lambert").last).to_be_visible()


def test_an_anonymous_visitor_is_sent_to_sign_in(page: Any) -> None:
    for path in ("/en/community/home/", "/en/community/members/", "/en/community/forums/"):
        page.goto(path)
        expect(page).to_have_url(re.compile(r"/en/accounts/login/\?next="))


CORE_PAGES = (
    "/en/community/",
    "/en/community/home/",
    "/en/community/members/",
    "/en/community/members/?strand=helpline&country=BE",
    "/en/community/profile/",
    "/en/community/join/status/",
)
COORDINATOR_PAGES = ("/en/community/approvals/", "/en/community/invite/")


def _scan(page: Any, path: str) -> None:
    page.goto(path)
    results = Axe().run(page)
    assert results.violations_count == 0, f"{page.url}\n{results.generate_report()}"


def test_the_community_core_pages_have_no_axe_violations(page: Any, live_url: str) -> None:
    # A request of our own for the coordinator's decision page (other tests decide the demo's).
    email = unique_email("axe")
    _sign_up(page, live_url, email)
    page.goto("/en/community/join/")
    _scan(page, page.url)
    page.get_by_role("button", name="Send my request").click()  # empty: the errors must be accessible
    expect(page.get_by_text("This field is required.").first).to_be_visible()
    _scan(page, page.url)
    page.get_by_label("First name").fill("Axel")
    page.get_by_label("Last name").fill("Scanner")
    centre = page.get_by_label("Safer Internet Centre")
    centre.select_option(label=centre.locator("option", has_text="Belgium").first.inner_text().strip())
    page.get_by_label("Hotline").check()
    page.get_by_label("Your role in the centre").fill("Analyst")
    page.get_by_label("Organisation").fill("Child Focus")
    page.get_by_role("button", name="Send my request").click()
    expect(page.get_by_text("Waiting for approval")).to_be_visible()
    sign_out(page)

    sign_in(page, "sic-member@bik.example", DEMO_PASSWORD)
    enter_second_factor(page, DEMO_TOTP_SECRET, "sic-member@bik.example")
    for path in CORE_PAGES:
        _scan(page, path)
    page.goto("/en/community/members/")
    page.get_by_role("link", name="Aoife Byrne").click()
    _scan(page, page.url)
    sign_out(page)

    sign_in(page, "coordinator-be@bik.example", DEMO_PASSWORD)
    enter_second_factor(page, DEMO_TOTP_SECRET, "coordinator-be@bik.example")
    for path in COORDINATOR_PAGES:
        _scan(page, path)
    page.goto("/en/community/approvals/")
    page.get_by_role("link", name="Axel Scanner").last.click()
    page.get_by_role("button", name="Save the decision").click()  # nothing chosen: the errors must be accessible
    expect(page.get_by_text("This field is required.").first).to_be_visible()
    _scan(page, page.url)
