"""The coordinators' pages (meetings, learning modules, resources picked for youth), the members' "about me"
editor, the list of picked resources and the decisions about one's own content pass axe-core, as rendered in
Chromium; and a coordinator writes a learning module that a member then follows, without JavaScript help."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from tests.browser.conftest import assert_accessible
from tests.browser.test_youth import (
    FRENCH_COORDINATOR,
    PASSWORD,
    letters_only,
    new_context,
    sign_in,
    sign_in_as_coordinator,
)


@pytest.fixture
def coordinator(browser: Any, live_url: str) -> Iterator[Any]:
    context = new_context(browser, live_url)
    try:
        page = context.new_page()
        sign_in_as_coordinator(page)
        expect(page.locator("header").get_by_role("link", name="My account")).to_be_visible()
        yield page
    finally:
        context.close()


def _fresh_french_member(django_db_blocker: Any, suffix: str) -> str:
    """A French member whose first post a coordinator rejected, made through the services as the server would."""
    from allauth.account.models import EmailAddress
    from django.db import connection

    from bik.accounts.models import User
    from bik.moderation import services as moderation
    from bik.youth import services

    with django_db_blocker.unblock():
        email = f"member-{suffix}@browser.example"
        profile = services.create_youth_account(
            email=email, password=PASSWORD, pseudonym=f"Kite{suffix[:5]}",
            year_of_birth=timezone.localdate().year - 16, country="FR",
        )  # fmt: skip
        EmailAddress.objects.create(user=profile.user, email=email, verified=True, primary=True)
        post = services.submit_post(profile.user, services.national_space("FR"), kind="blog", title="Hi", body="Yo")
        coordinator = User.objects.get(email=FRENCH_COORDINATOR)
        moderation.moderate(coordinator, post.item, "hide", "Please write in French in this space.")
        connection.close()
    return email


def test_the_coordinators_pages_are_accessible_and_a_module_reaches_members(
    coordinator: Any, browser: Any, live_url: str, django_db_blocker: Any
) -> None:
    page = coordinator
    suffix = letters_only(uuid.uuid4().hex[:8])  # digits in a row would read as a phone number
    module_title = f"Fausses infos {suffix}"

    page.goto("/en/youth/spaces/fr/")
    page.get_by_role("link", name=re.compile(r"^Coordinate this space")).click()
    expect(page.get_by_role("heading", name="Coordinate Espace jeunes France")).to_be_visible()
    assert_accessible(page)

    # Meetings: the empty form, the form with errors, a change, the cancel confirmation.
    page.get_by_role("link", name="Plan a meeting").click()
    assert_accessible(page)
    page.locator("main").get_by_label("Joining link").fill("http://insecure.example/")
    page.get_by_role("button", name="Save the meeting").click()
    expect(page.get_by_text("Use a secure link that starts with https://.")).to_be_visible()
    assert_accessible(page)
    page.goto("/en/youth/spaces/fr/coordinate/")
    page.get_by_role("link", name=re.compile(r"^Change “")).first.click()
    assert_accessible(page)
    page.goto("/en/youth/spaces/fr/coordinate/")
    page.get_by_role("link", name=re.compile(r"^Cancel “")).first.click()
    assert_accessible(page)
    page.get_by_role("link", name="Keep it").click()

    # A learning module: errors first (a quiz answer that does not exist), then saved and published.
    page.get_by_role("link", name="Write a learning module").click()
    assert_accessible(page)
    main = page.locator("main")
    main.get_by_label("Title", exact=True).fill(module_title)
    main.get_by_label("Published").check()
    lesson = main.locator("fieldset").filter(has_text="Lesson 1")
    lesson.get_by_label("Lesson title").fill("Vérifier la source")
    lesson.get_by_label("Lesson text").fill("Qui a publié cette information, et quand ?")
    question = main.locator("fieldset").filter(has_text="Question 1")
    question.get_by_label("Question", exact=True).fill("Premier réflexe ?")
    question.get_by_label("Answers").fill("Partager tout de suite\nVérifier la source")
    question.get_by_label("Number of the right answer").fill("3")
    question.get_by_label("Feedback").fill("On vérifie avant de partager.")
    page.get_by_role("button", name="Save the module").click()
    expect(page.get_by_text("There are only 2 answers.")).to_be_visible()
    assert_accessible(page)
    question.get_by_label("Number of the right answer").fill("2")
    page.get_by_role("button", name="Save and add another lesson or question").click()
    expect(page.get_by_text("The learning module is saved.")).to_be_visible()
    expect(main.locator("fieldset").filter(has_text="Lesson 2 (new)")).to_be_visible()
    assert_accessible(page)

    # Resources picked for youth: search by title, pick one with a note.
    page.goto("/en/youth/spaces/fr/coordinate/")
    page.get_by_role("link", name="Pick resources").click()
    page.locator("main").get_by_label("Find a resource by its title").fill("tips for young people")
    page.get_by_role("button", name="Find resources").click()
    first = page.locator("main .article-list__item").filter(has=page.get_by_role("button", name=re.compile("^Pick")))
    resource_title = first.first.get_by_role("heading").inner_text()
    assert_accessible(page)
    first.first.get_by_label("Note for young people (optional)").fill(f"Utile ! {suffix}")
    first.first.get_by_role("button", name=re.compile("^Pick")).click()
    expect(page.get_by_text("is now picked for this space")).to_be_visible()

    # A French member finds the module and the picked resource in the space.
    member_email = _fresh_french_member(django_db_blocker, suffix)
    context = new_context(browser, live_url)
    try:
        member = context.new_page()
        sign_in(member, member_email, PASSWORD)
        expect(member.locator("header").get_by_role("link", name="My account")).to_be_visible()
        member.goto("/en/youth/spaces/fr/")
        expect(member.get_by_text(f"Utile ! {suffix}")).to_be_visible()
        member.get_by_role("link", name="All picked resources").click()
        expect(member.get_by_role("link", name=resource_title)).to_be_visible()
        assert_accessible(member)
        member.get_by_role("link", name=resource_title).click()
        expect(member.get_by_role("heading", level=1)).to_have_text(resource_title)
        member.goto("/en/youth/spaces/fr/")
        member.get_by_role("link", name=module_title).click()
        expect(member.get_by_text("Qui a publié cette information, et quand ?")).to_be_visible()

        # Their own profile, with the "about me" editor; the text is held for review when new.
        member.goto("/en/youth/spaces/")
        member.get_by_role("link", name="My profile and 'about me'").click()
        assert_accessible(member)
        member.locator("main").get_by_label("About me", exact=True).fill("J'aime le dessin.")
        member.locator("main").get_by_label("Show 'about me' to other members").check()
        member.get_by_role("button", name="Save my profile").click()
        expect(member.get_by_text("A moderator will read your 'about me'").first).to_be_visible()
        assert_accessible(member)

        # The decision about their hidden post, with the statement of reasons.
        member.goto("/en/moderation/reports/")
        expect(member.get_by_text("Please write in French in this space.")).to_be_visible()
        assert_accessible(member)
    finally:
        context.close()
