"""iCalendar (RFC 5545) export of a meeting, written by hand: one event, times in UTC."""

from __future__ import annotations

import datetime as dt

from django.http import HttpRequest
from django.utils import timezone

from bik.youth.models import Meeting


def _escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n")
    )


def _utc(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def _fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space."""
    encoded = line.encode("utf-8")
    if len(encoded) <= 75:
        return line
    parts, current = [], b""
    for char in line:
        piece = char.encode("utf-8")
        if len(current) + len(piece) > 74:
            parts.append(current.decode("utf-8"))
            current = b""
        current += piece
    parts.append(current.decode("utf-8"))
    return "\r\n ".join(parts)


def meeting_calendar(meeting: Meeting, request: HttpRequest) -> str:
    description = meeting.description
    if meeting.join_url:
        description = f"{description}\n\n{meeting.join_url}".strip()
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Better Internet for Kids//BIK Youth//EN",
        "CALSCALE:GREGORIAN",
        "BEGIN:VEVENT",
        f"UID:youth-meeting-{meeting.pk}@{request.get_host().split(':')[0]}",
        f"DTSTAMP:{_utc(timezone.now())}",
        f"DTSTART:{_utc(meeting.starts_at)}",
        f"DTEND:{_utc(meeting.ends_at)}",
        f"SUMMARY:{_escape(meeting.title)}",
        f"DESCRIPTION:{_escape(description)}",
        f"URL:{meeting.join_url}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"
