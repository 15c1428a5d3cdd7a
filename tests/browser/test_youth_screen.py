"""The screen's most serious signal in a real browser: a French member writes, indirectly, that they hurt
themselves again and wish they could disappear. The post is held with the self-harm reason, the writer sees
their national helpline at once, and the French coordinator finds it marked urgent at the top of the queue.
axe-core checks each page on the way."""

from __future__ import annotations

import re
import uuid
from typing import Any

from django.utils import timezone
from playwright.sync_api import expect

from tests.browser.conftest import assert_accessible
from tests.browser.test_youth import PASSWORD, letters_only, sign_in, sign_in_as_coordinator

INDIRECT_SELF_HARM = "Je me suis encore fait du mal hier soir. Parfois j'aimerais juste disparaître."


def _french_member_and_helpline(django_db_blocker: Any, suffix: str) -> tuple[str, str]:
    """A verified 16-year-old member in France (above the consent age), made through the services as the
    server would; returns their email and the name of France's helpline as the directory lists it."""
    from allauth.account.models import EmailAddress
    from django.db import connection

    from bik.network.models import Centre, Service, Strand
    from bik.youth import services

    with django_db_blocker.unblock():
        email = f"sad-{suffix}@browser.example"
        profile = services.create_youth_account(
            email=email, password=PASSWORD, pseudonym=f"Heron{suffix[:5]}",
            year_of_birth=timezone.localdate().year - 16, country="FR",
        )  # fmt: skip
        EmailAddress.objects.create(user=profile.user, email=email, verified=True, primary=True)
        centre = Centre.objects.get(country="FR")
        helpline = centre.helpline or Service.objects.create(
            centre=centre, strand=Strand.HELPLINE, organisation="e-Enfance / 3018", phone="3018"
        )
        name = helpline.organisation
        connection.close()
    return email, name


def test_an_indirect_self_harm_post_shows_the_helpline_and_is_urgent_for_the_coordinator(
    page: Any, other_page: Any, django_db_blocker: Any
) -> None:
    suffix = letters_only(uuid.uuid4().hex[:10])
    email, helpline = _french_member_and_helpline(django_db_blocker, suffix)
    title = f"Une mauvaise semaine {suffix}"

    # The member writes in the French space.
    sign_in(page, email, PASSWORD)
    expect(page.locator("header").get_by_role("link", name="My account")).to_be_visible()
    page.goto("/en/youth/spaces/fr/write/")
    assert_accessible(page)
    page.locator("main").get_by_label("Title").fill(title)
    page.locator("main").get_by_label("Text").fill(INDIRECT_SELF_HARM)
    page.locator("main").get_by_role("button", name="Publish").click()

    # Held, and the national helpline is shown at once.
    expect(page.get_by_role("heading", name=title)).to_be_visible()
    expect(page.get_by_text("Only you and the moderators can see this for now.")).to_be_visible()
    box = page.get_by_role("region", name="You are not alone")
    expect(box).to_be_visible()
    expect(box.get_by_text(helpline)).to_be_visible()
    expect(box.get_by_text("If someone is in immediate danger, call 112.")).to_be_visible()
    assert_accessible(page)

    # The French coordinator sees it marked urgent, first in the queue, with the self-harm reason.
    coordinator = other_page
    sign_in_as_coordinator(coordinator)
    expect(coordinator.locator("header").get_by_role("link", name="My account")).to_be_visible()
    coordinator.goto("/en/moderation/")
    expect(coordinator.get_by_text(re.compile(r"\d+ urgent"))).to_be_visible()
    assert_accessible(coordinator)
    coordinator.goto("/en/moderation/queue/youth-fr/")
    first = coordinator.locator(".queue-list > li").first
    expect(first.get_by_text("Urgent", exact=True)).to_be_visible()
    entry = coordinator.locator(".queue-list > li").filter(has_text=title)
    expect(entry.get_by_text("Urgent", exact=True)).to_be_visible()
    expect(entry.get_by_text("Self-harm")).to_be_visible()
    items = coordinator.locator(".queue-list > li")
    urgent_flags = [items.nth(index).locator(".tag--urgent").count() > 0 for index in range(items.count())]
    assert urgent_flags == sorted(urgent_flags, reverse=True)  # every urgent item before the others
    assert_accessible(coordinator)
    entry.get_by_role("link").first.click()
    expect(coordinator.get_by_text("Self-harm")).to_be_visible()
    assert_accessible(coordinator)
