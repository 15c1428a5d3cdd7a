"""One journey of issue #21's youth part, in Chromium: a young person looks at the webinars and their
digital-leader path, offers a poster they made; the coordinator of their space approves it; it appears in the
public resource gallery as "made by young people". axe-core checks every new kind of page on the way."""

from __future__ import annotations

import re
import uuid
from typing import Any

from django.utils import timezone
from playwright.sync_api import expect

from tests.browser.conftest import assert_accessible
from tests.browser.test_youth import (
    PASSWORD,
    letters_only,
    new_context,
    sign_in,
    sign_in_as_coordinator,
)


def _poster_bytes() -> bytes:
    import io

    from PIL import Image, ImageDraw

    picture = Image.new("RGB", (600, 800), "#1d4ed8")
    ImageDraw.Draw(picture).ellipse((150, 250, 450, 550), fill="#facc15")
    out = io.BytesIO()
    picture.save(out, format="PNG")
    return out.getvalue()


def _french_member(django_db_blocker: Any, suffix: str) -> str:
    from allauth.account.models import EmailAddress
    from django.db import connection

    from bik.youth import services

    with django_db_blocker.unblock():
        email = f"maker-{suffix}@browser.example"
        profile = services.create_youth_account(
            email=email, password=PASSWORD, pseudonym=f"Maker{suffix[:5]}",
            year_of_birth=timezone.localdate().year - 16, country="FR",
        )  # fmt: skip
        EmailAddress.objects.create(user=profile.user, email=email, verified=True, primary=True)
        connection.close()
    return email


def test_a_young_person_offers_a_poster_the_coordinator_approves_it_and_the_gallery_shows_it(
    browser: Any, live_url: str, django_db_blocker: Any
) -> None:
    suffix = letters_only(uuid.uuid4().hex[:8])  # digits in a row would read as a phone number
    title = f"Pause before you post {suffix}"
    email = _french_member(django_db_blocker, suffix)

    member_context = new_context(browser, live_url)
    try:
        page = member_context.new_page()
        sign_in(page, email, PASSWORD)
        page.goto("/en/youth/spaces/")

        # The webinars: the past one with its recording and summary, the upcoming one to register for.
        page.locator(".youth-nav").get_by_role("link", name="Webinars").click()
        expect(page.get_by_role("heading", name="Youth webinars", level=1)).to_be_visible()
        assert_accessible(page)
        page.get_by_role("link", name="Webinar: spotting deepfakes").click()
        expect(page.get_by_role("heading", name="Recording and summary")).to_be_visible()
        assert_accessible(page)
        page.go_back()
        page.get_by_role("link", name="Webinar: your rights online").click()
        expect(page.get_by_role("link", name="Join the webinar")).to_have_count(0)
        page.get_by_role("button", name="Register").click()
        expect(page.get_by_role("link", name="Join the webinar")).to_be_visible()
        assert_accessible(page)

        # The digital-leader path of the European space.
        page.goto("/en/youth/spaces/europe/")
        page.get_by_role("link", name="Digital leaders: level 1").click()
        expect(page.get_by_text("You have finished 0 of 2 modules.")).to_be_visible()
        assert_accessible(page)

        # Offer a poster: first without describing it, then complete.
        page.locator(".youth-nav").get_by_role("link", name="Resources I made").click()
        assert_accessible(page)
        page.get_by_role("link", name="Offer a resource").click()
        form = page.locator("main form")
        form.get_by_label("Poster", exact=True).check()
        form.get_by_label("Title").fill(title)
        form.get_by_label("What is it about, and who is it for?").fill("A poster for our classroom wall.")
        form.get_by_label("Poster picture").set_input_files(
            {"name": "poster.png", "mimeType": "image/png", "buffer": _poster_bytes()}
        )
        form.get_by_label(re.compile(r"^CC BY 4\.0")).check()
        form.get_by_label(re.compile(r"^I \(we\) made this")).check()
        page.get_by_role("button", name="Send to my coordinators").click()
        expect(page.get_by_text("Describe the poster in a sentence or two.")).to_be_visible()
        expect(form.get_by_label("Title")).to_have_value(title)
        assert_accessible(page)
        form.get_by_label("Poster picture").set_input_files(
            {"name": "poster.png", "mimeType": "image/png", "buffer": _poster_bytes()}
        )
        form.get_by_label("Describe the poster for people who cannot see it").fill("A yellow sun on blue.")
        page.get_by_role("button", name="Send to my coordinators").click()
        expect(page.get_by_text("Waiting for the coordinators of your space.")).to_be_visible()
        assert_accessible(page)
    finally:
        member_context.close()

    coordinator_context = new_context(browser, live_url)
    try:
        page = coordinator_context.new_page()
        sign_in_as_coordinator(page)
        page.goto("/en/youth/spaces/fr/")
        page.get_by_role("link", name=re.compile(r"^Coordinate this space")).click()
        page.get_by_role("link", name=title).click()
        expect(page.get_by_role("img", name="A yellow sun on blue.")).to_be_visible()
        assert_accessible(page)
        page.get_by_label(re.compile(r"^Approve")).check()
        page.get_by_role("button", name="Record the decision").click()
        expect(page.get_by_text("Your decision is recorded")).to_be_visible()
    finally:
        coordinator_context.close()

    visitor_context = new_context(browser, live_url)
    try:
        page = visitor_context.new_page()
        page.goto("/en/")
        menu = page.locator('header details.audience-menu[data-audience="young-people"]')
        menu.locator("summary").click()
        menu.get_by_role("link", name="Made by young people").click()
        item = page.locator(".resource-item", has_text=title)
        expect(item.get_by_text("Made by young people")).to_be_visible()
        expect(item.get_by_text(f"by Maker{suffix[:5]}")).to_be_visible()
        assert_accessible(page)
    finally:
        visitor_context.close()
