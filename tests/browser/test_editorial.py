"""An editor changes a page in Wagtail's admin and submits it; a moderator approves and it goes live."""

from __future__ import annotations

import re
import uuid
from typing import Any

from playwright.sync_api import expect

from tests.browser.conftest import fresh_totp_code

SECRET = "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU"


def _staff(django_db_blocker: Any, role: str) -> str:
    """A staff account with a second factor, made for this test (demo accounts may have spent this window's code)."""
    from allauth.account.models import EmailAddress
    from allauth.mfa.totp.internal.auth import TOTP
    from django.contrib.auth.models import Group

    from bik.accounts.models import User
    from tests.conftest import PASSWORD

    email = f"{role.lower().replace(' ', '-')}-{uuid.uuid4().hex[:8]}@browser.example"
    with django_db_blocker.unblock():
        user = User.objects.create_user(email, PASSWORD)
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        user.groups.add(Group.objects.get(name=role))
        TOTP.activate(user, SECRET)
    return email


def _about_page_id(django_db_blocker: Any) -> int:
    from bik.pages.models import StandardPage

    with django_db_blocker.unblock():
        return int(StandardPage.objects.get(slug="about", locale__language_code="en", alias_of__isnull=True).pk)


def _sign_in_to_admin(page: Any, email: str) -> None:
    from tests.conftest import PASSWORD

    page.goto("/en/accounts/login/?next=/admin/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.locator("input[name='code']").fill(fresh_totp_code(SECRET, account=email))
    page.get_by_role("button", name="Sign In").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def test_an_editors_change_goes_live_only_after_a_moderator_approves_it(
    browser: Any, live_url: str, django_db_blocker: Any
) -> None:
    page_id = _about_page_id(django_db_blocker)
    new_intro = f"An introduction proposed by the editor ({uuid.uuid4().hex[:6]})."
    editor_email = _staff(django_db_blocker, "Editors")
    moderator_email = _staff(django_db_blocker, "Moderators")

    editor = browser.new_context(locale="en-GB", base_url=live_url).new_page()
    _sign_in_to_admin(editor, editor_email)
    editor.goto(f"/admin/pages/{page_id}/edit/")
    editor.locator("#id_intro").fill(new_intro)
    editor.locator("footer .w-dropdown__toggle").click()
    editor.get_by_role("button", name="Submit to Moderators approval").click()
    expect(editor.locator(".messages")).to_contain_text("has been submitted for moderation")

    visitor = browser.new_context(locale="en-GB", base_url=live_url).new_page()
    visitor.goto("/en/about/")
    expect(visitor.locator("main")).not_to_contain_text(new_intro)

    moderator = browser.new_context(locale="en-GB", base_url=live_url).new_page()
    _sign_in_to_admin(moderator, moderator_email)
    moderator.goto(f"/admin/pages/{page_id}/edit/")
    moderator.locator("footer .w-dropdown__toggle").click()
    moderator.get_by_role("button", name="Approve and Publish", exact=True).click()
    expect(moderator.locator(".messages")).to_contain_text("has been updated")

    visitor.goto("/en/about/")
    expect(visitor.locator("main")).to_contain_text(new_intro)

    moderator.goto(f"/admin/pages/{page_id}/history/")
    expect(moderator.locator("main")).to_contain_text("Approved")
    for context_page in (editor, visitor, moderator):
        context_page.context.close()
