"""The public archive: sent issues only, by year and language, with feeds; community updates stay internal."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from bik.accounts.models import User
from bik.bulletin.models import Audience, BulletinIssuePage
from tests.conftest import Cast
from tests.factories.bulletin import BulletinIssuePageFactory, MailingFactory

pytestmark = pytest.mark.django_db


def _sent(title: str, **fields: object) -> BulletinIssuePage:
    """An issue in English only, sent."""
    page = BulletinIssuePageFactory.create(title=title, aliases=False, **fields)
    assert isinstance(page, BulletinIssuePage)
    MailingFactory.create(issue=page)
    return page


def test_the_archive_lists_sent_issues_only(client: Client) -> None:
    _sent("Sent issue")
    BulletinIssuePageFactory.create(title="Published but not sent", aliases=False)

    body = client.get("/en/bulletin/").content.decode()

    assert "Sent issue" in body
    assert "Published but not sent" not in body
    assert "Get the BIK Bulletin" in body  # the subscribe form


def test_the_archive_filters_by_year_and_explains_an_unknown_year(client: Client) -> None:
    _sent("Old issue", issue_date=dt.date(2019, 3, 1))
    _sent("Recent issue", issue_date=dt.date(2026, 4, 1))

    in_2019 = client.get("/en/bulletin/?year=2019").content.decode()
    unknown = client.get("/en/bulletin/?year=1800")

    assert "Old issue" in in_2019
    assert "Recent issue" not in in_2019
    assert unknown.status_code == 200
    assert "There are no issues for that year" in unknown.content.decode()


def test_community_updates_are_not_public(client: Client, cast: Cast, client_for: Callable[[User], Client]) -> None:
    page = _sent("Internal weekly", audience=Audience.COMMUNITY)

    assert "Internal weekly" not in client.get("/en/bulletin/").content.decode()
    assert "Internal weekly" not in client.get("/en/bulletin/feed/atom/").content.decode()
    assert client.get(page.url).status_code == 404
    assert client_for(cast.subscriber).get(page.url).status_code == 404
    assert client_for(cast.sic_member).get(page.url).status_code == 200


@pytest.mark.parametrize("kind", ["atom", "rss"])
def test_the_feeds_list_sent_issues(client: Client, kind: str) -> None:
    _sent("Feed issue")
    response = client.get(f"/en/bulletin/feed/{kind}/")

    assert response.status_code == 200
    assert "Feed issue" in response.content.decode()
    assert client.get("/en/bulletin/feed/json/").status_code == 404


def test_an_issue_reads_as_a_web_page(client: Client) -> None:
    page = _sent("Web issue")
    body = client.get(page.url).content.decode()

    assert "<h1>Web issue</h1>" in body
    assert "Youth voices" in body


def test_the_archive_query_count_does_not_grow_with_issues(client: Client) -> None:
    _sent("First")
    client.get("/en/bulletin/")
    with CaptureQueriesContext(connection) as few:
        client.get("/en/bulletin/")
    for n in range(15):
        _sent(f"Many {n}")
    client.get("/en/bulletin/")
    with CaptureQueriesContext(connection) as many:
        response = client.get("/en/bulletin/")

    assert "Page 1 of 2" in response.content.decode()
    assert len(many) == len(few)
