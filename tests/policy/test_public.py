"""What the public sees: the map coloured by an indicator (with its table), country profiles with last year and
what changed, the comparison, open data and the API; bad input answers 400 with the choice kept; reachable from
the home page; and each page costs the same number of queries however many countries and years there are."""

from __future__ import annotations

import csv
import io
import json
import re

from django.test import Client

from bik.policy import services
from bik.policy.models import Answer, CountryReturn, Questionnaire, Status
from bik.policy.services import copy_questionnaire
from tests.conftest import AfterCommit, Cast
from tests.policy.conftest import COUNTRIES as MONITOR_COUNTRIES
from tests.policy.conftest import Contacts, Monitor, year
from tests.query_counts import render_warm


def test_the_policy_monitor_is_reached_from_the_home_page(db: None) -> None:
    home = Client().get("/en/").content.decode()
    assert 'href="/en/policy/"' in home
    centre = Client().get("/en/centres/fr/").content.decode()
    assert 'href="/en/policy/countries/fr/"' in centre


def test_the_map_is_coloured_by_the_chosen_indicator_with_a_table_alternative(monitor: Monitor) -> None:
    response = Client().get("/en/policy/?year=2025&indicator=age-verification-law")
    page = response.content.decode()
    assert response.status_code == 200
    assert 'data-country="FR" data-count="Partly"' in page
    assert 'data-country="IE" data-count="No"' in page
    assert 'aria-label="France: Partly"' in page  # each country a named link
    assert 'href="/en/policy/countries/fr/2025/"' in page
    table = page.split('id="map-table"')[1]
    assert re.search(
        r'data-country="IE"><th scope="row"><a href="/en/policy/countries/ie/2025/">Ireland</a></th><td>No</td>', table
    )
    assert "url(#map-level-2)" in page
    assert "<pattern" in page
    assert "Demo data" in page


def test_a_number_indicator_colours_the_map_in_bands(monitor: Monitor) -> None:
    page = Client().get("/en/policy/?year=2025&indicator=hotline-reports").content.decode()
    assert "from " in page.split("data-legend")[1]


def test_bad_map_choices_answer_400_and_show_the_latest_year(monitor: Monitor) -> None:
    response = Client().get("/en/policy/?year=1066&indicator=nonsense")
    assert response.status_code == 400
    assert "were not understood" in response.content.decode()


def test_a_country_profile_shows_last_year_what_changed_and_its_context(monitor: Monitor) -> None:
    page = Client().get("/en/policy/countries/fr/2026/").content.decode()
    assert "Policy profile: France, 2026" in page
    assert "Age verification required by law: Partly → <strong>Yes</strong>" in page
    assert 'href="/en/centres/fr/"' in page
    assert "data-consent-age>15<" in page  # from the ages of digital consent the youth area keeps
    assert 'href="/en/knowledge/documents/?country=FR"' in page
    hours = page.split('data-indicator="digital-education-hours"')[1].split("</tr>")[0]
    assert "Not comparable: the question changed" in hours


def test_two_to_four_countries_side_by_side_with_the_change_since_last_year(monitor: Monitor) -> None:
    response = Client().get("/en/policy/compare/?year=2026&c1=FR&c2=DE")
    page = response.content.decode()
    assert response.status_code == 200
    row = page.split('data-indicator="age-verification-law"')[1].split("</tr>")[0]
    assert "Yes" in row
    assert "was Partly" in row
    one = Client().get("/en/policy/compare/?year=2026&c1=FR&c2=FR")
    assert one.status_code == 400
    assert "Choose at least two different countries." in one.content.decode()
    assert 'value="FR" selected' in one.content.decode()


def test_open_data_in_csv_and_json_with_schema_and_licence(monitor: Monitor) -> None:
    client = Client()
    assert "CC BY 4.0" in client.get("/en/policy/open-data/").content.decode()
    rows = list(
        csv.DictReader(io.StringIO(client.get("/en/policy/open-data/policy-monitor-2025.csv").content.decode()))
    )
    french = {row["indicator"]: row for row in rows if row["country"] == "FR"}
    assert french["age-verification-law"]["value"] == "partly"
    assert french["age-verification-law"]["is_demo"] == "True"
    data = json.loads(client.get("/en/policy/open-data/policy-monitor-2025.json").content)
    assert data["licence"] == "CC-BY-4.0"
    assert data["schema"]["fields"][0]["name"] == "year"
    assert len(data["rows"]) == len(rows)
    assert client.get("/en/policy/open-data/policy-monitor-1999.csv").status_code == 404
    api = client.get("/api/v1/policy/years/2025/answers/?country=FR&indicator=age-verification-law").json()
    assert api["licence"] == "CC-BY-4.0"
    assert [row["value"] for row in api["results"]] == ["partly"]
    assert [entry["year"] for entry in client.get("/api/v1/policy/years/").json()] == [2026, 2025]


def test_only_questionnaires_recorded_as_demo_data_say_so(cast: Cast, monitor: Monitor) -> None:
    made_here = copy_questionnaire(cast.network_admin, year(2026), 2027)
    CountryReturn.objects.create(questionnaire=made_here, country="FR", status=Status.PUBLISHED)
    client = Client()

    years = {entry["year"]: entry["is_demo"] for entry in client.get("/api/v1/policy/years/").json()}
    open_data = client.get("/en/policy/open-data/").content.decode()

    assert years == {2027: False, 2026: True, 2025: True}
    assert "data-demo" not in client.get("/en/policy/?year=2027").content.decode()
    assert "data-demo" in client.get("/en/policy/?year=2025").content.decode()
    assert "2027 (" not in open_data
    assert "2025 (demo data)" in open_data


def _grow(cast: Cast, years: int, countries: list[str]) -> None:
    """More published years and countries, each with every answer (the monitor's countries too, in the new
    years)."""
    newest = Questionnaire.objects.order_by("-year").first()
    assert newest is not None
    source = year(2025)
    for _ in range(years):
        newest = copy_questionnaire(cast.network_admin, newest, newest.year + 1)
    for questionnaire in Questionnaire.objects.all():
        for code in [*countries, *(MONITOR_COUNTRIES if countries else ())]:
            country_return, created = CountryReturn.objects.get_or_create(
                questionnaire=questionnaire, country=code, defaults={"status": Status.PUBLISHED}
            )
            if created:
                Answer.objects.bulk_create(
                    Answer(country_return=country_return, indicator=indicator, choice="yes", number=5, text="x")
                    for indicator in questionnaire.indicators.all()
                )
    assert source.returns.count() >= len(MONITOR_COUNTRIES) + len(countries)


def test_public_pages_cost_the_same_however_many_countries_and_years(cast: Cast, monitor: Monitor) -> None:
    urls = [
        "/en/policy/?indicator=age-verification-law",
        "/en/policy/countries/fr/",
        "/en/policy/compare/?c1=FR&c2=DE&c3=IE",
        "/en/policy/open-data/",
        "/en/policy/open-data/policy-monitor-2025.csv",
    ]
    client = Client()
    _grow(cast, 0, [])
    few = {url: render_warm(client, url).queries for url in urls}
    _grow(cast, 3, ["GR", "HU", "LU", "RO", "SK", "SI", "CZ", "EE", "LV", "LT", "BG", "HR", "CY", "MT"])
    many = {url: render_warm(client, url).queries for url in urls}
    assert many == few
    assert max(few.values()) <= 10
    assert "Greece" in client.get(urls[0]).content.decode()


def test_publishing_replaces_the_kept_country_page(
    cast: Cast,
    contacts: Contacts,
    irish_draft: CountryReturn,
    after_commit: AfterCommit,
    page_cache_on: None,
) -> None:
    client, url = Client(), "/en/policy/countries/ie/"
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"
    with after_commit():
        irish_draft.status = Status.ACCEPTED
        irish_draft.save()
        services.publish(cast.editor, irish_draft.questionnaire, ["IE"])
    response = client.get(url)
    assert response["X-Page-Cache"] == "miss"
    assert "Policy profile: Ireland, 2026" in response.content.decode()
