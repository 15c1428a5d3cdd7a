"""The mini-site on its own host name: its home, navigation, editions, country pages, errors, and the
portal's countdown banner."""

from __future__ import annotations

import csv
import datetime as dt

import pytest
from django.template import Context, Template
from django.test import Client, RequestFactory
from django.utils import timezone, translation

from bik.sid.models import Edition, Status
from bik.sid.reference import EDITIONS_CSV
from bik.sid.services import next_sid_date
from tests.factories.sid import CountryOrganiserFactory, CountryProfileFactory, EditionFactory, EditionTextFactory
from tests.sid.helpers import action, sid_client, supporter

pytestmark = pytest.mark.django_db


def test_it_serves_the_mini_site_home_on_the_sid_host() -> None:
    response = sid_client().get("/en/")

    assert response.status_code == 200
    body = response.content.decode()
    assert 'class="sid ' in body
    assert "Safer Internet Day" in body
    assert "Skip to main content" in body
    assert 'href="/en/gallery/"' in body


def test_it_keeps_the_portal_home_on_the_portal_host() -> None:
    response = Client().get("/en/")

    assert response.status_code == 200
    assert 'class="sid ' not in response.content.decode()


def test_it_shows_the_current_edition_with_date_theme_and_a_countdown() -> None:
    EditionFactory.create(year=2024, theme="Together for a better internet")
    edition = EditionFactory.create(theme="Smart, safe and kind online")
    assert edition.date >= timezone.localdate()

    body = sid_client().get("/en/").content.decode()

    assert f"Safer Internet Day {edition.year}" in body
    assert edition.theme in body
    assert f"in {edition.days_until()} day" in body


def test_it_shows_the_theme_and_slogan_in_the_visitors_language(edition: Edition) -> None:
    EditionTextFactory.create(edition=edition, language="fr", theme="Thème en français", slogan="Slogan français")

    body = sid_client().get("/fr/").content.decode()

    assert "Thème en français" in body
    assert "Slogan français" in body


@pytest.mark.usefixtures("edition")
def test_it_lists_past_editions_in_the_archive() -> None:
    EditionFactory.create(year=2015, theme="Let's create a better internet together")
    EditionFactory.create(year=2016, theme="Play your part for a better internet!")

    body = sid_client().get("/en/editions/").content.decode()

    assert "Let&#x27;s create a better internet together" in body
    assert "2016" in body


def test_the_usual_sid_date_matches_every_edition_in_the_reference_file() -> None:
    with EDITIONS_CSV.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))

    assert rows
    for row in rows:
        assert next_sid_date(int(row["year"])) == dt.date.fromisoformat(row["date"]), row["year"]


@pytest.mark.parametrize("code", ["pt", "br", "aq", "us", "jp"])
def test_every_iso_country_has_a_page(code: str) -> None:
    assert sid_client().get(f"/en/countries/{code}/").status_code == 200


def test_the_country_list_names_every_iso_country() -> None:
    body = sid_client().get("/en/countries/").content.decode()

    for name in ("Portugal", "Brazil", "Japan", "Antarctica", "Zimbabwe"):
        assert name in body


def test_an_unknown_country_is_not_found_on_the_sid_template() -> None:
    response = sid_client().get("/en/countries/zz/")

    assert response.status_code == 404
    assert "Go to the Safer Internet Day home page" in response.content.decode()


@pytest.mark.usefixtures("edition")
def test_the_country_page_names_the_centre_supporters_actions_and_last_update() -> None:
    owner = supporter("PT", name="Escola do Porto")
    action(owner, title="Evening for parents", status=Status.APPROVED)
    action(owner, title="Not reviewed yet", status=Status.PENDING)

    body = sid_client().get("/en/countries/pt/").content.decode()

    assert "national Safer Internet Centre" in body
    assert "Escola do Porto" in body
    assert "Evening for parents" in body
    assert "Not reviewed yet" not in body
    assert "Last updated" in body


def test_a_country_with_a_committee_names_it_and_its_contacts() -> None:
    CountryProfileFactory.create(
        country="BR", committee_name="Comitê Dia da Internet Segura Brasil", contact_email="contato@sid-brasil.example"
    )
    CountryOrganiserFactory.create(country="BR")

    body = sid_client().get("/en/countries/br/").content.decode()

    assert "Comitê Dia da Internet Segura Brasil" in body
    assert "contato@sid-brasil.example" in body


def test_a_country_without_organisers_says_the_network_team_reviews() -> None:
    body = sid_client().get("/en/countries/jp/").content.decode()

    assert "network's Safer Internet Day team" in body


def test_unknown_addresses_on_the_sid_host_get_the_sid_404_page() -> None:
    response = sid_client().get("/en/no-such-page/")

    assert response.status_code == 404
    assert "Go to the Safer Internet Day home page" in response.content.decode()


@pytest.mark.parametrize(
    "path", ["/en/accounts/login/", "/en/accounts/signup/", "/en/accounts/password/reset/", "/en/help/", "/healthz"]
)
def test_shared_pages_work_on_the_sid_host(path: str) -> None:
    assert sid_client().get(path).status_code == 200


def test_the_resources_page_links_to_the_portals_sid_resources() -> None:
    body = sid_client().get("/en/resources/").content.decode()

    assert "/en/portal/resources/?q=safer+internet+day" in body


def test_the_portal_banner_shows_the_next_edition_with_a_countdown(edition: Edition) -> None:
    request = RequestFactory().get("/en/", HTTP_HOST="127.0.0.1:8000")
    with translation.override("en"):
        html = Template("{% load sid_tags %}{% sid_banner %}").render(Context({"request": request}))

    assert f"Safer Internet Day {edition.year}" in html
    assert f"in {edition.days_until()} days" in html
    assert 'href="http://sid.localhost:8000/en/"' in html
    assert "<script" not in html


@pytest.mark.usefixtures("edition")
def test_the_portal_banner_is_empty_without_an_upcoming_edition() -> None:
    Edition.objects.filter(date__gte=timezone.localdate()).update(date=dt.date(2000, 1, 1), year=1999)
    request = RequestFactory().get("/en/")

    html = Template("{% load sid_tags %}{% sid_banner %}").render(Context({"request": request}))

    assert html.strip() == ""
