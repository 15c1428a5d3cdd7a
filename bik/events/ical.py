"""iCalendar (RFC 5545), written by hand for every calendar the platform publishes (events, Safer Internet Day
actions, youth and community meetings): text escaping (3.3.11), line folding at 75 octets (3.1), CRLF line
ends, date-times in UTC (3.3.5, form #2), a stable UID and a DTSTAMP per event."""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

import nh3
from django.conf import settings
from django.http import HttpResponse

from bik.events.models import Event

PRODID = "-//Better Internet for Kids//Calendar//EN"
MEDIA_TYPE = "text/calendar; charset=utf-8"


@dataclass(frozen=True)
class VEvent:
    """One calendar entry. `uid` is the local part: the same thing must keep the same UID in every language
    and every export, so calendar apps update it instead of adding a copy."""

    uid: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    summary: str
    description: str = ""  # plain text
    url: str = ""
    location: str = ""
    organizer: tuple[str, str] | None = None  # (name, URI)
    last_modified: dt.datetime | None = None
    cancelled: bool = False


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


_LINE_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)  # Wagtail writes <br/>


def plain_text(rich_html: str) -> str:
    """Rich text without markup, paragraphs and list items on lines of their own."""
    spaced = _LINE_BREAK.sub("\n", rich_html.replace("</p>", "</p>\n").replace("</li>", "</li>\n"))
    text = html.unescape(nh3.clean(spaced, tags=set()))
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def uid_host() -> str:
    return urlsplit(settings.SITE_URL).hostname or "bik.localhost"


def _param(value: str) -> str:
    """A parameter value (3.2): quoted, with the characters a quoted value cannot hold removed."""
    return '"' + "".join(char for char in value if char not in '"\r\n') + '"'


def vevent_lines(entry: VEvent, *, now: dt.datetime) -> list[str]:
    lines = [
        "BEGIN:VEVENT",
        f"UID:{entry.uid}@{uid_host()}",
        f"DTSTAMP:{utc(now)}",
        f"DTSTART:{utc(entry.starts_at)}",
        f"DTEND:{utc(entry.ends_at)}",
        f"SUMMARY:{escape_text(entry.summary)}",
    ]
    if entry.description:
        lines.append(f"DESCRIPTION:{escape_text(entry.description)}")
    if entry.url:
        lines.append(f"URL:{entry.url}")
    if entry.last_modified is not None:
        lines.append(f"LAST-MODIFIED:{utc(entry.last_modified)}")
    if entry.location:
        lines.append(f"LOCATION:{escape_text(entry.location)}")
    if entry.organizer is not None:
        name, uri = entry.organizer
        lines.append(f"ORGANIZER;CN={_param(name)}:{uri}")
    if entry.cancelled:
        lines.append("STATUS:CANCELLED")
    lines.append("END:VEVENT")
    return lines


def calendar(entries: Iterable[VEvent], *, name: str, now: dt.datetime | None = None) -> str:
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
        lines.extend(vevent_lines(entry, now=stamp))
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def ics_response(text: str, filename: str) -> HttpResponse:
    response = HttpResponse(text.encode("utf-8"), content_type=MEDIA_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def event_entry(event: Event, url: str) -> VEvent:
    """A portal event as a calendar entry."""
    location = ", ".join(part for part in (event.place if event.is_in_person else "", event.online_url) if part)
    organiser = event.organiser
    return VEvent(
        # The translation key, not the row id: every language version of an event is the same calendar entry.
        uid=f"event-{event.translation_key}",
        starts_at=event.starts_at,
        ends_at=event.ends_at,
        summary=event.title,
        description=plain_text(event.description),
        url=url,
        location=location,
        organizer=(organiser.name, organiser.website or url) if organiser is not None else None,
        last_modified=event.updated_at,
    )
