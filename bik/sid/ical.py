"""iCalendar (RFC 5545) export of SID events, written by hand: escaping (3.3.11), line folding at 75 octets
(3.1), CRLF line ends, UTC date-times, a stable UID and a DTSTAMP per event."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable

import nh3

from bik.sid.models import Action

PRODID = "-//Better Internet for Kids//Safer Internet Day//EN"


def escape_text(value: str) -> str:
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold(line: str) -> str:
    """Split a content line into lines of at most 75 octets, never inside a UTF-8 character; continuation
    lines start with a space."""
    pieces: list[str] = []
    current = ""
    limit = 75
    for char in line:
        if len((current + char).encode("utf-8")) > limit:
            pieces.append(current)
            current = char
            limit = 74  # the leading space of a continuation line counts
        else:
            current += char
    pieces.append(current)
    return "\r\n ".join(pieces)


def utc(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def plain_text(description_html: str) -> str:
    text = nh3.clean(description_html.replace("</p>", "</p>\n").replace("<br>", "\n"), tags=set())
    return html.unescape(text).strip()


def event_lines(action: Action, *, url: str, host: str, now: dt.datetime) -> list[str]:
    location = action.city if action.format == "in_person" else action.online_url
    lines = [
        "BEGIN:VEVENT",
        f"UID:sid-action-{action.pk}@{host}",
        f"DTSTAMP:{utc(now)}",
        f"DTSTART:{utc(action.starts_at)}",
        f"DTEND:{utc(action.effective_end)}",
        f"SUMMARY:{escape_text(action.title)}",
        f"DESCRIPTION:{escape_text(plain_text(action.description))}",
        f"URL:{url}",
        f"LAST-MODIFIED:{utc(action.updated_at)}",
    ]
    if location:
        lines.append(f"LOCATION:{escape_text(location)}")
    lines.append("END:VEVENT")
    return lines


def calendar(events: Iterable[tuple[Action, str]], *, host: str, name: str) -> str:
    """A VCALENDAR with one VEVENT per (action, absolute URL) pair."""
    now = dt.datetime.now(dt.UTC)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(name)}",
    ]
    for action, url in events:
        lines.extend(event_lines(action, url=url, host=host, now=now))
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
