"""The home page and the chrome every page shares, in several languages."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from bik.pages.structure import structure
from tests.factories.news import ArticleFactory
from tests.factories.pages import home, translate
from tests.factories.standard_pages import FooterLinksFactory

pytestmark = pytest.mark.django_db

ENGLISH_HEADING = structure()["home"]["hero_heading"]


def test_root_redirects_to_the_visitors_language(client: Client) -> None:
    response = client.get("/", headers={"accept-language": "fr-FR,fr;q=0.9,en;q=0.5"})
    assert response.status_code == 302
    assert response["Location"] == "/fr/"


def test_root_falls_back_to_english(client: Client) -> None:
    assert client.get("/", headers={"accept-language": "zh-CN"})["Location"] == "/en/"
    assert client.get("/")["Location"] == "/en/"


@pytest.mark.parametrize(
    ("language", "heading", "ui_string"),
    [
        ("en", ENGLISH_HEADING, "Skip to main content"),
        ("fr", "Un internet meilleur pour les enfants et les jeunes", "Aller au contenu principal"),
        ("de", "Ein besseres Internet für Kinder und Jugendliche", "Zum Hauptinhalt springen"),
    ],
)
def test_home_page_is_served_in_english_french_and_german(
    client: Client, language: str, heading: str, ui_string: str
) -> None:
    if language != "en":
        translate(home(), language, {ENGLISH_HEADING: heading})
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert ui_string in html
    assert heading in html


def test_an_untranslated_language_falls_back_to_english_content(client: Client) -> None:
    """The home page in a language no editor translated is the English page (an alias): what editors write there
    is shown in English; the structure's own copy comes from the catalogues (tests/pages/test_section_copy.py)."""
    english = home()
    english.hero_heading = "Safer together, this spring"
    english.save_revision().publish()

    response = client.get("/el/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="el"' in html
    assert "Safer together, this spring" in html
    assert structure()["home"]["hero_heading"] not in html


def test_home_page_links_to_every_component_and_to_help(client: Client) -> None:
    html = client.get("/en/").content.decode()
    for slug in ("portal", "news", "community", "youth", "bulletin", "safer-internet-day"):
        assert f'href="/en/{slug}/"' in html, slug
    assert 'href="/en/help/"' in html


def test_every_component_page_is_reachable_in_every_language(client: Client) -> None:
    for language in ("en", "fr", "de", "el", "uk"):
        for slug in ("portal", "news", "community", "youth", "bulletin", "safer-internet-day"):
            assert client.get(f"/{language}/{slug}/").status_code == 200, (language, slug)


def test_footer_links_to_accessibility_privacy_and_contact(client: Client) -> None:
    FooterLinksFactory.create()
    html = client.get("/fr/").content.decode()
    footer = html[html.index("<footer") :]
    for slug in ("accessibility", "privacy", "contact"):
        assert re.search(rf'href="/fr/{slug}[^"]*/"', footer), slug


def test_language_switcher_keeps_the_visitor_on_the_same_page(client: Client) -> None:
    article = ArticleFactory.create(title="One story in every language")
    html = client.get(f"/en/news/{article.slug}/").content.decode()
    assert f'href="/de/news/{article.slug}/" hreflang="de" lang="de"' in html
    assert f'<link rel="alternate" hreflang="fr" href="http://testserver/fr/news/{article.slug}/">' in html


def test_language_switcher_on_a_django_view_swaps_the_prefix(client: Client) -> None:
    html = client.get("/en/centres/").content.decode()
    assert 'href="/pl/centres/" hreflang="pl" lang="pl"' in html


def test_all_28_languages_are_offered(client: Client) -> None:
    html = client.get("/en/").content.decode()
    assert html.count('rel="alternate" hreflang=') == 28


def test_an_unknown_page_is_a_404_in_the_site_layout(client: Client) -> None:
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_the_page_sends_security_headers(client: Client) -> None:
    response = client.get("/en/")
    csp = response["Content-Security-Policy"]
    assert "unsafe-inline" not in csp
    assert "default-src 'self'" in csp
    assert "frame-ancestors 'none'" in csp
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"


def test_pages_load_nothing_from_other_origins(client: Client) -> None:
    html = client.get("/en/").content.decode()
    assert not re.search(r'(src|href)="(https?:)?//(?!testserver)[^"]*\.(js|css|woff2?)"', html)


@pytest.mark.parametrize("url", ["/en/accounts/login/", "/en/accounts/signup/", "/en/centres/", "/en/help/"])
def test_account_and_directory_pages_also_get_the_strict_policy(client: Client, url: str) -> None:
    csp = client.get(url)["Content-Security-Policy"]
    assert "unsafe-inline" not in csp
    assert "script-src 'self'" in csp


def test_only_the_admin_relaxes_the_policy_for_its_own_widgets(client: Client) -> None:
    response = client.get("/admin/login/")
    csp = response["Content-Security-Policy"]
    assert "frame-ancestors 'self'" in csp
    assert response["X-Frame-Options"] == "SAMEORIGIN"


def test_robots_and_sitemap(client: Client) -> None:
    robots = client.get("/robots.txt")
    assert robots.status_code == 200
    assert "Disallow: /admin/" in robots.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in robots.content.decode()
    index = client.get("/sitemap.xml")
    assert index.status_code == 200
    assert b"/sitemap-fr.xml" in index.content
    english = client.get("/sitemap-en.xml")
    assert english.status_code == 200
    assert b"/en/news/" in english.content


def test_a_missing_api_address_is_a_404_not_a_redirect(client: Client) -> None:
    assert client.get("/api/v1/no-such-endpoint/").status_code == 404
    assert client.get("/no-such-page/")["Location"] == "/en/no-such-page/"


def test_the_home_page_counts_down_to_the_next_safer_internet_day(client: Client) -> None:
    import datetime as dt

    from django.utils import timezone

    from bik.sid.models import Edition

    today = timezone.localdate()
    upcoming = today + dt.timedelta(days=20)
    # Last year's edition, the next one and the one after, instead of the reference editions.
    Edition.objects.all().delete()
    for number, date, year in ((1, today - dt.timedelta(days=300), upcoming.year - 1), (2, upcoming, upcoming.year)):
        Edition.objects.create(number=number, year=year, date=date, theme=f"Theme {number}")
    Edition.objects.create(number=3, year=upcoming.year + 1, date=upcoming + dt.timedelta(days=365), theme="Theme 3")

    html = client.get("/en/").content.decode()

    assert f"Safer Internet Day {upcoming.year}" in html
    assert "in 20 days" in html
