"""The community forums in a real browser: a member signs in with a second factor, starts a thread in the
Helplines forum with an attachment, a colleague from another centre replies, and the first member gets the
notification email; an anonymous visitor is sent to sign in. axe-core checks the forum index, a forum, a
thread, the search results and the preferences page."""

from __future__ import annotations

import re
import uuid
from typing import Any

from playwright.sync_api import expect

from tests.browser.conftest import assert_accessible, email_text, fresh_totp_code, newest_email

PASSWORD = "a long pass-phrase for the forums 2026"
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def _members(django_db_blocker: Any, suffix: str) -> list[tuple[str, str]]:
    """Two approved members of different centres, each with their own authenticator secret, made as the
    membership approval would leave them. Returns (email, TOTP secret) pairs."""
    from allauth.account.models import EmailAddress
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
    from django.contrib.auth.models import Group
    from django.db import connection

    from bik.accounts.models import User
    from bik.accounts.roles import Role
    from bik.community.models import Membership
    from bik.network.models import Centre, Strand

    people = []
    with django_db_blocker.unblock():
        for name, country in (("writer", "BE"), ("replier", "DE")):
            email = f"forum-{name}-{suffix}@browser.example"
            user = User.objects.create_user(email, PASSWORD, first_name=name.title(), last_name=suffix[:6])
            EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
            user.groups.add(Group.objects.get(name=Role.SIC_MEMBER.value))
            secret = generate_totp_secret()
            TOTP.activate(user, secret)
            Membership.objects.create(
                user=user,
                centre=Centre.objects.get(country=country),
                strands=[Strand.HELPLINE],
                job_title="Helpline counsellor",
                organisation="A helpline",
                status=Membership.Status.APPROVED,
            )
            people.append((email, secret))
        connection.close()
    return people


def sign_in_with_a_second_factor(page: Any, email: str, secret: str) -> None:
    page.goto("/en/accounts/login/")
    form = page.locator("main")
    form.get_by_label("Email").fill(email)
    form.get_by_label(re.compile(r"^Password:?$")).fill(PASSWORD)
    form.get_by_role("button", name="Sign In").click()
    expect(page.get_by_role("heading", name="Two-Factor Authentication")).to_be_visible()
    page.locator("input[name='code']").fill(fresh_totp_code(secret, account=email))
    page.get_by_role("button", name="Sign In").click()
    expect(page.locator("header").get_by_role("link", name="My account")).to_be_visible()


def test_a_member_posts_with_an_attachment_and_hears_about_the_reply(
    page: Any, other_page: Any, django_db_blocker: Any
) -> None:
    for each in (page, other_page):
        each.set_default_navigation_timeout(30_000)  # the first pages of a cold server render slowly
    suffix = uuid.uuid4().hex[:10]
    (writer, writer_secret), (replier, replier_secret) = _members(django_db_blocker, suffix)
    title = f"Sextortion follow-up calls {suffix}"

    # Outsiders are sent to sign in.
    page.goto("/en/community/forums/helplines/")
    expect(page).to_have_url(re.compile(r"/en/accounts/login/\?next="))

    sign_in_with_a_second_factor(page, writer, writer_secret)
    page.goto("/en/community/forums/")
    expect(page.get_by_role("heading", name="Forums", level=1)).to_be_visible()
    assert_accessible(page)

    page.get_by_role("link", name="Helplines", exact=True).click()
    expect(page.get_by_role("heading", name="Helplines", level=1)).to_be_visible()
    assert_accessible(page)

    page.get_by_role("link", name="Start a thread").click()
    page.get_by_label("Title").fill(title)
    page.get_by_label("Your message").fill("How soon do you call back?\n\nOur script is attached.")
    page.get_by_label("Attach documents").set_input_files(
        [{"name": "call-back-script.pdf", "mimeType": "application/pdf", "buffer": PDF}]
    )
    page.get_by_role("button", name="Publish the thread").click()
    expect(page.get_by_role("heading", name=title, level=1)).to_be_visible()
    expect(page.get_by_text("Your thread is published. You follow it now.")).to_be_visible()
    expect(page.get_by_role("link", name="call-back-script.pdf")).to_be_visible()
    assert_accessible(page)

    # A colleague from another centre reads it, downloads the file and replies, quoting the question.
    sign_in_with_a_second_factor(other_page, replier, replier_secret)
    other_page.goto("/en/community/forums/helplines/")
    other_page.get_by_role("link", name=title).click()
    expect(other_page.get_by_text("How soon do you call back?")).to_be_visible()
    with other_page.expect_download() as download:
        other_page.get_by_role("link", name="call-back-script.pdf").click()
    assert download.value.suggested_filename == "call-back-script.pdf"
    other_page.get_by_role("link", name=re.compile(r"^Quote")).first.click()
    message = other_page.get_by_label("Your message")
    expect(message).to_have_value(re.compile(r"^<blockquote>"))
    message.press("Control+End")
    message.press_sequentially("We call back within two days.")
    other_page.get_by_role("button", name="Post the reply").click()
    expect(other_page.get_by_text("Your reply is published.")).to_be_visible()
    expect(other_page.locator("#post-2")).to_contain_text("We call back within two days.")

    # The writer follows the thread and gets the email.
    email = newest_email(writer)
    assert title in str(email["Subject"])
    text = email_text(email)
    assert "We call back within two days." in text
    assert "/en/community/forums/posts/" in text

    # Search and preferences.
    page.goto("/en/community/forums/")
    search = page.get_by_role("search", name="Search the forums")
    search.get_by_role("textbox", name="Search the forums").fill(suffix)
    search.get_by_role("button", name="Search", exact=True).click()
    expect(page.get_by_role("status")).to_have_text("1 post found")
    expect(page.get_by_role("link", name=title)).to_be_visible()
    assert_accessible(page)

    page.goto("/en/community/forums/preferences/")
    expect(page.get_by_role("link", name=title)).to_be_visible()
    page.get_by_label("One email a day with everything new").check()
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("Your email preference is saved.")).to_be_visible()
    assert_accessible(page)
