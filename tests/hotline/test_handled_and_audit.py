"""Beyond the waiting queue: the reports a hotline has handled, a report found by its receipt code, and the
hotline's own audit log, each behind the analysts' gate (see test_workspace for who is refused)."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from django.test import Client

from bik.accounts.models import User
from bik.hotline import services
from bik.hotline.models import HotlineAuditEntry, Report
from bik.network.models import Centre
from tests.hotline.conftest import Analysts

Login = Callable[[User], Client]


def assess_all(analyst: User, report: Report) -> None:
    belgium = Centre.objects.get(country="BE")
    for item in report.urls.all():
        services.assess(analyst, belgium, item, outcome="not_illegal", hosting_country="")


@pytest.mark.django_db
def test_a_report_moves_from_waiting_to_handled_once_every_address_is_assessed(
    analysts: Analysts, client_for: Login, belgian_report: Report
) -> None:
    other = services.submit_report(
        Centre.objects.get(country="BE"), urls=["https://other.example/x"], kind="other", where_seen="email"
    )
    client = client_for(analysts.belgium)
    first = belgian_report.urls.get(position=0)
    services.assess(analysts.belgium, Centre.objects.get(country="BE"), first, outcome="baseline", hosting_country="FR")

    waiting = client.get("/en/hotline/be/").content.decode()
    handled = client.get("/en/hotline/be/?show=handled").content.decode()
    assert belgian_report.receipt_code in waiting  # one address still waits
    assert belgian_report.receipt_code not in handled
    assert "No report is handled yet." in handled

    assess_all(analysts.belgium, belgian_report)
    waiting = client.get("/en/hotline/be/").content.decode()
    handled = client.get("/en/hotline/be/?show=handled").content.decode()
    assert belgian_report.receipt_code not in waiting
    assert other.receipt_code in waiting
    assert belgian_report.receipt_code in handled
    assert other.receipt_code not in handled
    assert "1 report handled, newest first." in handled
    # The French hotline, which never saw the report, lists nothing as handled.
    french = client_for(analysts.france).get("/en/hotline/fr/?show=handled").content.decode()
    assert belgian_report.receipt_code not in french


@pytest.mark.django_db
def test_the_lists_page_through_fifty_reports_at_a_time(analysts: Analysts, client_for: Login) -> None:
    belgium = Centre.objects.get(country="BE")
    reports = [
        services.submit_report(belgium, urls=[f"https://p{number}.example/"], kind="other", where_seen="email")
        for number in range(51)
    ]
    client = client_for(analysts.belgium)
    first = client.get("/en/hotline/be/").content.decode()
    second = client.get("/en/hotline/be/?show=waiting&page=2").content.decode()
    assert "51 reports waiting, oldest first." in first
    assert reports[0].receipt_code in first
    assert reports[50].receipt_code not in first
    assert reports[50].receipt_code in second
    assert reports[0].receipt_code not in second
    assert "?show=waiting&amp;page=1" in second  # the page links keep what is shown


@pytest.mark.django_db
def test_a_receipt_code_opens_its_report_however_it_is_typed(
    analysts: Analysts, client_for: Login, belgian_report: Report, french_report: Report
) -> None:
    client = client_for(analysts.belgium)
    typed = belgian_report.receipt_code.replace("-", " ").lower()
    response = client.get("/en/hotline/be/", {"code": typed})
    assert (response.status_code, response["Location"]) == (302, f"/en/hotline/be/reports/{belgian_report.pk}/")

    # Another hotline's report is not found, and the code stays in the field with a clear message.
    missing = client.get("/en/hotline/be/", {"code": french_report.receipt_code})
    page = missing.content.decode()
    assert missing.status_code == 200
    assert "No report of this hotline has this receipt code." in page
    assert f'value="{french_report.receipt_code}"' in page

    searches = HotlineAuditEntry.objects.filter(actor_id=analysts.belgium.pk, action="find_report").order_by("pk")
    assert [(entry.report_id, entry.detail) for entry in searches] == [
        (belgian_report.pk, belgian_report.receipt_code),
        (None, french_report.receipt_code),
    ]


@pytest.mark.django_db
def test_bad_input_on_the_queue_is_never_an_error_page(analysts: Analysts, client_for: Login) -> None:
    client = client_for(analysts.belgium)
    for query in ({"show": "everything"}, {"page": "x"}, {"page": "999"}, {"code": "x" * 40}, {"code": "<b>"}):
        response = client.get("/en/hotline/be/", query)
        assert response.status_code == 200, query
        assert "Hotline queue: Belgium" in response.content.decode(), query


@pytest.mark.django_db
def test_the_audit_log_shows_this_hotlines_entries_only_and_records_its_reading(
    analysts: Analysts, client_for: Login, belgian_report: Report, french_report: Report
) -> None:
    belgium, france = client_for(analysts.belgium), client_for(analysts.france)
    belgium.get(f"/en/hotline/be/reports/{belgian_report.pk}/")
    france.get(f"/en/hotline/fr/reports/{french_report.pk}/")

    page = belgium.get("/en/hotline/be/audit/").content.decode()
    assert "Hotline audit log: Belgium" in page
    assert "Opened a report" in page
    assert f'href="/en/hotline/be/reports/{belgian_report.pk}/">{belgian_report.receipt_code}</a>' in page
    assert analysts.belgium.email in page
    assert analysts.france.email not in page
    assert f"/reports/{french_report.pk}/" not in page
    assert HotlineAuditEntry.objects.filter(actor_id=analysts.belgium.pk, action="view_audit_log").count() == 1

    french = client_for(analysts.france).get("/en/hotline/be/audit/")
    assert french.status_code == 404


@pytest.mark.django_db
def test_the_queue_links_to_the_handled_reports_statistics_and_audit_log(analysts: Analysts, client_for: Login) -> None:
    page = client_for(analysts.belgium).get("/en/hotline/be/").content.decode()
    for href in ('href="?show=handled"', 'href="/en/hotline/be/statistics/"', 'href="/en/hotline/be/audit/"'):
        assert href in page


@pytest.mark.django_db
def test_the_audit_log_says_each_detail_in_words(analysts: Analysts, client_for: Login, belgian_report: Report) -> None:
    belgium = Centre.objects.get(country="BE")
    item = belgian_report.urls.get(position=0)
    services.assess(analysts.belgium, belgium, item, outcome="national", hosting_country="FR")
    services.forward(analysts.belgium, belgium, item, to_hotline=None)
    services.record_stage(analysts.belgium, belgium, item, stage="notice_sent")

    page = client_for(analysts.belgium).get("/en/hotline/be/audit/").content.decode()
    details = re.findall(r"<td>([^<]*)</td></tr>", page)
    assert "Illegal under national law · France" in details
    assert "The national police" in details
    assert "Notice sent to the host" in details
