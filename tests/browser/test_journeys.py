"""Four visitors, each in a browser set to their language, start at `/` and only click (and type into forms):
on a desktop (1366 by 768) and on a phone (390 by 844). axe-core checks every page they pass through.

The catalogues of most languages are being written, so nothing here reads translated wording: the steps find
their way by structure (the menus by audience, the tools' `data-tool` links, form field names) and check
`lang` attributes, addresses and data."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_accessible, email_text, newest_email

VIEWPORTS = {"desktop": {"width": 1366, "height": 768}, "phone": {"width": 390, "height": 844}}
DEMO_SCHOOL = "escola-lisboa@bik.example"  # the demo's Portuguese school, a SID supporter


@pytest.fixture(params=list(VIEWPORTS))
def visitor(request: pytest.FixtureRequest, browser: Any, live_url: str, language: str) -> Iterator[Any]:
    """A browser context set to the visitor's language (the test's `language`) at the parametrised size."""
    context = browser.new_context(locale=language, base_url=live_url, viewport=VIEWPORTS[request.param])
    context.set_default_timeout(15_000)
    try:
        yield context.new_page()
    finally:
        context.close()


def arrive(page: Any, language: str) -> None:
    """Type the site's address once: `/` sends the browser to its language's home page."""
    page.goto("/")
    expect(page).to_have_url(re.compile(rf"/{language}/$"))
    expect(page.locator("html")).to_have_attribute("lang", language)
    assert_accessible(page)


def show_menu(page: Any) -> None:
    """On phones the header's links sit behind "Menu" (a <details>): open it when it is there to open."""
    toggle = page.locator("header .site-menu__toggle")
    if toggle.is_visible():
        toggle.click()


def show_filters(page: Any) -> None:
    """On phones a list page's filters sit behind "Filter" (a <details>): open it when it is closed."""
    toggle = page.locator("main .filter-panel__toggle")
    if toggle.is_visible() and page.locator("main details.filter-panel[open]").count() == 0:
        toggle.click()


def open_tool(page: Any, audience: str, tool: str) -> None:
    """Open the header's menu for `audience` and follow its link to `tool`."""
    show_menu(page)
    menu = page.locator(f'details[data-audience="{audience}"]')
    menu.locator("summary").click()
    link = menu.locator(f'a[data-tool="{tool}"]')
    expect(link).to_be_visible()
    assert_accessible(page)  # with the menu open
    link.click()
    page.wait_for_load_state("load")


def in_language(page: Any, language: str) -> None:
    expect(page.locator("html")).to_have_attribute("lang", language)
    assert_accessible(page)


@pytest.mark.parametrize("language", ["it"])
def test_an_italian_parent_gets_help_in_italy_and_finds_resources_for_9_to_12_year_olds(
    visitor: Any, language: str
) -> None:
    page = visitor
    arrive(page, "it")

    open_tool(page, "parents", "help")
    expect(page).to_have_url(re.compile(r"/it/help/$"))
    in_language(page, "it")
    page.locator("select#country").select_option("IT")
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/it/centres/it/#helpline$"))
    in_language(page, "it")
    expect(page.locator("#helpline")).to_be_visible()

    open_tool(page, "parents", "resources")
    expect(page).to_have_url(re.compile(r"/it/portal/resources/\?audience=parents$"))
    in_language(page, "it")
    for facet, value in (("language", "it"), ("age", "9-12")):
        show_filters(page)
        with page.expect_navigation():
            page.locator(f'input[name="{facet}"][value="{value}"]').check()
    expect(page).to_have_url(re.compile(r"audience=parents"))
    query = urlsplit(page.url).query
    assert "language=it" in query
    assert "age=9-12" in query
    italian = page.locator('.resource-item__title a[lang="it"]')
    expect(italian.first).to_be_visible()
    assert italian.count() >= 3
    assert page.locator(".resource-item__title a:not([lang='it'])").count() == 0
    in_language(page, "it")

    italian.first.click()
    expect(page).to_have_url(re.compile(r"/it/portal/resources/\d+-[-\w]+/$"))
    in_language(page, "it")


@pytest.mark.parametrize("language", ["pl"])
def test_a_polish_teacher_finds_a_polish_video_and_compares_two_apps(visitor: Any, language: str) -> None:
    page = visitor
    arrive(page, "pl")

    open_tool(page, "teachers", "videos")
    expect(page).to_have_url(re.compile(r"/pl/portal/videos/$"))
    in_language(page, "pl")
    show_filters(page)
    filters = page.locator("main form.form").first
    filters.locator('select[name="language"]').select_option("pl")
    filters.locator("button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"language=pl"))
    in_language(page, "pl")
    videos = page.locator("main article a[href*='/pl/portal/videos/'], main li a[href*='/pl/portal/videos/']")
    expect(videos.first).to_be_visible()
    videos.first.click()
    expect(page).to_have_url(re.compile(r"/pl/portal/videos/[-\w]+/$"))
    in_language(page, "pl")
    expect(page.locator('[lang="pl"], [hreflang="pl"]').first).to_be_attached()

    open_tool(page, "teachers", "guide")
    expect(page).to_have_url(re.compile(r"/pl/portal/online-services/$"))
    in_language(page, "pl")
    compare = page.locator("form.guide-compare-form")
    boxes = compare.locator('input[name="compare"]')
    chosen = [boxes.nth(0).get_attribute("value"), boxes.nth(1).get_attribute("value")]
    boxes.nth(0).check()
    boxes.nth(1).check()
    compare.locator("button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/pl/portal/online-services/compare/\?compare="))
    in_language(page, "pl")
    table = page.locator("main table")
    expect(table).to_be_visible()
    for slug in chosen:
        expect(table.locator(f'a[href$="/online-services/{slug}/"]')).to_have_count(1)


@pytest.mark.parametrize("language", ["mt"])
def test_a_maltese_visitor_reads_the_home_page_and_subscribes_to_the_bulletin(
    visitor: Any, live_url: str, language: str, django_db_blocker: Any
) -> None:
    page = visitor
    port = urlsplit(live_url).port
    assert port != 8000, "a server on another port than make run's default"
    address = f"malti-{uuid.uuid4().hex[:10]}@browser.example"
    arrive(page, "mt")
    expect(page.locator("h1")).to_be_visible()

    page.locator("footer a[href$='/mt/bulletin/subscribe/']").click()
    in_language(page, "mt")
    form = page.locator("main form[action$='/mt/bulletin/subscribe/']")
    form.locator('input[name="email"]').fill(address)
    expect(form.locator('select[name="language"]')).to_have_value("mt")
    form.locator("button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/mt/bulletin/subscribe/check-your-inbox/$"))
    in_language(page, "mt")

    message = newest_email(address)
    links = re.findall(r"https?://\S+/bulletin/confirm/\S+/", email_text(message))
    assert links, "no confirmation link"
    confirm = urlsplit(links[0])
    assert confirm.port == port, f"{links[0]} is not on the server that sent it"
    assert confirm.path.startswith("/mt/")
    page.goto(links[0])  # the visitor follows the link in their mail program
    in_language(page, "mt")
    page.locator("main form button[type=submit]").click()
    in_language(page, "mt")

    from bik.bulletin.models import Subscriber

    with django_db_blocker.unblock():
        subscriber = Subscriber.objects.get(email=address)
    assert subscriber.language == "mt"
    assert subscriber.confirmed_at is not None


@pytest.fixture
def edition_day(django_db_blocker: Any) -> dt.date:
    from bik.sid import demo, services

    with django_db_blocker.unblock():
        demo.load()
        edition = services.current_edition()
    assert edition is not None
    day: dt.date = edition.date
    return day


@pytest.mark.parametrize("language", ["pt"])
def test_a_portuguese_school_reaches_the_sid_site_from_the_portal_and_submits_an_event(
    visitor: Any, live_url: str, language: str, edition_day: dt.date, django_db_blocker: Any
) -> None:
    from django.conf import settings

    from bik.demo.services import DEMO_PASSWORD

    page = visitor
    title = f"Oficina {uuid.uuid4().hex[:6]}"
    arrive(page, "pt")

    show_menu(page)
    page.locator("nav.site-nav a[href='/pt/portal/']").click()
    in_language(page, "pt")
    page.locator("main a[data-tool='sid']").click()
    sid = urlsplit(page.url)
    assert (sid.hostname, sid.port, sid.path) == (settings.BIK_SID_HOST, urlsplit(live_url).port, "/pt/")
    in_language(page, "pt")

    page.locator("header a[href*='/accounts/login/']").first.click()
    page.locator('input[name="login"]').fill(DEMO_SCHOOL)
    page.locator('input[name="password"]').fill(DEMO_PASSWORD)
    page.locator("main form button[type=submit]").first.click()
    page.locator("header a[href$='/pt/supporters/']").first.click()
    in_language(page, "pt")
    page.locator("main a[href$='/pt/supporters/submit/']").click()
    in_language(page, "pt")

    form = page.locator("main form")
    form.locator('input[name="kind"][value="event"]').check()
    form.locator('input[name="title"]').fill(title)
    form.locator('textarea[name="description"]').fill("Jogos e conversa para pais e adolescentes.")
    form.locator('input[name="starts_at"]').fill(f"{edition_day.isoformat()}T18:00")
    form.locator('input[name="ends_at"]').fill(f"{edition_day.isoformat()}T20:00")
    form.locator('select[name="timezone"]').select_option("Europe/Lisbon")
    form.locator('input[name="format"][value="in_person"]').check()
    form.locator('input[name="city"]').fill("Lisboa")
    form.locator('input[name="audiences"][value="parents"]').check()
    form.locator('select[name="language"]').select_option("pt")
    form.locator("button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/pt/supporters/$"))
    in_language(page, "pt")
    expect(page.locator("main table")).to_contain_text(title)

    from bik.sid.models import Action, Status

    with django_db_blocker.unblock():
        action = Action.objects.get(title=title)
        assert (str(action.country), action.status, action.language) == ("PT", Status.PENDING, "pt")


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_the_menus_by_audience_work_without_javascript(browser: Any, live_url: str, viewport: str) -> None:
    context = browser.new_context(
        locale="de", base_url=live_url, viewport=VIEWPORTS[viewport], java_script_enabled=False
    )
    try:
        page = context.new_page()
        page.goto("/")
        expect(page).to_have_url(re.compile(r"/de/$"))
        show_menu(page)
        for audience in ("parents", "teachers", "young-people", "professionals", "industry-research"):
            menu = page.locator(f'details[data-audience="{audience}"]')
            menu.locator("summary").click()
            expect(menu.locator("a[data-tool]").first).to_be_visible()
            menu.locator("summary").click()
        # axe-core needs scripts, so this visitor's pages are checked by the journeys above instead.
        menu = page.locator('details[data-audience="industry-research"]')
        menu.locator("summary").click()
        menu.locator('a[data-tool="research"]').click()
        expect(page).to_have_url(re.compile(r"/de/portal/research/$"))
        expect(page.locator("html")).to_have_attribute("lang", "de")
    finally:
        context.close()
