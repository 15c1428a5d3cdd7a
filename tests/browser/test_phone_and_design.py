"""Phones first and the design system, in Chromium: at 390 by 844 px with JavaScript switched off the header's menu
and a list page's filters still open and work, the first result is on the first screen and nothing scrolls
sideways; the dark theme passes axe-core; and screenshots of the main pages (desktop, phone, dark) are kept as
test artefacts in BIK_SCREENSHOTS_DIR (var/screenshots/ by default)."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from bik.demo.datafiles import demo_data
from bik.demo.services import DEMO_PASSWORD
from tests.browser.conftest import BASE_DIR, Tabs, assert_accessible

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}
YOUTH_DEMO = "youth@bik.example"
ARTICLE = f"/en/news/{demo_data('news')['articles'][0]['slug']}/"

# The list pages whose first result must be on the first screen of a phone, and the selector of that result.
FIRST_RESULTS = {
    "/en/news/": ".article-list__item",
    "/en/portal/resources/": ".resource-item",
    "/en/portal/videos/": ".gallery-results li",
    "/en/portal/online-services/": ".guide-results li",
}


def screenshots_dir() -> Path:
    path = Path(os.environ.get("BIK_SCREENSHOTS_DIR") or BASE_DIR / "var" / "screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path


def _context(browser: Any, base_url: str, **options: Any) -> Any:
    context = browser.new_context(locale="en-GB", base_url=base_url, **options)
    context.set_default_timeout(10_000)
    context.set_default_navigation_timeout(30_000)  # the first visit warms the server's caches on a busy machine
    return context


@pytest.fixture
def phone_without_js(browser: Any, live_url: str) -> Iterator[Any]:
    context = _context(browser, live_url, viewport=PHONE, java_script_enabled=False)
    try:
        yield context.new_page()
    finally:
        context.close()


@pytest.fixture
def phone(tabs: Tabs, live_url: str) -> Any:
    page = tabs.lend(live_url)
    page.set_viewport_size(PHONE)
    return page


def test_the_phone_menu_opens_without_javascript_and_its_links_work(phone_without_js: Any) -> None:
    page = phone_without_js
    page.goto("/en/")
    header = page.locator("header.site-header")
    menu = header.get_by_text("Menu", exact=True)
    help_link = header.get_by_role("link", name="Get help now")
    # One compact row: brand, "Menu" and "Get help now" side by side, the rest hidden.
    for control in (header.locator(".brand"), menu, help_link):
        box = control.bounding_box()
        assert box is not None
        assert box["y"] < 70, box
        assert box["height"] >= 44, box
    assert header.bounding_box()["height"] < 80
    expect(header.get_by_role("link", name="Sign in")).to_be_hidden()

    menu.click()
    expect(header.get_by_role("link", name="Create account")).to_be_visible()
    expect(header.get_by_role("search")).to_be_visible()
    header.locator("details.audience-menu").first.locator("summary").click()
    header.get_by_role("link", name="News").click()
    expect(page).to_have_url(re.compile(r"/en/news/$"))


def _count(page: Any) -> int:
    return int(re.sub(r"\D", "", page.locator(".resource-results__count").inner_text()))


def test_the_filters_open_without_javascript_and_filter_the_list(phone_without_js: Any) -> None:
    page = phone_without_js
    page.goto("/en/portal/resources/")
    everything = _count(page)
    expect(page.get_by_label("Search resources")).to_be_hidden()
    page.get_by_text("Filter", exact=True).click()
    page.get_by_label("Search resources").fill("cyberbullying")
    page.get_by_role("button", name="Show resources").click()
    expect(page).to_have_url(re.compile(r"q=cyberbullying"))
    assert 0 < _count(page) < everything
    page.get_by_text("Filter", exact=True).click()
    expect(page.get_by_role("link", name="Clear filters")).to_be_visible()


@pytest.mark.parametrize("path", list(FIRST_RESULTS))
def test_the_first_result_is_on_the_first_screen_of_a_phone(phone: Any, path: str) -> None:
    phone.goto(path)
    box = phone.locator(FIRST_RESULTS[path]).first.bounding_box()
    assert box is not None
    assert box["y"] + min(box["height"], 120) <= PHONE["height"], (path, box)


# The evidence pages hold the widest tables: each table scrolls inside its own region, never the page.
WIDE_TABLES = ["/en/report/statistics/", "/en/helpline-statistics/", "/en/impact/"]


# The evidence and contributors' pages, and pages of facts (a term beside its value: the guide's entries, an
# event, a study), in French (longer words than English).
IN_FRENCH = [
    "/fr/portal/online-services/duolingo/",
    "/fr/portal/events/webinar-ai-companions/",
    "/fr/portal/research/children-online-2026/",
    "/fr/policy/",
    "/fr/policy/countries/ie/",
    "/fr/policy/compare/?c1=IE&c2=FR",
    "/fr/knowledge/documents/",
    "/fr/knowledge/age-assurance/",
    "/fr/partners/playfair-games/",
    "/fr/youth-panels/",
    "/fr/youth-panels/fr/",
]


@pytest.mark.parametrize("path", ["/en/", *FIRST_RESULTS, *WIDE_TABLES, *IN_FRENCH])
def test_no_page_scrolls_sideways_on_a_phone(phone: Any, path: str) -> None:
    phone.goto(path)
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


@pytest.mark.parametrize(
    "path",
    [
        "/en/account/",
        "/fr/accounts/sessions/",
        "/en/accounts/email/",
        "/en/accounts/password/change/",
        "/en/accounts/2fa/",
    ],
)
def test_no_account_page_scrolls_sideways_on_a_phone(
    tabs: Tabs, live_url: str, youth_state: dict[str, Any], path: str
) -> None:
    """The account's pages, allauth's among them: the signed-in devices' table (a browser's description is long)
    scrolls in its own region instead of widening the page."""
    page = tabs.lend(live_url, cookies=youth_state["cookies"])
    page.set_viewport_size(PHONE)
    response = page.goto(path)
    assert response is not None
    assert response.status == 200
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    if "sessions" in path:
        region = page.get_by_role("region", name="Appareils connectés")
        expect(region.locator("table")).to_be_visible()
        assert region.evaluate("el => el.scrollWidth > el.clientWidth"), "the devices' table is wider than a phone"


def test_a_wide_table_scrolls_in_its_own_region_from_the_keyboard(phone: Any) -> None:
    phone.goto("/en/report/statistics/")
    region = phone.get_by_role("region", name="Hotline statistics")
    assert region.evaluate("el => el.scrollWidth > el.clientWidth"), "the table should be wider than a phone"
    region.focus()
    phone.keyboard.press("ArrowRight")
    expect(region).to_be_focused()
    # The browser may scroll smoothly: wait for the region to have moved.
    region.evaluate(
        "el => new Promise(done => { const t = Date.now(); (function f() { "
        "if (el.scrollLeft > 0 || Date.now() - t > 5000) done(); else requestAnimationFrame(f); })(); })"
    )
    assert region.evaluate("el => el.scrollLeft") > 0


@pytest.mark.parametrize("path", ["/en/", "/en/news/", "/en/portal/resources/"])
def test_the_dark_theme_has_no_axe_violations(page: Any, path: str) -> None:
    page.emulate_media(color_scheme="dark")
    page.goto(path)
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background == "rgb(16, 21, 29)", background  # the dark theme is really on
    assert_accessible(page)


# --- Screenshots ---------------------------------------------------------------------------------------

VIEWS: dict[str, dict[str, Any]] = {
    "desktop": {"viewport": DESKTOP},
    "phone": {"viewport": PHONE, "is_mobile": True, "has_touch": True, "device_scale_factor": 1},
    "dark": {"viewport": PHONE, "color_scheme": "dark"},
}


@pytest.fixture(scope="module")
def youth_state(browser: Any, live_url: str) -> dict[str, Any]:
    """A signed-in young member's cookies, for the youth pages."""
    context = _context(browser, live_url, viewport=DESKTOP)
    try:
        page = context.new_page()
        page.goto("/en/accounts/login/")
        form = page.locator("main")
        form.get_by_label("Email").fill(YOUTH_DEMO)
        form.get_by_label(re.compile(r"^Password:?$")).fill(DEMO_PASSWORD)
        form.get_by_role("button", name="Sign In").click()
        expect(page.locator("header").get_by_role("link", name="My account")).to_be_visible()
        state: dict[str, Any] = context.storage_state()
        return state
    finally:
        context.close()


@pytest.fixture(scope="module")
def sid_url(live_url: str, django_db_blocker: Any) -> str:
    from django.conf import settings

    from bik.sid import demo

    with django_db_blocker.unblock():
        demo.load()
    return f"http://{settings.BIK_SID_HOST}:{urlsplit(live_url).port}"


def _first_link(page: Any, selector: str) -> str:
    href = page.locator(selector).first.get_attribute("href")
    assert href, selector
    return str(href)


@pytest.mark.parametrize("view", list(VIEWS))
def test_screenshots_of_the_main_pages(
    browser: Any, live_url: str, sid_url: str, youth_state: dict[str, Any], view: str
) -> None:
    folder = screenshots_dir()
    shots: list[Path] = []

    def shoot(page: Any, name: str, path: str) -> None:
        response = page.goto(path)
        assert response is not None
        assert response.status == 200, (name, path)
        target = folder / f"{name}-{view}.png"
        page.screenshot(path=str(target), full_page=True)
        shots.append(target)

    public = _context(browser, live_url, **VIEWS[view])
    try:
        page = public.new_page()
        shoot(page, "home", "/en/")
        shoot(page, "news-list", "/en/news/")
        shoot(page, "article", ARTICLE)
        shoot(page, "resource-gallery", "/en/portal/resources/")
        shoot(page, "resource", _first_link(page, ".resource-item__title a"))
        shoot(page, "video-gallery", "/en/portal/videos/")
        shoot(page, "guide", "/en/portal/online-services/")
        shoot(page, "guide-entry", _first_link(page, ".guide-results h3 a"))
        shoot(page, "centres", "/en/centres/")
        shoot(page, "helpline-statistics", "/en/helpline-statistics/")
    finally:
        public.close()

    sid = _context(browser, sid_url, **VIEWS[view])
    try:
        page = sid.new_page()
        shoot(page, "sid-home", "/en/")
        shoot(page, "sid-gallery", "/en/gallery/")
    finally:
        sid.close()

    youth = _context(browser, live_url, storage_state=youth_state, **VIEWS[view])
    try:
        page = youth.new_page()
        shoot(page, "youth-space", "/en/youth/spaces/europe/")
        shoot(page, "youth-post", _first_link(page, "main a[href*='/posts/']"))
    finally:
        youth.close()

    assert len(shots) == 14
    for shot in shots:
        assert shot.exists(), shot
        assert shot.stat().st_size > 1000, shot


@pytest.mark.parametrize(
    "path", ["/en/youth/welcome/", "/en/youth/spaces/europe/", "/en/youth/consultations/", "/en/youth/panel/"]
)
def test_the_youth_area_passes_axe_in_the_dark_theme(
    tabs: Tabs, live_url: str, youth_state: dict[str, Any], path: str
) -> None:
    page = tabs.lend(live_url, cookies=youth_state["cookies"])
    page.emulate_media(color_scheme="dark")
    page.goto(path)
    assert "youth-theme" in (page.locator("body").get_attribute("class") or "")
    assert_accessible(page)


@pytest.mark.parametrize(
    "path", ["/en/centres/", "/en/helpline-statistics/", "/en/impact/", "/en/youth-panels/", "/en/youth-panels/fr/"]
)
def test_the_map_and_evidence_pages_pass_axe_in_the_dark_theme(page: Any, path: str) -> None:
    page.emulate_media(color_scheme="dark")
    page.goto(path)
    assert_accessible(page)
