"""The hotline demo: invented .example addresses only, a duplicate across hotlines, a forward, a full timeline."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from django.test import Client

from bik.demo.registry import demo_ids, is_demo
from bik.hotline import services
from bik.hotline.models import Forward, Report, ReportedUrl, Stage
from bik.network.models import Centre


@pytest.mark.django_db
def test_demo_reports_use_only_reserved_example_domains() -> None:
    urls = ReportedUrl.objects.filter(report__in=demo_ids(Report))
    assert urls.count() >= 4
    for item in urls:
        host = urlsplit(item.canonical).hostname or ""
        assert host.endswith(".example"), item.canonical


@pytest.mark.django_db
def test_demo_has_a_duplicate_across_two_hotlines_a_forward_and_a_full_timeline() -> None:
    belgium = Centre.objects.get(country="BE")
    duplicated = [
        item
        for item in ReportedUrl.objects.filter(report__in=demo_ids(Report), report__hotline=belgium)
        if services.duplicates_of(item)[0]
    ]
    assert {
        other.report.hotline.country.code
        for item in duplicated
        for other in services.duplicates_of(item)[0]
        if is_demo(other.report)
    } == {"NL"}
    assert Forward.objects.filter(url__report__in=demo_ids(Report), to_hotline__country="FR").exists()
    assert services.queue(Centre.objects.get(country="FR")).filter(pk__in=demo_ids(Report)).exists()
    stages = {
        tuple(item.timeline.values_list("stage", flat=True))
        for item in ReportedUrl.objects.filter(report__in=demo_ids(Report))
    }
    assert (Stage.RECEIVED, Stage.ASSESSED, Stage.SENT_TO_POLICE, Stage.NOTICE_SENT, Stage.REMOVED) in stages


@pytest.mark.django_db
def test_the_demo_analyst_can_open_the_belgian_queue() -> None:
    from bik.accounts.models import User

    client = Client()
    client.force_login(User.objects.get(email="hotline-analyst@bik.example"))
    page = client.get("/en/hotline/be/").content.decode()
    assert Report.objects.filter(pk__in=demo_ids(Report), hotline__country="BE").first() is not None
    assert "Duplicate" in page
