"""The geographic maps and the youth area's own pages in a real browser: a keyboard user tabs to a country on
the centres map and opens it with Enter; axe-core finds nothing on the centres map, the SID gallery's map, the
youth welcome page or a youth space with avatars; and a young member picks an avatar with JavaScript off."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_accessible
from tests.browser.test_youth import sign_in
from tests.conftest import PASSWORD


@pytest.fixture(scope="module")
def sid_gallery_url(live_url: str, django_db_blocker: Any) -> str:
    from django.conf import settings

    from bik.sid import demo

    with django_db_blocker.unblock():
        demo.load()
    return f"http://{settings.BIK_SID_HOST}:{urlsplit(live_url).port}/en/gallery/"


def _new_youth(django_db_blocker: Any) -> str:
    from tests.youth.conftest import make_youth

    email = f"map-youth-{uuid.uuid4().hex[:10]}@youth.example"
    with django_db_blocker.unblock():
        make_youth(email, "IE")
    return email


def _youth_page(browser: Any, live_url: str, django_db_blocker: Any, *, javascript: bool) -> Iterator[Any]:
    context = browser.new_context(locale="en-GB", base_url=live_url, java_script_enabled=javascript)
    context.set_default_timeout(10_000)
    try:
        page = context.new_page()
        sign_in(page, _new_youth(django_db_blocker), PASSWORD)
        expect(page.locator("header").get_by_role("link", name="My account")).to_be_visible()
        yield page
    finally:
        context.close()


@pytest.fixture
def youth_without_js(browser: Any, live_url: str, django_db_blocker: Any) -> Iterator[Any]:
    yield from _youth_page(browser, live_url, django_db_blocker, javascript=False)


@pytest.fixture
def new_youth_page(browser: Any, live_url: str, django_db_blocker: Any) -> Iterator[Any]:
    yield from _youth_page(browser, live_url, django_db_blocker, javascript=True)


def test_a_keyboard_user_tabs_to_a_country_on_the_map_and_opens_it(page: Any) -> None:
    page.goto("/en/centres/")
    page.get_by_role("link", name="Skip to the list").focus()
    page.keyboard.press("Tab")
    austria = page.get_by_role("group", name="Map of the network").get_by_role("link", name="Austria", exact=True)
    expect(austria).to_be_focused()  # the map's links follow the countries' names, as the list does
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/en/centres/at/$"))


def test_the_centres_map_names_every_country_and_passes_axe(page: Any) -> None:
    page.goto("/en/centres/")
    links = page.get_by_role("group", name="Map of the network").get_by_role("link")
    expect(links).to_have_count(31)
    for name in ("Iceland", "Malta", "Cyprus", "Luxembourg"):
        expect(page.get_by_role("link", name=name, exact=True).first).to_be_attached()
    assert_accessible(page)


def test_the_sid_gallery_map_shows_counts_with_a_legend_and_passes_axe(page: Any, sid_gallery_url: str) -> None:
    page.goto(sid_gallery_url)
    group = page.get_by_role("group", name="Map: events and actions per country")
    portugal = group.locator("a[data-country='PT']")
    count = int(portugal.get_attribute("data-count") or "0")
    assert count >= 1
    expect(portugal).to_have_attribute("aria-label", f"Portugal: {count}")
    expect(page.locator(".sid-legend li")).to_have_count(5)
    assert_accessible(page)
    portugal.focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/en/countries/pt/$"))


def test_a_member_picks_an_avatar_without_javascript(youth_without_js: Any) -> None:
    page = youth_without_js
    page.goto("/en/youth/spaces/")
    page.get_by_role("link", name="My profile and 'about me'").click()
    page.get_by_role("radio", name="Penguin").check()
    page.get_by_role("button", name="Save my profile").click()

    expect(page.get_by_text("Your profile is saved.")).to_be_visible()
    expect(page.get_by_role("radio", name="Penguin")).to_be_checked()
    expect(page.locator("header.page-header img.avatar")).to_have_attribute("src", re.compile(r"avatars/penguin"))


def test_the_welcome_page_and_a_space_with_avatars_pass_axe(new_youth_page: Any) -> None:
    page = new_youth_page
    page.goto("/en/youth/spaces/")
    page.get_by_role("link", name="How BIK Youth works").first.click()
    expect(page.get_by_role("heading", name="Your safety tools")).to_be_visible()
    assert_accessible(page)
    page.goto("/en/youth/spaces/europe/")
    expect(page.locator("img.avatar").first).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="How BIK Youth works").click()
    page.get_by_role("button", name="Got it, take me to my spaces").click()
    expect(page).to_have_url(re.compile(r"/en/youth/spaces/$"))
