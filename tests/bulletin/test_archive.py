"""The public archive: sent issues only, by year and language, with feeds; community updates stay internal."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from bik.accounts.models import User
from bik.bulletin.models import Audience, Mailing
from tests.bulletin import helpers
from tests.conftest import Cast

pytestmark = pytest.mark.django_db


def _sent(title: str, **kwargs: object) -> object:
    page = helpers.issue(title, **kwargs)  # type: ignore[arg-type]
    Mailing.objects.create(
        issue=page, issue_key=page.translation_key, audience=page.audience, status=Mailing.Status.SENT
    )
    return page


def test_the_archive_lists_sent_issues_only(client: Client) -> None:
    _sent("Sent issue")
    helpers.issue("Published but not sent")

    body = client.get("/en/bulletin/").content.decode()

    assert "Sent issue" in body
    assert "Published but not sent" not in body
    assert "Get the BIK Bulletin" in body  # the subscribe form


def test_the_demo_archive_has_two_issues_in_english_and_french(client: Client) -> None:
    english = client.get("/en/bulletin/").content.decode()
    french = client.get("/fr/bulletin/").content.decode()

    assert "growing up with AI companions" in english
    assert "Safer Internet Day is coming" in english
    assert "grandir avec des compagnons IA" in french
    assert "le Safer Internet Day approche" in french


def test_the_archive_filters_by_year_and_explains_an_unknown_year(client: Client) -> None:
    _sent("Old issue", date=dt.date(2019, 3, 1))

    in_2019 = client.get("/en/bulletin/?year=2019").content.decode()
    unknown = client.get("/en/bulletin/?year=1800")

    assert "Old issue" in in_2019
    assert "growing up with AI companions" not in in_2019
    assert unknown.status_code == 200
    assert "There are no issues for that year" in unknown.content.decode()


def test_community_updates_are_not_public(client: Client, cast: Cast, client_for: Callable[[User], Client]) -> None:
    page = _sent("Internal weekly", audience=Audience.COMMUNITY)

    assert "Internal weekly" not in client.get("/en/bulletin/").content.decode()
    assert "Internal weekly" not in client.get("/en/bulletin/feed/atom/").content.decode()
    assert client.get(page.url).status_code == 404  # type: ignore[attr-defined]
    assert client_for(cast.subscriber).get(page.url).status_code == 404  # type: ignore[attr-defined]
    assert client_for(cast.sic_member).get(page.url).status_code == 200  # type: ignore[attr-defined]


@pytest.mark.parametrize("kind", ["atom", "rss"])
def test_the_feeds_list_sent_issues(client: Client, kind: str) -> None:
    _sent("Feed issue")
    response = client.get(f"/en/bulletin/feed/{kind}/")

    assert response.status_code == 200
    assert "Feed issue" in response.content.decode()
    assert client.get("/en/bulletin/feed/json/").status_code == 404


def test_an_issue_reads_as_a_web_page(client: Client) -> None:
    page = _sent("Web issue")
    body = client.get(page.url).content.decode()  # type: ignore[attr-defined]

    assert "<h1>Web issue</h1>" in body
    assert "Youth voices" in body


def test_the_archive_query_count_does_not_grow_with_issues(client: Client) -> None:
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
