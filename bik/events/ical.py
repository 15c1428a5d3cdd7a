"""iCalendar (RFC 5545) for events, written by hand: text escaping (3.3.11), line folding at 75 octets (3.1),
CRLF line ends, date-times in UTC (3.3.5, form #2), a UID that is the same in every language and a DTSTAMP."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

import nh3
from django.conf import settings

from bik.events.models import Event

PRODID = "-//Better Internet for Kids//Events//EN"
MEDIA_TYPE = "text/calendar; charset=utf-8"


@dataclass(frozen=True)
class CalendarEntry:
    event: Event
    url: str


def escape_text(value: str) -> str:
    """A TEXT value: backslash, semicolon, comma and line breaks escaped."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\r", "\\n")
        .replace("\n", "\\n")
    )


def fold(line: str) -> str:
    """A content line split into lines of at most 75 octets, never inside a UTF-8 character; each continuation
    line starts with one space, which counts towards its 75 octets."""
    pieces: list[str] = []
    current, size, limit = "", 0, 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            pieces.append(current)
            current, size, limit = "", 0, 74
        current += char
        size += width
    pieces.append(current)
    return "\r\n ".join(pieces)


def utc(value: dt.datetime) -> str:
    if value.tzinfo is None:
        raise ValueError("iCalendar times must come from aware date-times.")
    return value.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def plain_text(rich_html: str) -> str:
    """The description without markup, paragraphs and list items on lines of their own."""
    spaced = rich_html.replace("</p>", "</p>\n").replace("<br>", "\n").replace("</li>", "</li>\n")
    text = html.unescape(nh3.clean(spaced, tags=set()))
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def uid_host() -> str:
    return urlsplit(settings.SITE_URL).hostname or "bik.localhost"


def event_lines(entry: CalendarEntry, *, now: dt.datetime) -> list[str]:
    event = entry.event
    lines = [
        "BEGIN:VEVENT",
        # The translation key, not the row id: every language version of an event is the same calendar entry.
        f"UID:event-{event.translation_key}@{uid_host()}",
        f"DTSTAMP:{utc(now)}",
        f"DTSTART:{utc(event.starts_at)}",
        f"DTEND:{utc(event.ends_at)}",
        f"SUMMARY:{escape_text(event.title)}",
        f"DESCRIPTION:{escape_text(plain_text(event.description))}",
        f"URL:{entry.url}",
        f"LAST-MODIFIED:{utc(event.updated_at)}",
    ]
    location = ", ".join(part for part in (event.place if event.is_in_person else "", event.online_url) if part)
    if location:
        lines.append(f"LOCATION:{escape_text(location)}")
    if event.organiser is not None:
        lines.append(f"ORGANIZER;CN={_param(event.organiser.name)}:{event.organiser.website or entry.url}")
    lines.append("END:VEVENT")
    return lines


def _param(value: str) -> str:
    """A parameter value (3.2): quoted, with the characters a quoted value cannot hold removed."""
    return '"' + "".join(char for char in value if char not in '"\r\n') + '"'


def calendar(entries: Iterable[CalendarEntry], *, name: str, now: dt.datetime | None = None) -> str:
    """A VCALENDAR with one VEVENT per entry, as the text of a .ics file."""
    stamp = now or dt.datetime.now(dt.UTC)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(name)}",
    ]
    for entry in entries:
        lines.extend(event_lines(entry, now=stamp))
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
