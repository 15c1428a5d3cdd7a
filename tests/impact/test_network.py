"""The network's KPI page and its CSV export are for network admins and statistics coordinators, its targets for
network admins only; the public page shows only published years."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable

import pytest
from django.test import Client
from django.utils import timezone

from bik.accounts.models import User
from bik.accounts.roles import Role
from bik.impact.models import Activity, ActivityKind, ImpactYear
from bik.network.models import Centre
from tests.conftest import Cast
from tests.factories.accounts import UserFactory
from tests.factories.statistics import StatisticsCoordinatorFactory
from tests.query_counts import render_warm

YEAR = timezone.localdate().year - 1


def _activity(country: str = "BE", year: int = YEAR, **figures: int) -> Activity:
    return Activity.objects.create(
        centre=Centre.objects.get(country=country),
        kind=ActivityKind.CAMPAIGN,
        title="Campaign",
        date=dt.date(year, 6, 1),
        **figures,
    )


@pytest.fixture
def figures(db: None) -> None:
    _activity("BE", people_reached=1000, schools_reached=10)
    _activity("IE", people_reached=500, young_people=30)
    _activity("IE", year=YEAR - 1, people_reached=99)
    ImpactYear.objects.create(year=YEAR, people_reached=3000, schools_reached=40)


def test_a_network_admin_sees_the_years_totals_against_targets(
    figures: None, cast: Cast, client_for: Callable[[User], Client]
) -> None:
    response = client_for(cast.network_admin).get(f"/en/impact/network/?year={YEAR}")

    assert response.status_code == 200
    html = response.content.decode()
    assert (
        '<tr data-kpi="people_reached"><th scope="row">People reached</th><td>1,500</td><td>3,000</td><td>50%</td>'
        in html
    )
    assert (
        '<tr data-kpi="schools_reached"><th scope="row">Schools reached</th><td>10</td><td>40</td><td>25%</td>' in html
    )
    assert response["Cache-Control"].startswith("max-age=0") or "private" in response["Cache-Control"]


def test_the_csv_export_holds_totals_targets_and_centres(
    figures: None, cast: Cast, client_for: Callable[[User], Client]
) -> None:
    response = client_for(cast.network_admin).get(f"/en/impact/network/{YEAR}.csv")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert f"impact-{YEAR}.csv" in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    people = next(row for row in rows if row["section"] == "network" and row["key"] == "people_reached")
    assert (people["total"], people["target"], people["percent_of_target"]) == ("1500", "3000", "50")
    ireland = next(
        row for row in rows if row["section"] == "centre" and row["country"] == "IE" and row["key"] == "young_people"
    )
    assert ireland["total"] == "30"


def test_a_network_admin_sets_the_targets_and_bad_input_is_kept(
    db: None, cast: Cast, client_for: Callable[[User], Client]
) -> None:
    client = client_for(cast.network_admin)
    data = {
        "activities": "200",
        "people_reached": "-1",
        "schools_reached": "500",
        "young_people": "0",
        "resources_made": "20",
        "sid_schools": "1000",
        "sid_participants": "50000",
    }
    refused = client.post(f"/en/impact/network/{YEAR}/targets/", data)
    assert refused.status_code == 400
    assert 'value="500"' in refused.content.decode()
    assert not ImpactYear.objects.exists()

    saved = client.post(
        f"/en/impact/network/{YEAR}/targets/", {**data, "people_reached": "25000", "is_published": "on"}
    )
    assert saved.status_code == 302
    target = ImpactYear.objects.get(year=YEAR)
    assert (target.people_reached, target.schools_reached, target.is_published) == (25000, 500, True)


def test_a_statistics_coordinator_sees_the_kpis_and_exports_them_but_cannot_set_targets(
    figures: None, client_for: Callable[[User], Client]
) -> None:
    coordinator = StatisticsCoordinatorFactory.create(email="cora@cast.example")
    client = client_for(coordinator)

    page = client.get(f"/en/impact/network/?year={YEAR}")
    assert page.status_code == 200
    html = page.content.decode()
    assert '<tr data-kpi="people_reached"><th scope="row">People reached</th><td>1,500</td>' in html
    assert "Edit the targets" not in html
    export = client.get(f"/en/impact/network/{YEAR}.csv")
    assert export.status_code == 200
    assert "people_reached" in export.content.decode()
    assert client.post(f"/en/impact/network/{YEAR}/targets/", {"activities": "1"}).status_code == 403
    assert ImpactYear.objects.get(year=YEAR).activities == 0


def test_a_statistics_coordinator_without_a_second_factor_sets_one_up_first(
    figures: None, client_for: Callable[[User], Client]
) -> None:
    coordinator = StatisticsCoordinatorFactory.create(email="cora@cast.example", mfa=False)
    response = client_for(coordinator).get("/en/impact/network/")
    assert response.status_code == 302
    assert "/totp/" in response["Location"] or "mfa" in response["Location"]


def test_helpline_staff_are_refused_the_network_figures(figures: None, client_for: Callable[[User], Client]) -> None:
    helpline = UserFactory.create(email="hugo@cast.example", role=Role.HELPLINE_STAFF, mfa=True)
    client = client_for(helpline)
    assert client.get("/en/impact/network/").status_code == 403
    assert client.get(f"/en/impact/network/{YEAR}.csv").status_code == 403


@pytest.mark.parametrize(
    "role", ["editor", "moderator", "sic_member", "member", "subscriber", "youth_member", "youth_coordinator"]
)
def test_other_roles_are_refused_the_network_figures(
    figures: None, role: str, cast: Cast, client_for: Callable[[User], Client]
) -> None:
    client = client_for(getattr(cast, role))
    assert client.get("/en/impact/network/").status_code == 403
    assert client.get(f"/en/impact/network/{YEAR}.csv").status_code == 403
    assert client.post(f"/en/impact/network/{YEAR}/targets/", {"activities": "1"}).status_code == 403
    assert ImpactYear.objects.get(year=YEAR).activities == 0


def test_a_centre_reporter_is_refused_the_network_figures(
    figures: None, reporter: User, client_for: Callable[[User], Client]
) -> None:
    assert client_for(reporter).get("/en/impact/network/").status_code == 403


def test_anonymous_visitors_are_sent_to_sign_in(figures: None) -> None:
    for url in ("/en/impact/network/", f"/en/impact/network/{YEAR}.csv", f"/en/impact/network/{YEAR}/targets/"):
        response = Client().get(url)
        assert response.status_code == 302
        assert "/accounts/login/" in response["Location"]


def test_the_public_page_shows_published_years_only(figures: None) -> None:
    html = Client().get("/en/impact/").content.decode()
    assert "No figures have been published yet." in html

    ImpactYear.objects.filter(year=YEAR).update(is_published=True)
    html = Client().get("/en/impact/").content.decode()
    assert f'<th scope="row">{YEAR}</th>' in html
    assert "<td>1,500</td>" in html
    assert f'<th scope="row">{YEAR - 1}</th>' not in html


def test_the_public_page_is_linked_from_the_portal_navigation(db: None) -> None:
    html = Client().get("/en/impact/").content.decode()
    assert html.count('href="/en/impact/"') >= 1


def test_the_network_and_public_pages_cost_the_same_queries_as_years_grow(
    db: None, cast: Cast, client_for: Callable[[User], Client]
) -> None:
    admin = client_for(cast.network_admin)

    def add_years(first: int, last: int) -> None:
        for year in range(first, last):
            ImpactYear.objects.create(year=year, is_published=True)
            for country in ("BE", "IE", "FR"):
                _activity(country, year=year, people_reached=5)

    add_years(2020, 2022)
    few_public, few_network = render_warm(Client(), "/en/impact/"), render_warm(admin, "/en/impact/network/?year=2021")
    add_years(2010, 2020)
    many_public, many_network = (
        render_warm(Client(), "/en/impact/"),
        render_warm(admin, "/en/impact/network/?year=2021"),
    )
    assert few_public.queries == many_public.queries
    assert few_network.queries == many_network.queries
    assert many_public.html.count("<tr>") > few_public.html.count("<tr>")
