"""Hotline statistics (small counts suppressed), the JSON interchange format and the retention period."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import Client, override_settings
from django.utils import timezone

from bik.accounts.models import User
from bik.hotline import reporting, services
from bik.hotline.models import Report, ReportedUrl
from bik.network.models import Centre, CentreRole
from tests.factories.network import CentreRoleFactory
from tests.hotline.conftest import Analysts

Login = Callable[[User], Client]


def test_small_counts_are_shown_as_under_five() -> None:
    assert [reporting.shown(n) for n in (0, 1, 4, 5, 12)] == ["0", "<5", "<5", "5", "12"]


@pytest.mark.django_db
def test_figures_count_reports_duplicates_and_outcomes(analysts: Analysts) -> None:
    croatia = Centre.objects.get(country="HR")
    # The Belgian analyst also analyses for Croatia in this test.
    CentreRoleFactory.create(user=analysts.belgium, centre=croatia, role=CentreRole.Kind.HOTLINE_ANALYST)
    start = timezone.now() - dt.timedelta(days=2)
    reports = [
        services.submit_report(
            croatia, urls=[f"https://site{n % 4}.example/p"], kind="hate", where_seen="website", when=start
        )
        for n in range(6)
    ]
    for report in reports:
        item = report.urls.get()
        services.assess(analysts.belgium, croatia, item, outcome="not_illegal", when=start + dt.timedelta(hours=3))
    figures = reporting.figures(croatia)
    assert figures.reports == "6"
    assert figures.duplicate_share == "67%"  # site0 and site1 were each reported twice: 4 of 6 addresses
    assert dict(figures.outcomes)["Not illegal"] == "6"
    assert dict(figures.outcomes)["Duplicate"] == "0"
    assert figures.median_hours_to_assessment == 3.0
    assert figures.median_hours_notice_to_removal is None  # fewer than 5 removals: not shown


@pytest.mark.django_db
def test_the_statistics_page_is_for_the_hotlines_analysts(
    analysts: Analysts, client_for: Login, belgian_report: Report
) -> None:
    page = client_for(analysts.belgium).get("/en/hotline/be/statistics/")
    assert page.status_code == 200
    assert "Share of addresses also reported elsewhere" in page.content.decode()
    assert client_for(analysts.france).get("/en/hotline/be/statistics/").status_code == 404


@pytest.mark.django_db
def test_a_report_exports_to_the_interchange_format_without_contact(
    analysts: Analysts, client_for: Login, belgian_report: Report
) -> None:
    Report.objects.filter(pk=belgian_report.pk).update(contact_email="someone@cast.example")
    response = client_for(analysts.belgium).get(f"/en/hotline/be/reports/{belgian_report.pk}/export.json")
    assert response.status_code == 200
    data = json.loads(response.content)
    assert data["format"] == "bik-hotline-report/1"
    assert data["hotline"] == "BE"
    assert [url["canonical"] for url in data["urls"]] == [
        "https://shop.example/gallery/item",
        "http://files.example/share/abc",
    ]
    assert data["urls"][0]["timeline"][0]["stage"] == "received"
    assert "someone@cast.example" not in response.content.decode()


@pytest.mark.django_db
@override_settings(BIK_HOTLINE_RETENTION_DAYS=30)
def test_reports_past_the_retention_period_are_deleted(belgian_report: Report) -> None:
    old = services.submit_report(
        Centre.objects.get(country="BE"),
        urls=["old.example/x"],
        kind="other",
        where_seen="email",
        when=timezone.now() - dt.timedelta(days=31),
    )
    out = StringIO()
    call_command("purge_hotline_reports", "--dry-run", stdout=out)
    assert Report.objects.filter(pk=old.pk).exists()
    call_command("purge_hotline_reports", stdout=out)
    assert not Report.objects.filter(pk=old.pk).exists()
    assert not ReportedUrl.objects.filter(report_id=old.pk).exists()
    assert Report.objects.filter(pk=belgian_report.pk).exists()
    assert "deleted" in out.getvalue()
