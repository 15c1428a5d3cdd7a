"""A visitor's whole account journey in a real browser: sign up, verify the address, sign in, turn on
two-factor authentication, and sign in with it; and an editor reaching the admin with a second factor."""

from __future__ import annotations

import re
import uuid
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from playwright.sync_api import expect

from bik.demo.services import DEMO_PASSWORD, DEMO_TOTP_SECRET
from tests.browser.conftest import email_text, fresh_totp_code, newest_email

PASSWORD = "a long pass-phrase for the browser 2026"
CONFIRM_LINK = re.compile(r"https?://[^\s\"'<>]+/accounts/confirm-email/[^\s\"'<>]+")


def unique_email(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:12]}@browser.example"


def on_this_server(url: str, live_url: str) -> str:
    """The link from an email, pointed at the test server (emails name the public site, https)."""
    link, server = urlsplit(url), urlsplit(live_url)
    return urlunsplit((server.scheme, server.netloc, link.path, link.query, link.fragment))


def sign_in(page: Any, email: str, password: str) -> None:
    page.goto("/en/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label(re.compile(r"^Password:?$")).fill(password)
    page.get_by_role("button", name="Sign In").click()


def sign_out(page: Any) -> None:
    page.locator("header").get_by_role("button", name="Sign out").click()
    expect(page.locator("header").get_by_role("link", name="Sign in")).to_be_visible()


def enter_second_factor(page: Any, secret: str, account: str | None = None) -> None:
    expect(page.get_by_role("heading", name="Two-Factor Authentication")).to_be_visible()
    page.locator("input[name='code']").fill(fresh_totp_code(secret, account=account))
    page.get_by_role("button", name="Sign In").click()


def test_a_visitor_signs_up_verifies_signs_in_and_enables_mfa(page: Any, live_url: str) -> None:
    email = unique_email("visitor")
    header = page.locator("header")

    # Sign up.
    page.goto("/en/accounts/signup/")
    page.get_by_label("Email").fill(email)
    page.get_by_label(re.compile(r"^Password:?$")).fill(PASSWORD)
    page.get_by_label(re.compile(r"^Password \(again\):?$")).fill(PASSWORD)
    page.get_by_role("button", name="Sign Up").click()
    expect(page.get_by_role("heading", name="Verify Your Email Address")).to_be_visible()
    expect(header.get_by_role("link", name="My account")).to_have_count(0)

    # Follow the link in the verification email; allauth asks for a click before it confirms.
    message = newest_email(email)
    assert "Confirm" in str(message["Subject"])
    match = CONFIRM_LINK.search(email_text(message))
    assert match, email_text(message)
    page.goto(on_this_server(match.group(0), live_url))
    page.get_by_role("button", name="Confirm").click()

    # Confirming signs the visitor in (same browser session) and lands on their account page.
    expect(header.get_by_role("link", name="My account")).to_be_visible()
    expect(page).to_have_url(re.compile(r"/en/account/$"))
    expect(page.get_by_text(f"You are signed in as {email}.")).to_be_visible()

    sign_out(page)
    sign_in(page, email, PASSWORD)
    expect(header.get_by_role("link", name="My account")).to_be_visible()

    # Turn on an authenticator app: read the secret the page shows, type the code an app would show.
    # allauth asks for the password again before changing two-factor settings (MFA_REAUTHENTICATION_REQUIRED).
    page.goto("/en/accounts/2fa/totp/activate/")
    expect(page.get_by_role("heading", name="Confirm Access")).to_be_visible()
    page.get_by_label(re.compile(r"^Password:?$")).fill(PASSWORD)
    page.get_by_role("button", name="Confirm").click()
    expect(page.get_by_role("heading", name="Activate Authenticator App")).to_be_visible()
    secret = page.locator("#authenticator_secret").input_value()
    assert re.fullmatch(r"[A-Z2-7]{16,}=*", secret), secret
    page.get_by_label("Authenticator code").fill(fresh_totp_code(secret))
    page.get_by_role("button", name="Activate").click()
    expect(page.get_by_role("heading", name="Recovery Codes")).to_be_visible()
    expect(page).to_have_url(re.compile(r"/accounts/2fa/recovery-codes/$"))

    # From now on signing in asks for the code as well.
    sign_out(page)
    sign_in(page, email, PASSWORD)
    expect(page).to_have_url(re.compile(r"/accounts/2fa/authenticate/$"))
    expect(header.get_by_role("link", name="My account")).to_have_count(0)
    enter_second_factor(page, secret)
    expect(header.get_by_role("link", name="My account")).to_be_visible()
    expect(page).to_have_url(re.compile(r"/en/account/$"))


def test_an_editor_signs_in_with_a_second_factor_and_reaches_the_admin(page: Any) -> None:
    sign_in(page, "editor@bik.example", DEMO_PASSWORD)
    expect(page).to_have_url(re.compile(r"/accounts/2fa/authenticate/$"))
    enter_second_factor(page, DEMO_TOTP_SECRET, "editor@bik.example")
    expect(page.locator("header").get_by_role("link", name="My account")).to_be_visible()
    expect(page.get_by_text("Two-factor authentication is on. You can use the editorial admin.")).to_be_visible()

    page.get_by_role("link", name="Open the admin").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))
    # Wagtail's dashboard: the site name as its heading, the page count, the admin's sidebar.
    expect(page.get_by_role("heading", level=1)).to_have_text("Better Internet for Kids")
    expect(page.get_by_role("link", name=re.compile(r"^\d+ Pages created in"))).to_be_visible()
    expect(page.get_by_role("complementary", name="Sidebar")).to_be_attached()
