"""The Safer Internet Day mini-site in Chromium, on its own host name (sid.localhost, which Chromium resolves
to the loopback address): a school in Portugal registers, submits an event, the Portuguese organiser approves
it, and it shows on the Portugal page, in the gallery filter, on the map and in iCalendar; and every kind of
page on the mini-site passes axe-core."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pytest
from playwright.sync_api import expect

from bik.demo.services import DEMO_PASSWORD
from tests.browser import conftest
from tests.browser.conftest import Tabs, assert_accessible, email_text, newest_email

PASSWORD = "a long school pass-phrase 2026"
CONFIRM_LINK = re.compile(r"https?://[^\s\"'<>]+/accounts/confirm-email/[^\s\"'<>]+")
PORTUGAL_ORGANISER = "sid-pt@bik.example"
DEMO_SUPPORTER = "escola-lisboa@bik.example"


@pytest.fixture(scope="module")
def sid_url(live_url: str, django_db_blocker: Any) -> str:
    """The live server under the SID host name, with the SID demo content loaded."""
    from django.conf import settings

    from bik.sid import demo

    with django_db_blocker.unblock():
        demo.load()
    port = urlsplit(live_url).port
    return f"http://{settings.BIK_SID_HOST}:{port}"


@pytest.fixture
def sid_page(tabs: Tabs, sid_url: str) -> Any:
    return tabs.lend(sid_url)


def sign_in(page: Any, email: str, password: str, next_path: str) -> None:
    page.goto(f"/en/accounts/login/?next={next_path}")
    page.get_by_label("Email").fill(email)
    page.get_by_label(re.compile(r"^Password:?$")).fill(password)
    page.get_by_role("button", name="Sign In").click()
    expect(page).to_have_url(re.compile(re.escape(next_path) + "$"))


def map_count(page: Any, code: str) -> int:
    return int(page.locator(f"a.europe-map__country[data-country='{code}']").get_attribute("data-count"))


def test_a_portuguese_school_takes_part_from_registration_to_calendar(
    sid_page: Any, browser: Any, sid_url: str
) -> None:
    page = sid_page
    email = f"escola-{uuid.uuid4().hex[:10]}@browser.example"
    title = f"Safer gaming evening {uuid.uuid4().hex[:6]}"
    page.goto("/en/gallery/")
    portugal_before = map_count(page, "PT")

    # The school registers on the mini-site and confirms its address from the email.
    page.goto("/en/")
    page.get_by_role("banner").get_by_role("link", name="Become a supporter").click()
    # The form's page fully loaded before typing: in one CI run the click on "School" did not take (Playwright:
    # "clicking the checkbox did not change its state") with the page perhaps still loading.
    expect(page).to_have_url(re.compile(r"/supporters/register/$"))
    page.wait_for_load_state("load")
    page.get_by_label("Email").fill(email)
    page.get_by_label(re.compile(r"^Password")).first.fill(PASSWORD)
    page.get_by_label("Password (again)").fill(PASSWORD)
    page.get_by_label("Name of the organisation, school or person").fill("Escola Secundária do Porto")
    page.get_by_role("radio", name="School").check()
    expect(page.get_by_role("radio", name="School")).to_be_checked()
    page.get_by_label("Country").select_option("PT")
    page.get_by_role("button", name="Register").click()
    expect(page.get_by_role("heading", name="Check your email")).to_be_visible()
    link = CONFIRM_LINK.search(email_text(newest_email(email)))
    assert link, "no confirmation link"
    confirm, server = urlsplit(link.group(0)), urlsplit(sid_url)
    page.goto(urlunsplit((server.scheme, server.netloc, confirm.path, confirm.query, "")))
    page.get_by_role("button", name="Confirm").click()

    # It signs in and submits an event for the current edition.
    sign_in(page, email, PASSWORD, "/en/supporters/submit/")
    page.get_by_role("radio", name="Event", exact=True).check()
    page.get_by_label("Title").fill(title)
    page.get_by_label("Description").fill("Games and a talk for parents and teens.")
    page.get_by_label("Starts").fill("2027-02-09T18:00")
    page.get_by_label("Time zone").select_option("Europe/Lisbon")
    page.get_by_role("radio", name="In person").check()
    page.get_by_label("City").fill("Porto")
    page.get_by_role("checkbox", name="Parents and carers").check()
    page.get_by_label("Language", exact=True).select_option("pt")
    page.get_by_role("button", name="Send for review").click()
    expect(page.get_by_text("waiting for the organisers' review")).to_be_visible()
    expect(page.get_by_role("row", name=re.compile(title))).to_contain_text("Waiting for review")
    page.get_by_role("button", name="Sign out").click()

    # Not public yet.
    page.goto("/en/countries/pt/")
    expect(page.get_by_text(title)).to_have_count(0)

    # The Portuguese organiser approves it.
    sign_in(page, PORTUGAL_ORGANISER, DEMO_PASSWORD, "/en/review/")
    page.get_by_role("link", name=title).click()
    page.get_by_role("button", name="Approve and publish").click()
    expect(page.get_by_text("is public now")).to_be_visible()
    page.get_by_role("button", name="Sign out").click()

    # It is on the Portugal page, in the gallery filter and on the map.
    page.goto("/en/countries/pt/")
    expect(page.get_by_role("link", name=title)).to_be_visible()
    page.goto("/en/gallery/")
    assert map_count(page, "PT") == portugal_before + 1
    expect(page.get_by_role("row", name=re.compile("Portugal"))).to_contain_text(str(portugal_before + 1))
    page.get_by_label("Country", exact=True).select_option("PT")
    page.get_by_label("Audience", exact=True).select_option("parents")
    page.get_by_label("Format", exact=True).select_option("in_person")
    page.get_by_role("button", name="Show").click()
    expect(page).to_have_url(re.compile(r"country=PT"))
    page.get_by_role("link", name=title).click()

    # And it exports to iCalendar.
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Add to calendar").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".ics")
    calendar = Path(download.path()).read_text(encoding="utf-8")
    assert f"SUMMARY:{title}" in calendar
    assert "DTSTART:20270209T180000Z" in calendar  # Lisbon is on UTC in February
    assert "LOCATION:Porto" in calendar


# --- axe-core on every kind of page ---------------------------------------------------------------------


def _register_with_mistakes(page: Any) -> None:
    page.goto("/en/supporters/register/")
    page.get_by_label("Email").fill("not-an-address")
    page.get_by_role("button", name="Register").click()
    expect(page.get_by_text("Enter a valid email address.")).to_be_visible()


def _first_gallery_item(page: Any) -> None:
    page.goto("/en/gallery/")
    page.locator(".sid-card__title a").first.click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()


def _first_review(page: Any) -> None:
    page.goto("/en/review/")
    page.locator("tbody th a").first.click()
    expect(page.get_by_role("button", name="Approve and publish")).to_be_visible()


def _submit_with_mistakes(page: Any) -> None:
    page.goto("/en/supporters/submit/")
    page.get_by_role("button", name="Send for review").click()
    expect(page.get_by_text("Please correct the marked fields.")).to_be_visible()


@dataclass(frozen=True)
class Visit(conftest.Visit):
    as_user: str = ""  # the demo account the scan is made as


VISITS = [
    Visit("home", "/en/"),
    Visit("home-pt", "/pt/"),
    Visit("editions", "/en/editions/"),
    Visit("resources", "/en/resources/"),
    Visit("countries", "/en/countries/"),
    Visit("country-with-centre", "/en/countries/pt/"),
    Visit("country-with-committee", "/en/countries/br/"),
    Visit("country-without-organiser", "/en/countries/jp/"),
    Visit("gallery", "/en/gallery/"),
    Visit("gallery-filtered", "/en/gallery/?country=PT&audience=parents"),
    Visit("gallery-bad-filter", "/en/gallery/?edition=abc", status=400),
    Visit("gallery-item", steps=_first_gallery_item),
    Visit("register", "/en/supporters/register/"),
    Visit("register-with-errors", steps=_register_with_mistakes),
    Visit("registered", "/en/supporters/register/sent/"),
    Visit("sign-in-on-sid-host", "/en/accounts/login/"),
    Visit("not-found", "/en/no-such-page/", status=404),
    Visit("dashboard", "/en/supporters/", as_user=DEMO_SUPPORTER),
    Visit("submit", "/en/supporters/submit/", as_user=DEMO_SUPPORTER),
    Visit("submit-with-errors", as_user=DEMO_SUPPORTER, steps=_submit_with_mistakes),
    Visit("review-queue", "/en/review/", as_user=PORTUGAL_ORGANISER),
    Visit("review", as_user=PORTUGAL_ORGANISER, steps=_first_review),
    Visit("country-edit", "/en/countries/pt/edit/", as_user=PORTUGAL_ORGANISER),
]


@pytest.fixture(scope="module")
def signed_in_states(browser: Any, sid_url: str) -> dict[str, Any]:
    states: dict[str, Any] = {}
    for email in (DEMO_SUPPORTER, PORTUGAL_ORGANISER):
        context = browser.new_context(locale="en-GB", base_url=sid_url)
        try:
            page = context.new_page()
            sign_in(page, email, DEMO_PASSWORD, "/en/supporters/" if email == DEMO_SUPPORTER else "/en/review/")
            states[email] = context.storage_state()
        finally:
            context.close()
    return states


@pytest.mark.parametrize("visit", VISITS, ids=[visit.id for visit in VISITS])
def test_sid_page_has_no_axe_violations(
    visit: Visit, tabs: Tabs, sid_url: str, signed_in_states: dict[str, Any]
) -> None:
    page = tabs.lend(sid_url, cookies=signed_in_states[visit.as_user]["cookies"] if visit.as_user else None)
    visit.make(page)
    assert_accessible(page)


def test_keyboard_users_can_skip_to_the_main_content(sid_page: Any) -> None:
    sid_page.goto("/en/")
    sid_page.keyboard.press("Tab")
    skip_link = sid_page.get_by_role("link", name="Skip to main content")
    expect(skip_link).to_be_focused()
    sid_page.keyboard.press("Enter")
    expect(sid_page.locator("#main")).to_be_focused()


def test_on_a_phone_the_archive_of_editions_keeps_its_words_whole_and_scrolls_in_its_region(
    browser: Any, sid_url: str
) -> None:
    """Twelve past editions (the reference list) in five columns do not fit 390 pixels: the table scrolls inside
    its region, never the page, rather than squeezing a column to a letter a line; its pictures are styled."""
    context = browser.new_context(locale="fr-FR", base_url=sid_url, viewport={"width": 390, "height": 844})
    try:
        page = context.new_page()
        page.goto("/fr/editions/")
        widths = page.evaluate(
            """() => {
                const region = document.querySelector('.scroll-region');
                const words = [...region.querySelectorAll('thead th, tbody th')].map(cell => {
                    const range = document.createRange();
                    range.selectNodeContents(cell);
                    return {text: cell.textContent.trim(), lines: range.getClientRects().length};
                });
                const thumb = region.querySelector('.edition-theme__thumb');
                return {
                    page: document.documentElement.scrollWidth,
                    region: [region.scrollWidth, region.clientWidth],
                    words: words.filter(word => !word.text.includes(' ')),
                    thumb: thumb ? thumb.getBoundingClientRect().width : null,
                };
            }"""
        )
        assert widths["page"] == 390, widths
        assert widths["region"][0] > widths["region"][1], "the table scrolls inside its region"
        assert len(widths["words"]) >= 12, widths["words"]  # "Année", "Édition", … and the twelve years
        assert all(word["lines"] == 1 for word in widths["words"]), widths["words"]
        assert widths["thumb"] == 48, widths  # pictures.css: 3rem beside the theme on a phone
    finally:
        context.close()
