"""The public gallery of events and actions: filters, pagination, map counts, totals and iCalendar."""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from bik.events.ical import uid_host
from bik.sid.models import Action, Edition, Format, Status
from tests.events import ics
from tests.factories.images import ImageFactory
from tests.factories.sid import EditionFactory, EditionTextFactory
from tests.sid.helpers import action, sid_client, supporter

pytestmark = pytest.mark.django_db


def _titles(body: str) -> list[str]:
    return re.findall(r'<h3 class="sid-card__title"><a href="[^"]+">([^<]+)</a>', body)


def _past_edition(year: int) -> Edition:
    """A past edition as the archive lists it: with its picture and its theme in another language."""
    edition = EditionFactory.create(year=year)
    edition.image = ImageFactory.create()
    edition.save()
    EditionTextFactory.create(edition=edition)
    return edition


def _map_count(body: str, code: str) -> int:
    match = re.search(rf'data-country="{code}" data-count="(\d+)"', body)
    assert match, f"no tile for {code}"
    return int(match.group(1))


@pytest.mark.usefixtures("edition")
def test_it_shows_approved_items_only() -> None:
    owner = supporter("PT")
    action(owner, title="Published workshop", status=Status.APPROVED)
    action(owner, title="Waiting workshop", status=Status.PENDING)
    action(owner, title="Returned workshop", status=Status.REJECTED)

    body = sid_client().get("/en/gallery/?country=PT").content.decode()

    assert "Published workshop" in _titles(body)
    assert "Waiting workshop" not in body
    assert "Returned workshop" not in body


@pytest.mark.usefixtures("edition")
def test_it_filters_by_country_audience_format_language_and_edition() -> None:
    portuguese = supporter("LT")
    belgian = supporter("LV")
    action(portuguese, title="Porto parents", status=Status.APPROVED, audiences=",parents,")
    action(
        portuguese,
        title="Porto teens online",
        status=Status.APPROVED,
        audiences=",teens,",
        format=Format.ONLINE,
        city="",
        online_url="https://meet.example/x",
        language="en",
    )
    action(belgian, title="Brussels parents", status=Status.APPROVED, audiences=",parents,")
    past = EditionFactory.create(year=2024)
    action(portuguese, title="Porto 2024", status=Status.APPROVED, edition=past)
    client = sid_client()

    assert set(_titles(client.get("/en/gallery/?country=LT&audience=parents").content.decode())) == {
        "Porto parents",
        "Porto 2024",
    }
    assert _titles(client.get("/en/gallery/?country=LT&format=online").content.decode()) == ["Porto teens online"]
    assert _titles(client.get("/en/gallery/?country=LT&language=en").content.decode()) == ["Porto teens online"]
    assert _titles(client.get("/en/gallery/?country=LT&edition=2024").content.decode()) == ["Porto 2024"]


@pytest.mark.usefixtures("edition")
def test_the_map_and_totals_count_what_the_filters_select() -> None:
    before = sid_client().get("/en/gallery/").content.decode()
    portugal_before = _map_count(before, "PT")
    owner = supporter("PT")
    action(owner, title="One more", status=Status.APPROVED)
    action(owner, title="Not yet", status=Status.PENDING)

    body = sid_client().get("/en/gallery/").content.decode()

    assert _map_count(body, "PT") == portugal_before + 1
    approved = Action.objects.approved()
    assert f'data-testid="action-total">{approved.count()}<' in body
    countries = approved.values("country").distinct().count()
    assert f'data-testid="country-total">{countries}<' in body
    assert re.search(r'<tr data-country="PT">.*?<td>' + str(portugal_before + 1) + "</td>", body, re.S)


def test_a_bad_filter_is_explained_and_ignored_not_a_server_error() -> None:
    response = sid_client().get("/en/gallery/?edition=abc&country=PT")

    assert response.status_code == 400
    body = response.content.decode()
    assert "Some filters were not understood" in body
    assert '<option value="PT" selected>' in body


@pytest.mark.usefixtures("edition")
def test_it_pages_with_the_filters_kept() -> None:
    owner = supporter("LU")
    for number in range(14):
        action(owner, title=f"Luxembourg item {number:02d}", status=Status.APPROVED)

    body = sid_client().get("/en/gallery/?country=LU").content.decode()

    assert len(_titles(body)) == 12
    assert "?country=LU&amp;page=2" in body
    assert len(_titles(sid_client().get("/en/gallery/?country=LU&page=2").content.decode())) == 2


@pytest.mark.usefixtures("edition")
def test_the_gallery_needs_the_same_queries_for_few_and_many_items() -> None:
    owner = supporter("SI")
    action(owner, title="Only one", status=Status.APPROVED)
    client = sid_client()
    client.get("/en/gallery/")
    with CaptureQueriesContext(connection) as few:
        client.get("/en/gallery/")
    for number in range(20):
        action(supporter("SI", name=f"Supporter {number}"), title=f"Many {number}", status=Status.APPROVED)
    with CaptureQueriesContext(connection) as many:
        client.get("/en/gallery/")

    assert len(many) == len(few)


@pytest.mark.parametrize("path", ["/en/countries/", "/en/countries/si/", "/en/editions/", "/en/"])
@pytest.mark.usefixtures("edition")
def test_public_lists_need_the_same_queries_for_few_and_many_items(path: str) -> None:
    client = sid_client()
    owner = supporter("SI")
    action(owner, title="First", status=Status.APPROVED)
    action(owner, title="Past first", status=Status.APPROVED, edition=_past_edition(2015))
    client.get(path)
    with CaptureQueriesContext(connection) as few:
        client.get(path)
    for number in range(10):
        action(supporter("SI", name=f"Supporter {number}"), title=f"More {number}", status=Status.APPROVED)
    for year in (2016, 2017, 2018):
        action(owner, title=f"Past {year}", status=Status.APPROVED, edition=_past_edition(year))
    client.get(path)  # a new edition renews the cached look-ups (the site's hosts), as before the first count
    with CaptureQueriesContext(connection) as many:
        client.get(path)

    assert len(many) == len(few)


@pytest.mark.usefixtures("edition")
def test_an_event_page_offers_add_to_calendar_in_rfc_5545() -> None:
    event = action(supporter("PT"), title="Evening; parents, teachers", status=Status.APPROVED)

    page = sid_client().get(f"/en/gallery/{event.pk}/").content.decode()
    response = sid_client().get(f"/en/gallery/{event.pk}/calendar.ics")

    assert f"/en/gallery/{event.pk}/calendar.ics" in page
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response.content.startswith(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert b"SUMMARY:Evening\\; parents\\, teachers\r\n" in response.content
    (vevent,) = ics.events(response.content)
    assert vevent.one("UID") == f"sid-action-{event.pk}@{uid_host()}"
    assert ics.utc_datetime(vevent.one("DTSTART")) == event.starts_at
    assert ics.unescape(vevent.one("SUMMARY")) == "Evening; parents, teachers"
    assert vevent.one("URL") == f"http://sid.localhost/en/gallery/{event.pk}/"


@pytest.mark.usefixtures("edition")
def test_pending_items_are_not_public_anywhere() -> None:
    owner = supporter("PT")
    action(owner, title="Public evening", status=Status.APPROVED)
    pending = action(owner, title="Secret draft", status=Status.PENDING)
    client = sid_client()

    assert client.get(f"/en/gallery/{pending.pk}/").status_code == 404
    assert client.get(f"/en/gallery/{pending.pk}/calendar.ics").status_code == 404
    summaries = [
        ics.unescape(vevent.one("SUMMARY")) for vevent in ics.events(client.get("/en/gallery/calendar.ics").content)
    ]
    assert "Public evening" in summaries
    assert "Secret draft" not in summaries


@pytest.mark.usefixtures("edition")
def test_the_gallery_calendar_exports_the_filtered_events() -> None:
    owner = supporter("MT")
    action(owner, title="Valletta event", status=Status.APPROVED)
    action(owner, title="Valletta action", status=Status.APPROVED, kind="action")

    vevents = ics.events(sid_client().get("/en/gallery/calendar.ics?country=MT").content)

    assert [ics.unescape(vevent.one("SUMMARY")) for vevent in vevents] == ["Valletta event"]
