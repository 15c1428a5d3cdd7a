"""Every kind of page the platform serves passes axe-core's automated checks (WCAG 2.x A/AA and best
practices), as rendered by a real browser with the real stylesheet; and keyboard users can skip the chrome."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from bik.demo.datafiles import demo_data
from bik.demo.services import DEMO_PASSWORD
from bik.pages.structure import structure
from tests.browser import conftest
from tests.browser.conftest import Tabs, assert_accessible

MEMBER_EMAIL = "member@bik.example"  # a demo account without a role or a second factor


def _accessibility_statement_from_the_footer(page: Any) -> None:
    page.goto("/en/")
    page.locator("footer").get_by_role("link", name="Accessibility statement").click()
    expect(page).to_have_url(re.compile(r"/en/accessibility/$"))


def _sign_up_with_mistakes(page: Any) -> None:
    page.goto("/en/accounts/signup/")
    page.get_by_label("Email").fill(f"mistaken-{uuid.uuid4().hex[:12]}@browser.example")
    page.get_by_label(re.compile(r"^Password:?$")).fill("short")
    page.get_by_label(re.compile(r"^Password \(again\):?$")).fill("different")
    page.get_by_role("button", name="Sign Up").click()
    expect(page.get_by_text("This password is too short.")).to_be_visible()
    expect(page.get_by_label(re.compile(r"^Password:?$"))).to_have_attribute("aria-invalid", "true")


def _a_panel_article(page: Any) -> None:
    page.goto("/en/youth-panels/ie/")
    page.locator("main .card__title a").first.click()
    expect(page).to_have_url(re.compile(r"/en/youth-panels/ie/articles/\d+/$"))


def _a_resource_made_by_young_people(page: Any) -> None:
    page.goto("/en/portal/resources/?type=made-by-young-people")
    page.locator(".resource-item").first.get_by_role("link").first.click()
    expect(page.locator("main .tag--youth-made")).to_have_text("Made by young people")


def _first_irish_document(page: Any) -> None:
    page.goto("/en/knowledge/documents/?country=IE")
    page.locator(".document-list a").first.click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()


@dataclass(frozen=True)
class Visit(conftest.Visit):
    signed_in: bool = False  # as a demo member without a role


SECTIONS = [page["slug"] for page in structure()["pages"] if page.get("in_menu")]

VISITS = [
    Visit("home-en", "/en/"),
    Visit("home-fr", "/fr/"),
    *(Visit(f"section-{slug}", f"/en/{slug}/") for slug in SECTIONS),
    Visit("news-index", "/en/news/"),
    Visit("news-article", f"/en/news/{demo_data('news')['articles'][0]['slug']}/"),
    Visit("standard-page", steps=_accessibility_statement_from_the_footer),
    Visit("resources-made-by-young-people", "/en/portal/resources/?type=made-by-young-people"),
    Visit("resource-made-by-young-people", steps=_a_resource_made_by_young_people),
    Visit("centres", "/en/centres/"),
    Visit("centre", "/en/centres/be/"),
    Visit("youth-panels", "/en/youth-panels/"),
    Visit("youth-panel", "/en/youth-panels/fr/"),
    Visit("youth-panel-article", steps=_a_panel_article),
    Visit("get-help", "/en/help/"),
    Visit("policy-map", "/en/policy/?year=2025&indicator=hotline-reports"),
    Visit("policy-country", "/en/policy/countries/fr/"),
    Visit("policy-compare", "/en/policy/compare/?c1=FR&c2=DE&c3=IE"),
    Visit("policy-open-data", "/en/policy/open-data/"),
    Visit("get-help-unknown-country", "/en/help/?country=ZZ", status=400),
    Visit("sign-in", "/en/accounts/login/"),
    Visit("sign-up", "/en/accounts/signup/"),
    Visit("sign-up-with-errors", steps=_sign_up_with_mistakes),
    Visit("password-reset", "/en/accounts/password/reset/"),
    Visit("my-account", "/en/account/", signed_in=True),
    Visit("two-factor", "/en/accounts/2fa/", signed_in=True),
    Visit("sessions", "/en/accounts/sessions/", signed_in=True),
    Visit("youth-area-not-for-adults", "/en/youth/spaces/", status=403, signed_in=True),
    Visit("partners", "/en/partners/"),
    Visit("partner-profile", "/en/partners/playfair-games/"),
    Visit("partner-apply", "/en/partners/apply/", signed_in=True),
    Visit("knowledge-hub", "/en/knowledge/"),
    Visit("knowledge-documents", "/en/knowledge/documents/?country=IE&pillar=protection"),
    Visit("knowledge-document", steps=_first_irish_document),
    Visit("knowledge-explainer", "/en/knowledge/age-assurance/"),
    Visit("knowledge-explainer-fr", "/fr/knowledge/age-assurance/"),
    Visit("knowledge-glossary", "/en/knowledge/glossary/"),
    Visit("not-found", "/en/no-such-page/", status=404),
]


@pytest.fixture(scope="module")
def member_state(browser: Any, live_url: str) -> dict[str, Any]:
    """The cookies of a signed-in member, made once for the signed-in pages."""
    context = browser.new_context(locale="en-GB", base_url=live_url)
    try:
        page = context.new_page()
        page.goto("/en/accounts/login/")
        page.get_by_label("Email").fill(MEMBER_EMAIL)
        page.get_by_label(re.compile(r"^Password:?$")).fill(DEMO_PASSWORD)
        page.get_by_role("button", name="Sign In").click()
        expect(page.locator("header").get_by_role("link", name="My account")).to_be_visible()
        state: dict[str, Any] = context.storage_state()
        return state
    finally:
        context.close()


@pytest.fixture
def member_page(tabs: Tabs, live_url: str, member_state: dict[str, Any]) -> Any:
    return tabs.lend(live_url, cookies=member_state["cookies"])


@pytest.mark.parametrize("visit", VISITS, ids=[visit.id for visit in VISITS])
def test_page_has_no_axe_violations(visit: Visit, request: pytest.FixtureRequest) -> None:
    page = request.getfixturevalue("member_page" if visit.signed_in else "page")
    visit.make(page)
    if visit.signed_in and visit.steps is None:
        expect(page.locator("header").get_by_role("link", name="My account")).to_be_visible()
    assert_accessible(page)


def test_keyboard_user_can_skip_to_main_content(page: Any) -> None:
    page.goto("/en/")
    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name="Skip to main content")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_visible()  # shown when focused, though off-screen otherwise
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/en/#main$"))
    expect(page.locator("#main")).to_be_focused()


def test_the_scan_finds_a_violation_when_there_is_one(page: Any) -> None:
    """Guards the checks above against passing vacuously (say, if axe-core could not run on the page)."""
    page.goto("/en/")
    page.locator("main").evaluate(
        "(main) => main.append(Object.assign(document.createElement('img'), {src: '/static/bik/img/logo.svg'}))"
    )

    results = Axe().run(page)

    assert "image-alt" in results.generate_snapshot(), results.generate_report()
