"""The iCalendar exports (RFC 5545): one event to add to a calendar, and a feed of every upcoming event; both
parse back, with folded lines, escaped text, stable UIDs, a DTSTAMP and times in UTC."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest
from django.test import Client
from django.utils import timezone

from bik.events import ical
from bik.events.ical import escape_text, fold
from tests.events import ics
from tests.events.helpers import EVENTS_URL
from tests.factories.events import EventFactory, translate_event

pytestmark = pytest.mark.django_db


def test_a_single_event_downloads_as_a_valid_ics_file(client: Client) -> None:
    event = EventFactory.create(
        title=(
            "Workshop; with commas, semicolons and a very long title that needs folding across several lines — ünïcödé"
        ),
        starts_at=dt.datetime(2030, 5, 6, 9, 30, tzinfo=zoneinfo.ZoneInfo("Europe/Brussels")),
        hours=2,
        venue="Rue de la Loi 1",
        city="Brussels",
        country="BE",
        description="<p>Line one.</p><p>Line two, with a back\\slash.</p>",
    )

    response = client.get(f"{EVENTS_URL}{event.slug}/calendar/")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert f'filename="{event.slug}.ics"' in response["Content-Disposition"]
    (vevent,) = ics.events(response.content)
    assert ics.unescape(vevent.one("SUMMARY")) == event.title
    assert ics.unescape(vevent.one("DESCRIPTION")) == "Line one.\nLine two, with a back\\slash."
    assert ics.unescape(vevent.one("LOCATION")) == "Rue de la Loi 1, Brussels, Belgium"
    # 09:30 in Brussels in May (CEST, UTC+2) is 07:30 UTC.
    assert vevent.one("DTSTART") == "20300506T073000Z"
    assert vevent.one("DTEND") == "20300506T093000Z"
    assert vevent.one("URL") == f"http://testserver{EVENTS_URL}{event.slug}/"
    assert vevent.one("UID").startswith(f"event-{event.translation_key}@")


def test_the_feed_holds_every_upcoming_event_and_no_past_one(client: Client) -> None:
    upcoming = EventFactory.create(title="Feed upcoming", starts_at=timezone.now() + dt.timedelta(days=4))
    past = EventFactory.create(title="Feed past", starts_at=timezone.now() - dt.timedelta(days=4))

    response = client.get(f"{EVENTS_URL}calendar/")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    summaries = [ics.unescape(vevent.one("SUMMARY")) for vevent in ics.events(response.content)]
    assert upcoming.title in summaries
    assert past.title not in summaries
    assert len(summaries) == len(set(summaries))


def test_every_uid_is_unique_in_the_feed(client: Client) -> None:
    EventFactory.create_batch(5)
    vevents = ics.events(client.get(f"{EVENTS_URL}calendar/").content)
    uids = [vevent.one("UID") for vevent in vevents]
    assert len(uids) >= 5
    assert len(uids) == len(set(uids))


def test_an_event_keeps_its_uid_in_every_language(client: Client) -> None:
    event = EventFactory.create(title="Same everywhere")
    translate_event(event, "fr", "Pareil partout")
    english = ics.events(client.get(f"/en/portal/events/{event.slug}/calendar/").content)[0]
    french = ics.events(client.get(f"/fr/portal/events/{event.slug}/calendar/").content)[0]
    assert english.one("UID") == french.one("UID")
    assert ics.unescape(french.one("SUMMARY")) == "Pareil partout"


def test_the_events_page_links_to_the_feed(client: Client) -> None:
    html = client.get(EVENTS_URL).content.decode()
    assert '<link rel="alternate" type="text/calendar"' in html
    assert f'href="{EVENTS_URL}calendar/"' in html


def test_text_is_escaped_as_the_rfc_says() -> None:
    assert escape_text("a\\b;c,d\ne\r\nf") == "a\\\\b\\;c\\,d\\ne\\nf"


@pytest.mark.parametrize("text", ["x" * 200, "é" * 100, "€" * 60 + "a" * 30, "😀" * 40])
def test_long_lines_fold_at_75_octets_without_splitting_a_character(text: str) -> None:
    folded = fold(f"SUMMARY:{text}")
    lines = folded.split("\r\n")
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)
    assert all(line.startswith(" ") for line in lines[1:])
    assert "".join(line[1:] if number else line for number, line in enumerate(lines)) == f"SUMMARY:{text}"


@pytest.mark.parametrize("line_break", ["<br>", "<br/>", "<br />", "<BR>"])
def test_rich_text_line_breaks_become_lines(line_break: str) -> None:
    assert ical.plain_text(f"<p>First line{line_break}Second line</p><ul><li>Item</li></ul>") == (
        "First line\nSecond line\nItem"
    )
