"""A research partner submits a study, an editor returns it with a reason, the partner fixes it, the editor
publishes it, and a visitor finds it in the research area (from the home page's menu) and in the API; axe-core
finds no violation on the partner's, the editor's and the visitor's pages."""

from __future__ import annotations

import re
import uuid
from typing import Any

from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.contrib.auth.models import Group
from django.db import connection
from playwright.sync_api import expect

from bik.accounts.models import User
from bik.accounts.roles import Role
from bik.demo.pdf import minimal_pdf
from bik.partners.models import PartnerMember, PartnerOrganisation
from tests.browser.conftest import assert_accessible, fresh_totp_code
from tests.conftest import PASSWORD

RESEARCH_PARTNER = "nordic-childrens-online-research"


def _people(django_db_blocker: Any, suffix: str) -> tuple[tuple[str, str], tuple[str, str]]:
    """A new person acting for the demo research partner, and a new editor, each with their own second factor."""
    people = []
    with django_db_blocker.unblock():
        for prefix, role in (("partner", Role.PARTNER), ("editor", Role.EDITOR)):
            email = f"{prefix}-{suffix}@browser.example"
            user = User.objects.create_user(email, PASSWORD, display_name=prefix)
            EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
            user.groups.add(Group.objects.get(name=role.value))
            secret = generate_totp_secret()
            TOTP.activate(user, secret)
            if role == Role.PARTNER:
                PartnerMember.objects.create(
                    organisation=PartnerOrganisation.objects.get(slug=RESEARCH_PARTNER), user=user
                )
            people.append((email, secret))
        connection.close()
    return people[0], people[1]


def _sign_in(page: Any, email: str, secret: str) -> None:
    page.goto("/en/accounts/login/")
    form = page.locator("main")
    form.get_by_label("Email").fill(email)
    form.get_by_label(re.compile(r"^Password:?$")).fill(PASSWORD)
    form.get_by_role("button", name="Sign In").click()
    expect(page.get_by_role("heading", name="Two-Factor Authentication")).to_be_visible()
    page.locator("input[name='code']").fill(fresh_totp_code(secret, account=email))
    page.get_by_role("button", name="Sign In").click()


def test_a_partner_study_is_returned_fixed_published_and_found(
    page: Any, other_page: Any, django_db_blocker: Any
) -> None:
    for each in (page, other_page):
        each.set_default_navigation_timeout(30_000)  # the first pages of a cold server render slowly
    suffix = uuid.uuid4().hex[:8]
    (partner, partner_secret), (editor, editor_secret) = _people(django_db_blocker, suffix)
    title = f"Children and smart speakers {suffix}"

    # The partner signs in and lands in the workspace.
    _sign_in(page, partner, partner_secret)
    expect(page.get_by_role("heading", name="Partner workspace", level=1)).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Submit a publication").click()
    page.get_by_label("Title").fill(title)
    page.get_by_label("Summary").fill("What 400 children told us about talking to speakers at home.")
    page.get_by_label("Type").select_option(label="Study")
    page.get_by_label("PDF file").set_input_files(
        files=[{"name": "speakers.pdf", "mimeType": "application/pdf", "buffer": minimal_pdf(title, ["Findings."])}]
    )
    assert_accessible(page)
    page.get_by_role("button", name="Send for review").click()
    expect(page.get_by_text("Your publication was sent to the editors for review.")).to_be_visible()
    expect(page.get_by_role("row", name=re.compile(title))).to_contain_text("Waiting for review")

    # The editor returns it with a reason.
    _sign_in(other_page, editor, editor_secret)
    other_page.goto("/en/partners/review/")
    other_page.get_by_role("link", name=title).click()
    assert_accessible(other_page)
    other_page.get_by_label("What should the partner change?").fill("Say which countries the children live in.")
    other_page.get_by_role("button", name="Return to the partner").click()
    expect(other_page.get_by_text("The publication was returned to the partner.")).to_be_visible()

    # The partner reads the reason, fixes the summary and sends it again.
    page.reload()
    row = page.get_by_role("row", name=re.compile(title))
    expect(row).to_contain_text("Returned for changes")
    expect(row).to_contain_text("Say which countries the children live in.")
    row.get_by_role("link", name=title).click()
    expect(page.locator(".partner-reason")).to_have_text("Say which countries the children live in.")
    assert_accessible(page)
    page.get_by_label("Summary").fill("What 400 children in Finland and Norway told us about talking to speakers.")
    page.get_by_role("button", name="Send for review again").click()
    expect(page.get_by_text("Your changes were sent to the editors for review.")).to_be_visible()

    # The editor publishes it.
    other_page.goto("/en/partners/review/")
    other_page.get_by_role("link", name=title).click()
    expect(other_page.get_by_text("in Finland and Norway")).to_be_visible()
    other_page.get_by_role("button", name="Approve and publish").click()
    expect(other_page.get_by_text("The publication is published.")).to_be_visible()

    # A visitor finds it from the home page's menu, with its organisation's profile.
    page.goto("/en/")
    menu = page.locator("details[data-audience='industry-research']")
    menu.locator("summary").click()
    menu.locator('a[data-tool="research"]').click()
    page.get_by_role("link", name=title).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    page.get_by_role("link", name="Nordic Centre for Children's Online Research").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Nordic Centre for Children's Online Research")
    expect(page.get_by_role("link", name=title)).to_be_visible()
    assert_accessible(page)
    api = page.request.get(f"/api/v1/research/?partner={RESEARCH_PARTNER}").json()
    found = next(item for item in api["results"] if item["title"] == title)
    assert found["partner"]["name"] == "Nordic Centre for Children's Online Research"
