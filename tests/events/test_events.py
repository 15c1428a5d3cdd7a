"""A visitor browses upcoming and past events, filters them by country and attendance, reads one and adds it to
a calendar; times are stored aware and shown in the site's time zone (Europe/Brussels), which the page names."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.utils import timezone

from bik.events.models import Event, EventIndexPage
from tests.events.helpers import EVENTS_URL
from tests.events.vnu import html_errors
from tests.factories.events import EventFactory, events_in_bulk, translate_event

pytestmark = pytest.mark.django_db

NEW_YORK = zoneinfo.ZoneInfo("America/New_York")


def _html(client: Client, url: str, **params: str) -> str:
    response = client.get(url, params)
    assert response.status_code == 200, url
    return response.content.decode()


def test_the_events_list_is_under_the_portal() -> None:
    index = EventIndexPage.objects.get(slug="events", locale__language_code="en")
    assert index.get_parent().slug == "portal"
    assert index.url_path.endswith("/portal/events/")


def test_it_lists_upcoming_events_soonest_first_and_leaves_past_ones_to_the_archive(client: Client) -> None:
    later = EventFactory.create(title="Later gathering", starts_at=timezone.now() + dt.timedelta(days=2))
    sooner = EventFactory.create(title="Sooner gathering", starts_at=timezone.now() + dt.timedelta(hours=5))
    over = EventFactory.create(title="Finished gathering", starts_at=timezone.now() - dt.timedelta(days=2))

    html = _html(client, EVENTS_URL)

    assert html.index(sooner.title) < html.index(later.title)
    assert over.title not in html
    archive = _html(client, f"{EVENTS_URL}past/")
    assert over.title in archive
    assert sooner.title not in archive


def test_an_event_under_way_is_still_upcoming(client: Client) -> None:
    EventFactory.create(title="Happening right now", starts_at=timezone.now() - dt.timedelta(hours=1), hours=3)
    assert "Happening right now" in _html(client, EVENTS_URL)


def test_the_archive_shows_the_most_recent_past_event_first(client: Client) -> None:
    EventFactory.create(title="Long ago", starts_at=timezone.now() - dt.timedelta(days=1) - dt.timedelta(days=300))
    EventFactory.create(title="Just ended", starts_at=timezone.now() - dt.timedelta(hours=4))
    html = _html(client, f"{EVENTS_URL}past/")
    assert html.index("Just ended") < html.index("Long ago")


def test_drafts_are_never_shown(client: Client) -> None:
    draft = EventFactory.create(title="Secret draft meeting", publish=False)
    assert draft.title not in _html(client, EVENTS_URL)
    assert client.get(f"{EVENTS_URL}{draft.slug}/").status_code == 404
    assert client.get(f"{EVENTS_URL}{draft.slug}/calendar/").status_code == 404
    assert draft.title.encode() not in client.get(f"{EVENTS_URL}calendar/").content


def test_an_unpublished_event_disappears(client: Client) -> None:
    event = EventFactory.create(title="Cancelled meeting")
    event.unpublish()
    assert client.get(f"{EVENTS_URL}{event.slug}/").status_code == 404


def test_it_filters_by_country_including_online_events_organised_there(client: Client) -> None:
    from bik.network.models import Centre

    EventFactory.create(title="Meeting in Athens", city="Athens", country="GR")
    EventFactory.create(
        title="Greek webinar",
        format="online",
        city="",
        country="",
        online_url="https://meet.example/gr",
        organiser=Centre.objects.get(country="GR"),
    )
    EventFactory.create(title="Meeting in Brussels", city="Brussels", country="BE")

    html = _html(client, EVENTS_URL, country="GR")

    assert "Meeting in Athens" in html
    assert "Greek webinar" in html
    assert "Meeting in Brussels" not in html


@pytest.mark.parametrize(
    ("attendance", "shown", "hidden"),
    [
        ("online", ["Only online", "Both ways"], ["Only in a room"]),
        ("in_person", ["Only in a room", "Both ways"], ["Only online"]),
    ],
)
def test_it_filters_online_and_in_person_events(
    client: Client, attendance: str, shown: list[str], hidden: list[str]
) -> None:
    EventFactory.create(title="Only online", format="online", city="", online_url="https://meet.example/a")
    EventFactory.create(title="Only in a room", format="in_person")
    EventFactory.create(title="Both ways", format="hybrid", online_url="https://meet.example/b")

    html = _html(client, EVENTS_URL, attendance=attendance)

    for title in shown:
        assert title in html
    for title in hidden:
        assert title not in html


def test_filters_apply_to_the_archive_too(client: Client) -> None:
    EventFactory.create(
        title="Old Athens meeting", city="Athens", country="GR", starts_at=timezone.now() - dt.timedelta(days=9)
    )
    EventFactory.create(title="Old Brussels meeting", country="BE", starts_at=timezone.now() - dt.timedelta(days=9))
    html = _html(client, f"{EVENTS_URL}past/", country="GR")
    assert "Old Athens meeting" in html
    assert "Old Brussels meeting" not in html


@pytest.mark.parametrize(
    "params",
    [{"country": "ZZ"}, {"attendance": "teleport"}, {"country": "<script>"}, {"page": "x"}, {"page": "99999"}],
)
def test_bad_filters_are_explained_and_never_fatal(client: Client, params: dict[str, str]) -> None:
    response = client.get(EVENTS_URL, params)
    assert response.status_code == 200
    html = response.content.decode()
    if "page" not in params:
        assert "Select a valid choice" in html
        assert 'aria-invalid="true"' in html
    assert "<script>" not in html.split("</head>", 1)[1].replace('<script src="', "")


def test_the_list_is_paginated(client: Client) -> None:
    for number in range(12):
        EventFactory.create(
            title=f"Paged event {number:02d}", starts_at=timezone.now() + dt.timedelta(minutes=10 + number)
        )
    first = _html(client, EVENTS_URL)
    assert "Paged event 00" in first
    assert "Paged event 11" not in first
    assert 'rel="next"' in first
    assert "Paged event 11" in _html(client, EVENTS_URL, page="2")


def test_an_event_page_shows_what_a_visitor_needs(client: Client) -> None:
    from bik.network.models import Centre

    event = EventFactory.create(
        title="Parents' evening in Ghent",
        venue="Library, Kouter 1",
        city="Ghent",
        country="BE",
        format="hybrid",
        online_url="https://meet.example/ghent",
        organiser=Centre.objects.get(country="BE"),
        audience="parents",
        language="nl",
        description='<p>Bring <b>questions</b>.</p><script>alert(1)</script><p onclick="x()">Hi</p>',
    )

    html = _html(client, f"{EVENTS_URL}{event.slug}/")

    assert "<h1>Parents&#x27; evening in Ghent</h1>" in html
    assert "Library, Kouter 1, Ghent, Belgium" in html
    assert 'href="https://meet.example/ghent"' in html
    assert 'href="/en/centres/be/"' in html
    assert "Parents and carers" in html
    assert "Nederlands" in html
    assert "<b>questions</b>" in html
    assert "alert(1)" not in html
    assert "onclick" not in html
    assert f'href="{EVENTS_URL}{event.slug}/calendar/"' in html


def test_an_unknown_event_is_a_404(client: Client) -> None:
    assert client.get(f"{EVENTS_URL}no-such-event/").status_code == 404
    assert client.get(f"{EVENTS_URL}no-such-event/calendar/").status_code == 404


def test_times_are_shown_in_the_sites_time_zone_whatever_zone_they_were_entered_in(client: Client) -> None:
    # 10:00 in New York on 15 January is 16:00 in Brussels (CET, UTC+1).
    event = EventFactory.create(
        title="Transatlantic call", starts_at=dt.datetime(2030, 1, 15, 10, 0, tzinfo=NEW_YORK), hours=1
    )
    stored = Event.objects.get(pk=event.pk).starts_at
    assert stored == dt.datetime(2030, 1, 15, 15, 0, tzinfo=dt.UTC)

    html = _html(client, f"{EVENTS_URL}{event.slug}/")

    assert '<time datetime="2030-01-15T16:00:00+01:00">' in html
    assert "4 p.m." in html
    assert ">CET</abbr>" in html
    assert "Europe/Brussels" in html


def test_summer_events_show_summer_time(client: Client) -> None:
    event = EventFactory.create(title="Summer camp", starts_at=dt.datetime(2030, 7, 1, 8, 0, tzinfo=dt.UTC), hours=2)
    html = _html(client, f"{EVENTS_URL}{event.slug}/")
    assert '<time datetime="2030-07-01T10:00:00+02:00">' in html
    assert ">CEST</abbr>" in html


def test_an_event_over_several_days_shows_both_dates(client: Client) -> None:
    event = EventFactory.create(title="Two-day forum", starts_at=dt.datetime(2030, 3, 4, 8, 0, tzinfo=dt.UTC), hours=30)
    html = _html(client, f"{EVENTS_URL}{event.slug}/")
    assert "March 4, 2030" in html
    assert "March 5, 2030" in html


def test_the_list_page_says_which_time_zone_it_uses(client: Client) -> None:
    assert "All times are shown in the time zone of Europe/Brussels" in _html(client, EVENTS_URL)


def test_visitors_read_an_event_in_their_language_or_in_english(client: Client) -> None:
    event = EventFactory.create(title="Workshop on privacy")
    translate_event(event, "fr", "Atelier sur la vie privée")
    untranslated = EventFactory.create(title="Only in English")

    french = _html(client, "/fr/portal/events/")
    assert "Atelier sur la vie privée" in french
    assert "Workshop on privacy" not in french
    assert "Only in English" in french
    assert "Atelier sur la vie privée" in _html(client, f"/fr/portal/events/{event.slug}/")
    assert "Only in English" in _html(client, f"/de/portal/events/{untranslated.slug}/")


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"hours": -1}, "ends_at"),
        ({"format": "in_person", "city": ""}, "city"),
        ({"format": "online", "city": "", "online_url": ""}, "online_url"),
        ({"slug": "past"}, "slug"),
    ],
)
def test_editors_get_a_clear_error_for_an_impossible_event(fields: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as error:
        EventFactory.create(title="Impossible", **fields)
    assert field in error.value.message_dict


def test_every_events_page_is_valid_html(client: Client, tmp_path: Path) -> None:
    event = EventFactory.create(title="Valid markup", format="hybrid", online_url="https://meet.example/v")
    urls = [EVENTS_URL, f"{EVENTS_URL}past/", f"{EVENTS_URL}?country=ZZ", f"{EVENTS_URL}{event.slug}/"]
    pages = {url: client.get(url).content for url in urls}
    assert html_errors(pages, tmp_path) == []


def test_pagination_keeps_the_filters(client: Client) -> None:
    events_in_bulk(11, country="BE")
    html = client.get(EVENTS_URL, {"country": "BE"}).content.decode()
    assert 'href="?country=BE&amp;page=2" rel="next"' in html
