from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re

import pytest
from django.test import Client
from django.urls import reverse

from bik.network.models import Centre
from bik.statistics import services
from bik.statistics.models import Quarter, Status
from tests.factories.statistics import StatisticsCoordinatorFactory
from tests.query_counts import render_warm
from tests.statistics.conftest import Helplines, fill


@pytest.fixture
def published(helplines: Helplines) -> Quarter:
    """Only the test's own quarters: a locked one with small counts, and an open one with a secret figure."""
    Quarter.objects.exclude(pk=helplines.quarter.pk).delete()
    belgium, france = Centre.objects.get(country="BE"), Centre.objects.get(country="FR")
    fill(services.submission_for(belgium, helplines.quarter), {"cyberbullying": 3, "sexting": 120})
    fill(services.submission_for(france, helplines.quarter), {"cyberbullying": 40, "grooming": 2})
    helplines.quarter.locked_at = dt.datetime(2035, 5, 1, tzinfo=dt.UTC)
    helplines.quarter.save()
    unpublished = Quarter.objects.create(year=2035, number=2, deadline=dt.date(2035, 7, 31))
    fill(services.submission_for(belgium, unpublished), {"hate-speech": 777})
    fill(services.submission_for(france, unpublished), {"hate-speech": 888}, status=Status.DRAFT)
    return helplines.quarter


def _table(html: str, key: str) -> list[list[str]]:
    body = html.split(f'id="table-{key}"')[1].split("</tbody>")[0]
    return [re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row) for row in re.findall(r"<tr>(.*?)</tr>", body)][1:]


def _pairs(html: str, key: str) -> dict[str, str]:
    return {row[0]: row[1] for row in _table(html, key)}


def test_public_dashboard_shows_locked_quarters_with_small_counts_suppressed(published: Quarter) -> None:
    html = Client().get(reverse("statistics:dashboard")).content.decode()
    assert "2035-Q1" in html
    assert "2035-Q2" not in html
    assert "777" not in html
    assert "888" not in html
    by_country = _pairs(html, "country")
    assert by_country == {"Belgium": "123", "France": "42"}
    by_category = _pairs(html, "category")
    assert by_category["grooming"] == "&lt;5"
    assert 'role="img"' in html
    assert "<title" in html


def test_filters_in_the_address_narrow_the_figures(published: Quarter) -> None:
    html = (
        Client().get(reverse("statistics:dashboard"), {"country": "BE", "category": "cyberbullying"}).content.decode()
    )
    assert _pairs(html, "country") == {"Belgium": "&lt;5"}
    assert "compared with the network" in html


def test_a_period_chosen_the_wrong_way_round_is_explained(published: Quarter) -> None:
    html = Client().get(reverse("statistics:dashboard"), {"from": "2035-Q1", "to": "2034-Q4"}).content.decode()
    assert "The period you chose starts after it ends." in html
    assert "No published quarter matches these filters yet." not in html
    right = Client().get(reverse("statistics:dashboard"), {"from": "2035-Q1", "to": "2035-Q1"}).content.decode()
    assert "starts after it ends" not in right


def test_every_chart_counts_the_chosen_country_only(published: Quarter) -> None:
    html = Client().get(reverse("statistics:dashboard"), {"country": "FR"}).content.decode()
    by_category = _pairs(html, "category")
    # France's own figures: 40 about cyberbullying, 2 about grooming, none about sexting (Belgium's 120).
    assert (by_category["cyberbullying"], by_category["grooming"], by_category["sexting"]) == ("40", "&lt;5", "0")
    assert _pairs(html, "country") == {"France": "42"}
    assert _pairs(html, "time") == {"2035-Q1": "42"}


def _comparison(html: str) -> list[list[str]]:
    body = html.split('id="h-compare"')[1].split("</tbody>")[0].split("<tbody>")[1]
    return [re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row) for row in re.findall(r"<tr>(.*?)</tr>", body)]


def test_the_network_average_never_reveals_a_small_count(published: Quarter, helplines: Helplines, client_for) -> None:
    def comparison(client: Client, **query: str) -> list[list[str]]:
        return _comparison(client.get(reverse("statistics:dashboard"), query).content.decode())

    # Belgium's 3 is "<5", and the average (3 + 40) / 2 would give it away with France's 40: withheld.
    assert comparison(Client(), country="BE", category="cyberbullying") == [["2035-Q1", "&lt;5", "—"]]
    # France's 40 is shown, and the average is withheld all the same: Belgium's 3 is behind it.
    html = Client().get(reverse("statistics:dashboard"), {"country": "FR", "category": "cyberbullying"}).content
    assert _comparison(html.decode()) == [["2035-Q1", "40", "—"]]
    assert "could be worked out from this average" in html.decode()
    # An average of a single small count is a small count.
    assert comparison(Client(), country="FR", category="grooming") == [["2035-Q1", "&lt;5", "—"]]
    # Large counts throughout: the average is shown, rounded.
    assert comparison(Client(), country="BE") == [["2035-Q1", "123", "82"]]
    # The network dashboard shows coordinators the exact figures.
    network = client_for(helplines.coordinator).get(
        reverse("statistics:network"), {"country": "BE", "category": "cyberbullying", "to": "2035-Q1"}
    )
    assert _comparison(network.content.decode()) == [["2035-Q1", "3", "22"]]


def test_a_country_without_figures_is_said_to_have_reported_none(published: Quarter) -> None:
    html = Client().get(reverse("statistics:dashboard"), {"country": "GR"}).content.decode()
    assert "Greece has not reported figures for these quarters." in html
    assert 'id="table-category"' not in html  # no charts of zeros
    assert _comparison(html) == [["2035-Q1", "not reported", "82"]]
    # A country that reported, but nothing in the chosen category, has a zero: it did report.
    html = Client().get(reverse("statistics:dashboard"), {"country": "BE", "category": "grooming"}).content.decode()
    assert "has not reported" not in html
    assert _pairs(html, "category") == {"grooming": "0"}


def test_helpline_and_hotline_statistics_link_to_each_other(published: Quarter) -> None:
    helplines_page = Client().get("/en/helpline-statistics/").content.decode()
    hotlines_page = Client().get("/en/report/statistics/").content.decode()
    assert 'href="/en/report/statistics/"' in helplines_page
    assert 'href="/en/helpline-statistics/"' in hotlines_page


def test_csv_download_equals_the_charts_table(published: Quarter) -> None:
    client = Client()
    html = client.get(reverse("statistics:dashboard")).content.decode()
    download = client.get(reverse("statistics:chart", args=["category", "csv"])).content.decode()
    rows = list(csv.reader(io.StringIO(download)))[1:]
    assert [[name, value.replace("<", "&lt;")] for name, value in rows] == _table(html, "category")
    assert ["grooming", "<5"] in rows
    data = json.loads(client.get(reverse("statistics:chart", args=["category", "json"])).content)
    assert {"label": "grooming", "contacts": "<5"} in data["rows"]


def test_open_data_and_api_hold_published_quarters_only_suppressed(published: Quarter) -> None:
    client = Client()
    text = client.get(reverse("statistics:open_data_file", args=["csv"])).content.decode()
    rows = list(csv.DictReader(io.StringIO(text)))
    assert {row["quarter"] for row in rows} == {"2035-Q1"}
    assert {"<5", "3", "2"} & {row["contacts"] for row in rows} == {"<5"}
    document = json.loads(client.get(reverse("statistics:open_data_file", args=["json"])).content)
    assert document["licence"] == "CC-BY-4.0"
    assert document["schema"]["fields"]
    api = client.get("/api/v1/statistics/").json()
    assert api["count"] == len(rows)
    assert "777" not in json.dumps(api)
    assert "2035-Q2" not in json.dumps(api)
    assert client.get("/api/v1/statistics/", {"page": 99}).status_code == 400


def test_network_dashboard_shows_every_quarter_exactly_to_coordinators_only(
    published: Quarter, helplines: Helplines, client_for, cast
) -> None:
    url = reverse("statistics:network")
    html = client_for(helplines.coordinator).get(url).content.decode()
    assert "2035-Q2" in html
    assert "1665" in html  # hate speech: the submitted 777 and the French draft's 888
    for user in (helplines.belgium, cast.youth_member, cast.member, cast.editor):
        assert client_for(user).get(url).status_code == 404
        assert client_for(user).get(reverse("statistics:network_chart", args=["time", "csv"])).status_code == 404
    assert Client().get(url).status_code == 404


@pytest.mark.parametrize("name", ["statistics:review", "statistics:home"])
def test_staff_pages_refuse_everyone_else(name: str, helplines: Helplines, client_for, cast) -> None:
    url = reverse(name)
    assert Client().get(url).status_code == 302
    for user in (cast.youth_member, cast.member, cast.sic_member, cast.subscriber):
        assert client_for(user).get(url).status_code == 404
    if name == "statistics:review":
        assert client_for(helplines.belgium).get(url).status_code == 404


def test_a_coordinator_without_a_second_factor_is_sent_to_set_one_up(db: None, client_for) -> None:
    coordinator = StatisticsCoordinatorFactory.create(email="cora-nomfa@cast.example", mfa=False)
    for name in ("statistics:review", "statistics:home"):
        response = client_for(coordinator).get(reverse(name))
        assert response.status_code == 302
        assert response["Location"].startswith("/en/accounts/2fa/totp/activate/?next=")
        assert "private" in response["Cache-Control"]


def test_other_centres_drafts_are_invisible(helplines: Helplines, client_for, cast) -> None:
    france = Centre.objects.get(country="FR")
    fill(services.submission_for(france, helplines.quarter), {"hate-speech": 888}, status=Status.DRAFT)
    entry = reverse("statistics:entry", args=["fr", helplines.quarter.label])
    assert client_for(helplines.belgium).get(entry).status_code == 404
    assert client_for(cast.youth_member).get(entry).status_code == 404
    assert Client().get(entry).status_code == 302
    review = reverse("statistics:review_quarter", args=[helplines.quarter.label])
    compare = reverse("statistics:compare", args=[helplines.quarter.label, "fr"])
    for user in (helplines.belgium, helplines.france, cast.member, cast.youth_member):
        assert client_for(user).get(review).status_code == 404
        assert client_for(user).get(compare).status_code == 404
    assert "888" in client_for(helplines.france).get(entry).content.decode()
    submission = france.statistics_submissions.get(quarter=helplines.quarter)
    assert (
        client_for(helplines.belgium)
        .post(reverse("statistics:correction", args=[submission.pk]), {"reason": "x"})
        .status_code
        == 404
    )


def test_dashboard_queries_stay_constant_from_4_to_40_quarters(helplines: Helplines) -> None:
    Quarter.objects.all().delete()
    belgium = Centre.objects.get(country="BE")

    def add(quarters: int) -> None:
        start = Quarter.objects.count()
        for i in range(start, start + quarters):
            quarter = Quarter.objects.create(
                year=2000 + i // 4,
                number=i % 4 + 1,
                deadline=dt.date(2000, 1, 1),
                locked_at=dt.datetime(2001, 1, 1, tzinfo=dt.UTC),
            )
            fill(services.submission_for(belgium, quarter), {"cyberbullying": 10 + i, "sexting": 3})

    client = Client()
    url = reverse("statistics:dashboard") + "?country=BE"
    add(4)
    few = render_warm(client, url)
    add(36)
    many = render_warm(client, url)
    assert len(_table(few.html, "time")) == 4
    assert len(_table(many.html, "time")) == 40
    assert many.queries == few.queries, many.sql


def test_large_figures_are_grouped_as_the_readers_language_writes_them(helplines: Helplines) -> None:
    Quarter.objects.exclude(pk=helplines.quarter.pk).delete()
    fill(services.submission_for(Centre.objects.get(country="BE"), helplines.quarter), {"cyberbullying": 31317})
    helplines.quarter.locked_at = dt.datetime(2035, 5, 1, tzinfo=dt.UTC)
    helplines.quarter.save()

    english = Client().get("/en/helpline-statistics/").content.decode()
    german = Client().get("/de/helpline-statistics/").content.decode()
    assert _pairs(english, "country") == {"Belgium": "31,317"}
    assert _pairs(german, "country") == {"Belgien": "31.317"}
    csv_rows = Client().get(reverse("statistics:chart", kwargs={"key": "country", "fmt": "csv"})).content.decode()
    assert "31317" in csv_rows  # the downloads keep plain numbers
