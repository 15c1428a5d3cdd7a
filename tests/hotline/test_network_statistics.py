"""The public, network-wide hotline statistics: aggregates only, small counts suppressed, the same table as
CSV, a period filter without JavaScript, and the same number of queries however many reports there are."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from django.test import Client

from bik.accounts.models import User
from bik.hotline import reporting, services
from bik.hotline.models import Report
from bik.network.models import Centre
from tests.hotline.conftest import Analysts
from tests.query_counts import render_warm

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_other_reports(db: None) -> None:
    Report.objects.all().delete()


WHEN = dt.datetime(2026, 2, 3, 9, 0, tzinfo=dt.UTC)  # the first quarter of 2026


def _reports(analyst: User, count: int, *, hosted_in: str, prefix: str = "r", when: dt.datetime = WHEN) -> None:
    """Reports to the Belgian hotline, each assessed 2 hours later and removed 5 hours after the notice."""
    belgium = Centre.objects.get(country="BE")
    for number in range(count):
        report = services.submit_report(
            belgium,
            urls=[f"https://{prefix}{number}.example/secret-path", "https://shared.example/page"],
            kind="other",
            where_seen="website",
            description="A private description",
            when=when,
        )
        for item in report.urls.all():
            services.assess(
                analyst, belgium, item, outcome="national", hosting_country=hosted_in, when=when + dt.timedelta(hours=2)
            )
            services.record_stage(analyst, belgium, item, stage="notice_sent", at=when + dt.timedelta(hours=3))
            services.record_stage(analyst, belgium, item, stage="removed", at=when + dt.timedelta(hours=8))


def _rows(client: Client, query: str = "") -> list[list[str]]:
    response = client.get(f"/en/report/statistics.csv{query}")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.reader(io.StringIO(response.content.decode())))


def test_network_and_hosting_countries_with_small_counts_suppressed(client: Client, analysts: Analysts) -> None:
    _reports(analysts.belgium, 6, hosted_in="NL")
    _reports(analysts.belgium, 2, hosted_in="DE", prefix="de")
    header, network, germany, netherlands = _rows(client)
    assert header[0] == "Hosting country"
    assert network[:3] == ["Whole network", "8", "50%"]  # shared.example is in every report: 8 of 16 addresses
    assert network[-2:] == ["2.0", "5.0"]
    assert netherlands[:3] == ["Netherlands", "6", "50%"]
    assert netherlands[header.index("Illegal under national law")] == "12"
    assert germany[:3] == ["Germany", "<5", "–"]  # two reports: a count under 5, no share
    assert germany[header.index("Illegal under national law")] == "<5"
    assert germany[-2:] == ["–", "–"]  # medians resting on fewer than 5 reports are not shown


def test_the_page_shows_the_same_table_and_nothing_about_any_report(client: Client, analysts: Analysts) -> None:
    _reports(analysts.belgium, 5, hosted_in="NL")
    page = client.get("/en/report/statistics/")
    assert page.status_code == 200
    html = page.content.decode()
    csv_text = client.get("/en/report/statistics.csv").content.decode()
    for text in (html, csv_text):
        assert "example" not in text  # no address, in any form
        assert "secret-path" not in text
        assert "private description" not in text
        assert analysts.belgium.email not in text
    for cell in _rows(client)[1]:
        assert f">{cell}<" in html
    assert 'href="/en/report/statistics.csv"' in html


def test_the_period_filter_works_as_a_plain_get_form(client: Client, analysts: Analysts) -> None:
    _reports(analysts.belgium, 5, hosted_in="NL")
    _reports(analysts.belgium, 7, hosted_in="NL", prefix="later", when=WHEN + dt.timedelta(days=120))
    assert _rows(client)[1][1] == "12"
    assert _rows(client, "?year=2026&quarter=1")[1][1] == "5"
    assert _rows(client, "?quarter=2")[1][1] == "7"
    page = client.get("/en/report/statistics/?year=2026&quarter=2")
    assert 'href="/en/report/statistics.csv?year=2026&amp;quarter=2"' in page.content.decode()
    refused = client.get("/en/report/statistics/?year=nonsense&quarter=9")
    assert refused.status_code == 400
    assert "Select a valid choice" in refused.content.decode()
    assert client.get("/en/report/statistics.csv?quarter=9").status_code == 400
    assert client.get("/en/report/statistics.csv?year=2025").status_code == 400  # no report that year


def test_every_language_has_the_page_and_the_router_links_it(client: Client) -> None:
    for language in ("en", "fr", "de"):
        assert client.get(f"/{language}/report/statistics/").status_code == 200
    assert 'href="/en/report/statistics/"' in client.get("/en/report/").content.decode()


def test_the_figures_cost_the_same_queries_as_reports_grow(client: Client, analysts: Analysts) -> None:
    _reports(analysts.belgium, 5, hosted_in="NL")
    few = render_warm(client, "/en/report/statistics/")
    _reports(analysts.belgium, 40, hosted_in="FR", prefix="more")
    _reports(analysts.belgium, 5, hosted_in="DE", prefix="de")
    many = render_warm(client, "/en/report/statistics/")
    assert "France" in many.html
    assert "France" not in few.html
    assert many.queries == few.queries, many.sql


def test_network_figures_reuse_the_hotline_computation(analysts: Analysts) -> None:
    _reports(analysts.belgium, 5, hosted_in="NL")
    network = reporting.network_figures()[0]
    belgium = reporting.figures(Centre.objects.get(country="BE"))
    assert (network.reports, network.duplicate_share, network.outcomes) == (
        belgium.reports,
        belgium.duplicate_share,
        belgium.outcomes,
    )
