"""The BIK Bulletin in Chromium: subscribe from the archive, confirm from the mail sink, read the archive; and
every public bulletin page passes axe-core's checks."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.browser.conftest import email_text, newest_email


@pytest.fixture(scope="module")
def tokens(django_db_blocker: Any, live_url: str) -> dict[str, str]:
    """Signed links of a demo subscriber and of a demo delivery, as the emails carry them."""
    from django.db import connection

    from bik.bulletin import emails
    from bik.bulletin.models import Delivery, Subscriber

    with django_db_blocker.unblock():
        subscriber = Subscriber.objects.get(email="subscriber@bik.example")
        delivery = Delivery.objects.filter(subscriber=subscriber).order_by("pk").first()
        assert delivery is not None
        values = {
            "preferences": emails.preferences_token(subscriber.pk),
            "unsubscribe": emails.unsubscribe_token(delivery.pk),
        }
        connection.close()
    return values


def test_a_visitor_subscribes_confirms_from_the_email_and_reads_the_archive(page: Any) -> None:
    address = f"reader-{uuid.uuid4().hex[:10]}@browser.example"
    page.goto("/en/bulletin/")
    expect(page.get_by_role("heading", name="Archive")).to_be_visible()
    expect(page.get_by_role("link", name=re.compile("growing up with AI companions"))).to_be_visible()

    form = page.locator("form.bulletin-subscribe")
    form.get_by_label("Your email address").fill(address)
    form.get_by_label("Language of the bulletin").select_option("fr")
    form.get_by_role("button", name="Subscribe").click()
    expect(page.get_by_role("heading", name="Check your inbox")).to_be_visible()

    link = re.search(r"http://\S+/fr/bulletin/confirm/\S+/", email_text(newest_email(address)))
    assert link, "the confirmation email has no link"
    page.goto(link.group(0))
    page.get_by_role("button", name=re.compile("Confirm|Confirmer")).click()
    expect(page.locator("h1")).to_have_count(1)
    expect(page.get_by_role("heading", level=1)).not_to_have_text(re.compile("does not work|ne fonctionne"))

    page.goto("/fr/bulletin/")
    expect(page.get_by_role("link", name=re.compile("grandir avec des compagnons IA"))).to_be_visible()
    page.get_by_role("link", name=re.compile("grandir avec des compagnons IA")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile("grandir avec des compagnons IA"))


def _subscribe_with_mistakes(page: Any) -> None:
    page.goto("/en/bulletin/subscribe/")
    page.get_by_label("Your email address").fill("not-an-address")
    page.get_by_role("button", name="Subscribe").click()
    expect(page.get_by_text("Enter an email address like name@example.org.")).to_be_visible()


def _first_issue(page: Any) -> None:
    page.goto("/en/bulletin/")
    page.get_by_role("link", name=re.compile("growing up with AI companions")).click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()


VISITS: list[tuple[str, Callable[[dict[str, str]], str] | Callable[[Any], None]]] = [
    ("archive", lambda t: "/en/bulletin/"),
    ("archive-fr", lambda t: "/fr/bulletin/"),
    ("archive-year", lambda t: "/en/bulletin/?year=2025"),
    ("subscribe", lambda t: "/en/bulletin/subscribe/"),
    ("check-inbox", lambda t: "/en/bulletin/subscribe/check-your-inbox/"),
    ("invalid-link", lambda t: "/en/bulletin/confirm/nonsense/"),
    ("preferences", lambda t: f"/en/bulletin/preferences/{t['preferences']}/"),
    ("unsubscribe", lambda t: f"/en/bulletin/unsubscribe/{t['unsubscribe']}/"),
]


@pytest.mark.parametrize(("name", "path"), VISITS, ids=[name for name, _ in VISITS])
def test_bulletin_page_has_no_axe_violations(page: Any, tokens: dict[str, str], name: str, path: Any) -> None:
    page.goto(path(tokens))
    page.wait_for_load_state("load")
    results = Axe().run(page)
    assert results.violations_count == 0, f"{page.url}\n{results.generate_report()}"


@pytest.mark.parametrize("steps", [_subscribe_with_mistakes, _first_issue], ids=["subscribe-with-errors", "issue"])
def test_bulletin_page_after_steps_has_no_axe_violations(page: Any, steps: Callable[[Any], None]) -> None:
    steps(page)
    page.wait_for_load_state("load")
    results = Axe().run(page)
    assert results.violations_count == 0, f"{page.url}\n{results.generate_report()}"
