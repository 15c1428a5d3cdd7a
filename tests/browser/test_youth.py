"""BIK Youth in a real browser: a 14-year-old from France joins, waits for a parent's consent, posts; a post
with a phone number is held, the French coordinator rejects it with a reason the young person reads; another
member reports a comment and the report is handled; anonymous visitors see nothing; axe-core checks every
kind of youth and moderation page on the way."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from bik.demo.services import DEMO_PASSWORD, DEMO_TOTP_SECRET
from tests.browser.conftest import assert_accessible, email_text, newest_email
from tests.browser.test_accounts_flow import CONFIRM_LINK, enter_second_factor, on_this_server

PASSWORD = "a long pass-phrase for youth 2026"
FRENCH_COORDINATOR = "youth-coordinator-fr@bik.example"
YOUTH_DEMO = "youth@bik.example"  # BlueFox27, Ireland, above the consent age
CONSENT_LINK = re.compile(r"https?://[^\s\"'<>]+/youth/consent/[^\s\"'<>]+")


def sign_in(page: Any, email: str, password: str) -> None:
    page.goto("/en/accounts/login/")
    form = page.locator("main")
    form.get_by_label("Email").fill(email)
    form.get_by_label(re.compile(r"^Password:?$")).fill(password)
    form.get_by_role("button", name="Sign In").click()


def sign_in_as_coordinator(page: Any) -> None:
    """The French youth coordinator, with the second factor the role must have."""
    sign_in(page, FRENCH_COORDINATOR, DEMO_PASSWORD)
    enter_second_factor(page, DEMO_TOTP_SECRET, FRENCH_COORDINATOR)


def new_context(browser: Any, live_url: str) -> Any:
    context = browser.new_context(locale="en-GB", base_url=live_url, timezone_id="Europe/Paris")
    context.set_default_timeout(10_000)
    return context


@pytest.fixture
def other_page(browser: Any, live_url: str) -> Iterator[Any]:
    context = new_context(browser, live_url)
    try:
        yield context.new_page()
    finally:
        context.close()


@pytest.fixture
def third_page(browser: Any, live_url: str) -> Iterator[Any]:
    context = new_context(browser, live_url)
    try:
        yield context.new_page()
    finally:
        context.close()


def _unkind_comment_in_the_french_space(django_db_blocker: Any, suffix: str) -> tuple[str, str, str]:
    """A published comment by one French member on a post, and another French member to report it.
    Made through the services, as the server would; returns (post URL, comment text, reporter email)."""
    from allauth.account.models import EmailAddress
    from django.contrib.auth.models import Group
    from django.db import connection

    from bik.accounts.models import User
    from bik.accounts.roles import Role
    from bik.moderation import services as moderation
    from bik.youth import services

    with django_db_blocker.unblock():
        france = services.national_space("FR")
        people = []
        for name in ("writer", "reporter"):
            email = f"{name}-{suffix}@browser.example"
            user = services.create_youth_account(
                email=email, password=PASSWORD, pseudonym=f"{name.title()}{suffix[:4]}",
                year_of_birth=timezone.localdate().year - 16, country="FR",
            )  # fmt: skip
            EmailAddress.objects.create(user=user.user, email=email, verified=True, primary=True)
            people.append(user.user)
        writer, reporter = people
        coordinator = User.objects.get(email=FRENCH_COORDINATOR)
        assert coordinator.groups.filter(name=Role.YOUTH_COORDINATOR.value).exists()
        post = services.submit_post(coordinator, france, kind="blog", title=f"Bienvenue {suffix}", body="Salut !").obj
        text = f"Ton post est nul {suffix}"
        comment = services.submit_comment(writer, post, text).obj
        moderation.moderate(coordinator, comment.moderation, "approve")
        url = post.get_absolute_url()
        assert Group.objects.filter(name=Role.YOUTH_MEMBER.value).exists()
        connection.close()
    return url, text, reporter.email


def letters_only(text: str) -> str:
    """Hex digits as letters: a run of digits in a post would be screened as a phone number and held."""
    return text.translate(str.maketrans("0123456789", "ghijklmnop"))


def test_a_young_person_joins_waits_for_consent_posts_and_is_kept_safe(
    page: Any, other_page: Any, third_page: Any, live_url: str, django_db_blocker: Any
) -> None:
    suffix = letters_only(uuid.uuid4().hex[:10])  # digits in a row would read as a phone number
    email = f"teen-{suffix}@browser.example"
    parent = f"parent-{suffix}@browser.example"
    pseudonym = f"Owl{suffix[:6]}"

    # Join: a 14-year-old from France, where the age of digital consent is 15.
    page.goto("/en/youth/join/")
    assert_accessible(page)
    page.get_by_role("button", name="Join").click()
    expect(page.locator(".field__error").first).to_be_visible()
    assert_accessible(page)  # the form with its errors
    page.locator("main").get_by_label("Display name").fill(pseudonym)
    page.locator("main").get_by_label("Year of birth").select_option(str(timezone.localdate().year - 14))
    page.locator("main").get_by_label("Country you live in").select_option("FR")
    page.locator("main").get_by_label("Your email address").fill(email)
    page.locator("main").get_by_label("Email of a parent or carer").fill(parent)
    page.locator("main").get_by_label("Password", exact=True).fill(PASSWORD)
    page.locator("main").get_by_label("Password (again)").fill(PASSWORD)
    page.locator("main").get_by_label("I will be kind").check()
    page.get_by_role("button", name="Join").click()
    expect(page.get_by_role("heading", name="Verify Your Email Address")).to_be_visible()

    # Verify the address (allauth's flow, as for every account).
    match = CONFIRM_LINK.search(email_text(newest_email(email)))
    assert match
    page.goto(on_this_server(match.group(0), live_url))
    page.get_by_role("button", name="Confirm").click()
    expect(page.locator("header").get_by_role("link", name="My account")).to_be_visible()

    # Reading is allowed; writing waits for the parent.
    page.goto("/en/youth/spaces/")
    expect(page.get_by_text("We sent an email to your parent or carer")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Espace jeunes France").click()
    expect(page.get_by_text("once your parent or carer has said yes")).to_be_visible()
    expect(page.get_by_role("link", name="Write something")).to_have_count(0)
    assert_accessible(page)

    # The parent agrees by email, in their own browser.
    consent = CONSENT_LINK.search(email_text(newest_email(parent)))
    assert consent
    other_page.goto(on_this_server(consent.group(0), live_url))
    expect(other_page.get_by_role("heading", name="Parental consent for BIK Youth")).to_be_visible()
    assert_accessible(other_page)
    other_page.get_by_role("button", name="I agree").click()
    expect(other_page.get_by_role("heading", name="Thank you")).to_be_visible()
    assert_accessible(other_page)

    # Now the young person posts, with a phone number: held, with a gentle explanation.
    page.reload()
    page.get_by_role("link", name="Write something").click()
    assert_accessible(page)
    page.locator("main").get_by_label("Title").fill(f"Appelez-moi {suffix}")
    page.locator("main").get_by_label("Text").fill("Mon numéro : 06 12 34 56 78")
    page.get_by_role("button", name="Publish").click()
    expect(page.get_by_text("A moderator will read it before others can see it")).to_be_visible()
    expect(page.locator(".held-notice")).to_be_visible()
    post_url = page.url
    assert_accessible(page)

    # Anonymous visitors see none of it.
    anonymous = third_page
    for path in ("/en/youth/spaces/", "/en/youth/spaces/fr/", "/en/youth/spaces/europe/", post_url):
        anonymous.goto(path)
        expect(anonymous).to_have_url(re.compile(r"/accounts/login/"))
        expect(anonymous.get_by_text(f"Appelez-moi {suffix}")).to_have_count(0)

    # The French coordinator finds it in the queue, flagged, and rejects it with a reason.
    coordinator = other_page
    sign_in_as_coordinator(coordinator)
    expect(coordinator.locator("header").get_by_role("link", name="My account")).to_be_visible()
    coordinator.goto("/en/moderation/")
    assert_accessible(coordinator)
    coordinator.get_by_role("link", name="Espace jeunes France").click()
    expect(coordinator.get_by_text("The oldest has waited")).to_be_visible()
    assert_accessible(coordinator)
    entry = coordinator.locator(".article-list__item").filter(has_text=f"Appelez-moi {suffix}")
    expect(entry.get_by_text("Phone number")).to_be_visible()
    entry.get_by_role("link").first.click()
    assert_accessible(coordinator)
    coordinator.locator("main").get_by_label("Reject").check()
    coordinator.locator("main").get_by_label("Statement of reasons").fill(
        "Please do not share phone numbers here, for your safety."
    )
    coordinator.get_by_role("button", name="Record the decision").click()
    expect(coordinator.get_by_text("Your decision is recorded")).to_be_visible()

    # The young person reads the statement of reasons, on the post and in an email.
    page.goto(post_url)
    expect(page.get_by_text("Please do not share phone numbers here, for your safety.")).to_be_visible()
    decision = newest_email(email)
    assert "did not publish" in str(decision["Subject"])
    decision_text = email_text(decision)
    assert "Please do not share phone numbers here, for your safety." in decision_text
    assert post_url.removeprefix(live_url) in decision_text

    # Another member reports an unkind comment; the coordinator hides it; the reporter sees the outcome.
    comment_post, comment_text, reporter = _unkind_comment_in_the_french_space(django_db_blocker, suffix)
    sign_in(third_page, reporter, PASSWORD)
    expect(third_page.locator("header").get_by_role("link", name="My account")).to_be_visible()
    third_page.goto(comment_post)
    expect(third_page.get_by_text(comment_text)).to_be_visible()
    assert_accessible(third_page)
    third_page.get_by_role("link", name=re.compile(r"^Report this comment")).click()
    assert_accessible(third_page)
    third_page.locator("main").get_by_label("Bullying or insults").check()
    third_page.get_by_role("button", name="Send the report").click()
    expect(third_page.get_by_text("Waiting for a moderator")).to_be_visible()
    assert_accessible(third_page)

    coordinator.goto("/en/moderation/queue/youth-fr/")
    coordinator.locator(".article-list__item").filter(has_text=comment_text).get_by_role("link").first.click()
    expect(coordinator.get_by_text("Bullying or insults")).to_be_visible()
    coordinator.locator("main").get_by_label("Hide", exact=True).check()
    coordinator.locator("main").get_by_label("Statement of reasons").fill("Unkind comments are not allowed.")
    coordinator.get_by_role("button", name="Record the decision").click()
    expect(coordinator.get_by_text("Your decision is recorded")).to_be_visible()

    third_page.goto("/en/moderation/reports/")
    expect(third_page.get_by_text("Action taken").first).to_be_visible()
    third_page.goto(comment_post)
    expect(third_page.get_by_text(comment_text)).to_have_count(0)


@pytest.fixture
def youth_page(browser: Any, live_url: str) -> Iterator[Any]:
    context = new_context(browser, live_url)
    try:
        page = context.new_page()
        sign_in(page, YOUTH_DEMO, DEMO_PASSWORD)
        expect(page.locator("header").get_by_role("link", name="My account")).to_be_visible()
        yield page
    finally:
        context.close()


def test_meeting_times_stay_the_servers_where_the_browser_cannot_write_the_language(youth_page: Any) -> None:
    """Chromium has no Irish, Maltese or Icelandic dates: rewritten in the visitor's zone they would read
    "2026 M12 16, Wed", so the server's words stay (the space's zone, named)."""
    page = youth_page
    page.goto("/ga/youth/spaces/europe/")
    shown = page.locator("time.js-local-time").first.inner_text()
    served = page.request.get("/ga/youth/spaces/europe/").text()
    writes_irish = page.evaluate("Intl.DateTimeFormat.supportedLocalesOf(['ga']).length > 0")

    if writes_irish:
        assert shown.endswith("(Europe/Paris)"), shown
    else:
        assert f">{shown}</time>" in served, shown
        assert "M12" not in shown
        assert "(Europe/Paris)" not in shown


def test_the_learning_meeting_profile_and_leaving_pages_are_accessible(youth_page: Any) -> None:
    page = youth_page
    page.goto("/en/youth/spaces/europe/")
    assert_accessible(page)
    expect(page.locator("time.js-local-time").first).to_contain_text("(Europe/Paris)")  # the visitor's zone
    page.get_by_role("link", name="Protect your accounts").click()
    assert_accessible(page)
    page.get_by_role("button", name="Check my answers").click()
    expect(page.get_by_text("Please answer every question.")).to_be_visible()
    page.locator("input[type=radio]").nth(1).check()
    page.locator("input[type=radio]").nth(4).check()
    page.get_by_role("button", name="Check my answers").click()
    expect(page.locator(".quiz-feedback").first).to_be_visible()
    assert_accessible(page)
    page.goto("/en/youth/spaces/europe/meetings/")
    assert_accessible(page)
    page.goto("/en/youth/spaces/europe/")
    page.get_by_role("link", name="What would make the internet better for you?").click()
    assert_accessible(page)
    page.get_by_role("link", name="SunnyRiver").first.click()
    expect(page.get_by_text("This profile is private.")).to_be_visible()
    assert_accessible(page)
    page.go_back()
    page.get_by_role("link", name=re.compile(r"^Report this comment")).first.click()
    assert_accessible(page)
    page.goto("/en/youth/leaving/?to=https://www.example.org/")
    assert_accessible(page)
    page.goto("/en/moderation/reports/")
    assert_accessible(page)


def test_the_too_young_page_is_accessible(page: Any) -> None:
    page.goto("/en/youth/join/")
    page.locator("main").get_by_label("Display name").fill("Tiny")
    page.locator("main").get_by_label("Year of birth").select_option(str(timezone.localdate().year - 10))
    page.locator("main").get_by_label("Country you live in").select_option("FR")
    page.locator("main").get_by_label("Your email address").fill(f"tiny-{uuid.uuid4().hex[:8]}@browser.example")
    page.locator("main").get_by_label("Password", exact=True).fill(PASSWORD)
    page.locator("main").get_by_label("Password (again)").fill(PASSWORD)
    page.locator("main").get_by_label("I will be kind").check()
    page.get_by_role("button", name="Join").click()
    expect(page.get_by_role("heading", name="Thanks for wanting to join!")).to_be_visible()
    assert_accessible(page)


def test_a_coordinator_plans_a_meeting_that_members_see_in_their_own_time_zone(
    browser: Any, live_url: str, page: Any, django_db_blocker: Any
) -> None:
    title = f"Panel jeunes {uuid.uuid4().hex[:8]}"
    next_year = timezone.localdate().year + 1

    # The French coordinator plans it from the space page; a first try without a date is explained.
    coordinator = page
    sign_in_as_coordinator(coordinator)
    expect(coordinator.locator("header").get_by_role("link", name="My account")).to_be_visible()
    coordinator.goto("/en/youth/spaces/fr/")
    coordinator.get_by_role("link", name=re.compile(r"^Coordinate this space")).click()
    coordinator.get_by_role("link", name="Plan a meeting").click()
    main = coordinator.locator("main")
    main.get_by_label("Title").fill(title)
    main.get_by_label("What is it about?").fill("On prépare le Safer Internet Day ensemble.")
    main.get_by_label("Start time").fill("17:00")
    main.get_by_label("Duration (minutes)").fill("45")
    main.get_by_label("Joining link").fill("https://meet.bik.example/panel-fr")
    coordinator.get_by_role("button", name="Save the meeting").click()
    expect(coordinator.locator(".field__error")).to_contain_text("This field is required.")
    expect(main.get_by_label("Title")).to_have_value(title)
    main.get_by_label("Date").fill(f"{next_year}-01-15")
    coordinator.get_by_role("button", name="Save the meeting").click()
    expect(coordinator.get_by_text("The meeting is saved.")).to_be_visible()
    expect(coordinator.get_by_role("heading", name=title)).to_be_visible()

    with django_db_blocker.unblock():
        from django.db import connection

        from bik.youth.models import Meeting

        meeting = Meeting.objects.get(title=title)
        assert meeting.starts_at.isoformat() == f"{next_year}-01-15T16:00:00+00:00"  # 17:00 in Paris, in UTC
        connection.close()

    # A French member in Lisbon sees it as planned (17:00, Paris) and in their own time (16:00), with the link.
    context = browser.new_context(locale="en-GB", base_url=live_url, timezone_id="Europe/Lisbon")
    context.set_default_timeout(10_000)
    try:
        member = context.new_page()
        sign_in(member, "youth-fr@bik.example", DEMO_PASSWORD)
        expect(member.locator("header").get_by_role("link", name="My account")).to_be_visible()
        member.goto("/en/youth/spaces/fr/meetings/")
        entry = member.locator(".meeting").filter(has_text=title)
        expect(entry.locator("time")).to_contain_text(re.compile(r"(16:00|4:00\sPM) \(Europe/Lisbon\)"))
        expect(entry.locator("time")).to_contain_text("(Europe/Paris) · ")  # the hour as planned comes first
        expect(entry.get_by_role("link", name="Join the meeting")).to_have_attribute(
            "href", "https://meet.bik.example/panel-fr"
        )
        expect(entry.get_by_role("link", name=re.compile(r"^Cancel"))).to_have_count(0)

        # The coordinator cancels it; the member sees that it is off.
        coordinator.get_by_role("link", name=f"Cancel “{title}”").click()
        coordinator.get_by_role("button", name="Cancel the meeting").click()
        expect(coordinator.get_by_text("The meeting is cancelled.")).to_be_visible()
        member.reload()
        expect(entry.get_by_text("This meeting is cancelled.")).to_be_visible()
        expect(entry.get_by_role("link", name="Join the meeting")).to_have_count(0)
    finally:
        context.close()


def test_an_adult_who_follows_the_youth_buttons_is_told_the_area_is_not_theirs(page: Any) -> None:
    """A signed-in adult (a parent, a centre's staff) on the youth section page is offered "My youth spaces" and
    "Join BIK Youth": both end on a page that says BIK Youth is for the young people who joined it, not on
    "page not found"."""
    sign_in(page, "member@bik.example", DEMO_PASSWORD)
    expect(page.locator("header").get_by_role("link", name="My account")).to_be_visible()
    for button in ("My youth spaces", "Join BIK Youth"):
        page.goto("/en/youth/")
        page.locator("main").get_by_role("link", name=button).click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Members only")
        expect(page.locator("main")).to_contain_text("This account is not a youth account.")
