"""The analysts' workspace: who gets in, what they see, and what they can record."""

from __future__ import annotations

import re
import socket
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from bik.accounts.models import User
from bik.audit.models import AppendOnlyError
from bik.hotline.models import Assessment, Forward, HotlineAuditEntry, Report, Stage, TimelineEvent
from bik.network.models import Centre
from tests.conftest import Cast
from tests.hotline.conftest import Analysts

Login = Callable[[User], Client]


def workspace_urls(report: Report) -> list[str]:
    item = report.urls.first()
    assert item is not None
    return [
        "/en/hotline/",
        "/en/hotline/be/",
        f"/en/hotline/be/reports/{report.pk}/",
        f"/en/hotline/be/reports/{report.pk}/export.json",
        "/en/hotline/be/statistics/",
        "/en/hotline/be/audit/",
        "/en/hotline/be/?show=handled",
        f"/en/hotline/be/?code={report.receipt_code}",
        f"/en/hotline/be/urls/{item.pk}/assess/",
        f"/en/hotline/be/urls/{item.pk}/forward/",
        f"/en/hotline/be/urls/{item.pk}/step/",
    ]


@pytest.mark.django_db
def test_anonymous_visitors_are_sent_to_sign_in(client: Client, belgian_report: Report) -> None:
    for url in workspace_urls(belgian_report):
        response = client.post(url) if "/urls/" in url else client.get(url)
        assert response.status_code == 302, url
        assert "/accounts/login/" in response["Location"], url


@pytest.mark.django_db
def test_every_role_but_the_hotlines_analysts_is_refused(
    cast: Cast, analysts: Analysts, client_for: Login, belgian_report: Report
) -> None:
    outsiders = {**cast.all(), "french analyst": analysts.france}
    for name, user in outsiders.items():
        client = client_for(user)
        for url in workspace_urls(belgian_report)[1:]:
            response = client.post(url, {"u1-outcome": "baseline"}) if "/urls/" in url else client.get(url)
            assert response.status_code == 404, (name, url)
        home = client.get("/en/hotline/")
        if user == analysts.france:  # an analyst of another hotline is sent to their own workspace
            assert (home.status_code, home["Location"]) == (302, "/en/hotline/fr/"), name
        else:
            assert home.status_code == 403, name
    assert not Assessment.objects.filter(url__report=belgian_report).exists()


@pytest.mark.django_db
def test_an_analyst_without_a_second_factor_must_set_one_up(
    analysts: Analysts, client_for: Login, belgian_report: Report
) -> None:
    response = client_for(analysts.without_mfa).get("/en/hotline/be/")
    assert response.status_code == 302
    assert "/accounts/2fa/" in response["Location"]


@pytest.mark.django_db
def test_the_queue_is_oldest_first_and_only_the_hotlines_own(
    analysts: Analysts, client_for: Login, belgian_report: Report, french_report: Report
) -> None:
    page = client_for(analysts.belgium).get("/en/hotline/be/").content.decode()
    assert belgian_report.receipt_code in page
    assert french_report.receipt_code not in page
    assert client_for(analysts.belgium).get(f"/en/hotline/be/reports/{french_report.pk}/").status_code == 404
    french_page = client_for(analysts.france).get("/en/hotline/fr/").content.decode()
    assert french_report.receipt_code in french_page
    assert belgian_report.receipt_code not in french_page


@pytest.mark.django_db
def test_duplicates_across_hotlines_are_flagged(
    analysts: Analysts, client_for: Login, belgian_report: Report, french_report: Report
) -> None:
    page = client_for(analysts.france).get(f"/en/hotline/fr/reports/{french_report.pk}/").content.decode()
    assert "the same address was also reported in:" in page
    assert belgian_report.receipt_code in page
    queue = client_for(analysts.belgium).get("/en/hotline/be/").content.decode()
    entry = re.search(rf"{belgian_report.receipt_code}.*?</ul>", queue, re.DOTALL)
    assert entry is not None
    assert entry.group(0).count(">Duplicate<") == 1  # the gallery address, not the file-sharing one


@pytest.mark.django_db
def test_reported_urls_are_defanged_and_never_links(
    cast: Cast, analysts: Analysts, client_for: Login, belgian_report: Report, french_report: Report
) -> None:
    hosts = ("shop.example", "files.example", "SHOP.example")
    pages = []
    for user in [*cast.all().values(), analysts.belgium, analysts.france]:
        client = client_for(user)
        for url in [
            "/en/hotline/be/",
            f"/en/hotline/be/reports/{belgian_report.pk}/",
            "/en/hotline/fr/",
            f"/en/hotline/fr/reports/{french_report.pk}/",
        ]:
            pages.append(client.get(url, follow=True).content.decode())
    pages.append(Client().post("/en/report/status/", {"code": belgian_report.receipt_code}).content.decode())
    joined = "\n".join(pages)
    assert "hxxps://shop[.]example/gallery/item" in joined
    for host in hosts:
        assert host not in joined
    for href in re.findall(r"""(?:href|src|action)\s*=\s*["']([^"']*)""", joined):
        assert "example" not in href or "cast.example" in href, href


@pytest.mark.django_db
def test_an_analyst_assesses_forwards_and_records_the_timeline(
    analysts: Analysts, client_for: Login, belgian_report: Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("outgoing network request attempted")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    item = belgian_report.urls.get(position=0)
    belgium = client_for(analysts.belgium)
    assert belgium.get(f"/en/hotline/be/reports/{belgian_report.pk}/").status_code == 200
    prefix = f"u{item.pk}"
    response = belgium.post(
        f"/en/hotline/be/urls/{item.pk}/assess/", {f"{prefix}-outcome": "baseline", f"{prefix}-hosting_country": "FR"}
    )
    assert response.status_code == 302
    assessment = Assessment.objects.get(url=item)
    assert (assessment.outcome, assessment.hosting_country.code, assessment.hotline.country.code) == (
        "baseline",
        "FR",
        "BE",
    )
    response = belgium.post(
        f"/en/hotline/be/urls/{item.pk}/forward/", {f"{prefix}-to": "FR", f"{prefix}-note": "hosted in FR"}
    )
    assert response.status_code == 302
    assert Forward.objects.get(url=item).to_hotline == Centre.objects.get(country="FR")
    belgium.post(f"/en/hotline/be/urls/{item.pk}/step/", {f"{prefix}-stage": "notice_sent"})

    # The French hotline now has the forwarded address (only it) in its queue, with the exchange log.
    france = client_for(analysts.france)
    queue = france.get("/en/hotline/fr/").content.decode()
    assert belgian_report.receipt_code in queue
    assert "Forwarded from Belgium" in queue
    detail = france.get(f"/en/hotline/fr/reports/{belgian_report.pk}/").content.decode()
    assert "hosted in FR" in detail
    assert "files[.]example" not in detail
    assert france.post(f"/en/hotline/fr/urls/{belgian_report.urls.get(position=1).pk}/assess/", {}).status_code == 404
    france.post(f"/en/hotline/fr/urls/{item.pk}/step/", {f"{prefix}-stage": "removed"})

    stages = list(TimelineEvent.objects.filter(url=item).values_list("hotline__country", "stage"))
    assert stages == [
        ("BE", Stage.RECEIVED),
        ("BE", Stage.ASSESSED),
        ("BE", Stage.FORWARDED),
        ("FR", Stage.RECEIVED),
        ("BE", Stage.NOTICE_SENT),
        ("FR", Stage.REMOVED),
    ]
    assert "Removed" in belgium.get(f"/en/hotline/be/reports/{belgian_report.pk}/").content.decode()


@pytest.mark.django_db
def test_bad_input_in_an_analyst_form_is_a_clear_error(
    analysts: Analysts, client_for: Login, belgian_report: Report
) -> None:
    item = belgian_report.urls.get(position=0)
    response = client_for(analysts.belgium).post(f"/en/hotline/be/urls/{item.pk}/assess/", {f"u{item.pk}-outcome": "x"})
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()


@pytest.mark.django_db
def test_a_takedown_step_is_chosen_follows_an_assessment_as_illegal_and_is_not_in_the_future(
    analysts: Analysts, client_for: Login, belgian_report: Report
) -> None:
    item = belgian_report.urls.get(position=0)
    prefix, step = f"u{item.pk}", f"/en/hotline/be/urls/{item.pk}/step/"
    belgium = client_for(analysts.belgium)
    nothing_chosen = belgium.post(step, {})
    not_assessed = belgium.post(step, {f"{prefix}-stage": "notice_sent"})
    belgium.post(f"/en/hotline/be/urls/{item.pk}/assess/", {f"{prefix}-outcome": "not_illegal"})
    not_illegal = belgium.post(step, {f"{prefix}-stage": "notice_sent"})
    belgium.post(f"/en/hotline/be/urls/{item.pk}/assess/", {f"{prefix}-outcome": "national"})
    in_the_future = belgium.post(step, {f"{prefix}-stage": "removed", f"{prefix}-at": "2999-01-01T10:00"})
    recorded = belgium.post(step, {f"{prefix}-stage": "notice_sent"})

    assert nothing_chosen.status_code == 400
    assert "Choose the step to record." in nothing_chosen.content.decode()
    for refused in (not_assessed, not_illegal):
        assert refused.status_code == 400
        assert "assess the address first" in refused.content.decode()
    assert in_the_future.status_code == 400
    assert "A step cannot be recorded in the future." in in_the_future.content.decode()
    assert recorded.status_code == 302
    steps = TimelineEvent.objects.filter(url=item, stage__in=[Stage.NOTICE_SENT, Stage.REMOVED])
    assert list(steps.values_list("stage", flat=True)) == [Stage.NOTICE_SENT]


@pytest.mark.django_db
def test_every_view_and_action_is_audited_and_the_log_cannot_change(
    analysts: Analysts, client_for: Login, belgian_report: Report
) -> None:
    item = belgian_report.urls.get(position=0)
    client = client_for(analysts.belgium)
    client.get("/en/hotline/be/")
    client.get(f"/en/hotline/be/reports/{belgian_report.pk}/")
    client.post(f"/en/hotline/be/urls/{item.pk}/assess/", {f"u{item.pk}-outcome": "not_illegal"})
    actions = list(
        HotlineAuditEntry.objects.filter(actor_id=analysts.belgium.pk)
        .order_by("pk")
        .values_list("actor_id", "action", "hotline_country")
    )
    assert actions == [
        (analysts.belgium.pk, "view_queue", "BE"),
        (analysts.belgium.pk, "view_report", "BE"),
        (analysts.belgium.pk, "assess", "BE"),
    ]
    entry = HotlineAuditEntry.objects.first()
    assert entry is not None
    with pytest.raises(AppendOnlyError):
        entry.save()
    with pytest.raises(AppendOnlyError):
        HotlineAuditEntry.objects.all().delete()
    with pytest.raises(AppendOnlyError):
        HotlineAuditEntry.objects.update(action="x")


@pytest.mark.django_db
def test_no_outcome_is_chosen_for_the_analyst(analysts: Analysts, client_for: Login, belgian_report: Report) -> None:
    """One tap on "Record the assessment" must never record "illegal": the outcome starts empty and is required."""
    item = belgian_report.urls.get(position=0)
    belgium = client_for(analysts.belgium)
    page = belgium.get(f"/en/hotline/be/reports/{belgian_report.pk}/").content.decode()
    assert '<option value="" selected>Choose an outcome</option>' in page

    response = belgium.post(f"/en/hotline/be/urls/{item.pk}/assess/", {f"u{item.pk}-outcome": ""})
    assert response.status_code == 400
    assert "Choose the outcome of your assessment." in response.content.decode()
    item.refresh_from_db()
    assert not item.assessments.exists()
