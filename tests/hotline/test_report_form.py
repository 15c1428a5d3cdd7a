"""The public hotline report form and the receipt status page."""

from __future__ import annotations

import re
import socket
from collections.abc import Iterator
from typing import Any

import pytest
from django.test import Client, override_settings

from bik.hotline.models import Report, ReportedUrl, Stage

FORM = "/en/report/hotline/be/"
VALID = {
    "urls": "https://one.example/a?fbclid=x\n\nhttp://two.example/b",
    "kind": "child_abuse",
    "where_seen": "website",
    "description": "",
    "contact_email": "",
}


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Any]]:
    """Any attempt to resolve a name or open a connection fails the test loudly."""
    attempts: list[Any] = []

    def refuse(*args: Any, **kwargs: Any) -> None:
        attempts.append(args)
        raise AssertionError(f"outgoing network request attempted: {args!r}")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    yield attempts
    assert attempts == []


@pytest.mark.django_db
def test_it_shows_the_form_with_the_advice_never_to_download(client: Client) -> None:
    response = client.get(FORM)
    assert response.status_code == 200
    assert "Never download, screenshot or forward illegal images" in response.content.decode()
    assert "private" in response["Cache-Control"]


@pytest.mark.django_db
def test_an_anonymous_report_gives_a_receipt_code(client: Client, no_network: list[Any]) -> None:
    response = client.post(FORM, VALID)
    assert response.status_code == 200
    code = re.search(r"data-receipt-code>([A-Z0-9-]+)<", response.content.decode())
    assert code is not None
    report = Report.objects.get(receipt_code=code.group(1))
    assert report.hotline.country.code == "BE"
    assert report.contact_email == ""
    assert list(report.urls.values_list("text", "canonical")) == [
        ("https://one.example/a?fbclid=x", "https://one.example/a"),
        ("http://two.example/b", "http://two.example/b"),
    ]
    assert set(ReportedUrl.objects.filter(report=report).values_list("timeline__stage", flat=True)) == {Stage.RECEIVED}


@pytest.mark.django_db
def test_nothing_about_the_reporter_is_stored() -> None:
    names = {field.name for field in Report._meta.get_fields()}
    assert not names & {"ip", "ip_address", "user", "user_agent", "reporter", "session"}


@pytest.mark.django_db
def test_bad_input_keeps_what_was_typed(client: Client) -> None:
    response = client.post(
        FORM, {**VALID, "urls": "https://ok.example/\nnot a url at all", "description": "kept words"}
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "Line 2 is not a web address" in page
    assert "kept words" in page
    assert "https://ok.example/" in page
    assert Report.objects.filter(description="kept words").count() == 0


@pytest.mark.django_db
def test_it_needs_an_address_and_a_kind(client: Client) -> None:
    response = client.post(FORM, {"urls": "  ", "where_seen": "website"})
    assert response.status_code == 400
    assert "Please give at least one web address." in response.content.decode()


@pytest.mark.django_db
def test_an_unknown_country_is_not_found(client: Client) -> None:
    assert client.get("/en/report/hotline/zz/").status_code == 404


@pytest.mark.django_db
@override_settings(BIK_RATE_LIMITS={"hotline_report": {"client": "2/h"}})
def test_it_is_rate_limited_and_keeps_the_form(client: Client) -> None:
    before = Report.objects.count()
    assert client.post(FORM, VALID).status_code == 200
    assert client.post(FORM, VALID).status_code == 200
    refused = client.post(FORM, VALID)
    assert refused.status_code == 429
    assert "http://two.example/b" in refused.content.decode()
    assert Report.objects.count() == before + 2


@pytest.mark.django_db
def test_the_receipt_code_shows_progress_without_identity(client: Client, belgian_report: Report) -> None:
    typed = belgian_report.receipt_code.lower().replace("-", " ")
    response = client.post("/en/report/status/", {"code": typed})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Checked by an analyst" in page
    assert "shop.example" not in page


@pytest.mark.django_db
def test_an_unknown_receipt_code_is_a_clear_error(client: Client) -> None:
    response = client.post("/en/report/status/", {"code": "AAAA-BBBB-CCCC"})
    assert response.status_code == 400
    assert "We found no report with this code" in response.content.decode()
    assert "AAAA-BBBB-CCCC" in response.content.decode()
