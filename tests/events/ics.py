"""A strict reader of the iCalendar text the site produces, written from RFC 5545, to check it from outside; every
calendar is also read by the `icalendar` package, which must agree on each event."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

import icalendar

CONTENT_LINE = re.compile(
    r"^(?P<name>[A-Za-z0-9-]+)(?P<params>(;[A-Za-z0-9-]+=(\"[^\"]*\"|[^;:,\"]*))*):(?P<value>.*)$"
)


@dataclass
class Component:
    name: str
    properties: dict[str, list[str]] = field(default_factory=dict)
    children: list[Component] = field(default_factory=list)

    def one(self, name: str) -> str:
        values = self.properties.get(name, [])
        assert len(values) == 1, f"{self.name} has {len(values)} {name} properties"
        return values[0]


def unescape(value: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def utc_datetime(value: str) -> dt.datetime:
    assert re.fullmatch(r"\d{8}T\d{6}Z", value), f"{value!r} is not a UTC date-time"
    return dt.datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.UTC)


def parse(raw: bytes) -> Component:
    """Checks CRLF line ends and 75-octet folding, unfolds, then builds the component tree."""
    assert raw.endswith(b"\r\n"), "the last line must end with CRLF"
    physical = raw[:-2].split(b"\r\n")
    for line in physical:
        assert b"\n" not in line, f"bare line break in {line!r}"
        assert b"\r" not in line, f"bare carriage return in {line!r}"
        assert len(line) <= 75, f"line of {len(line)} octets: {line!r}"
        line.decode("utf-8")  # never cut inside a character
    logical: list[str] = []
    for line in physical:
        text = line.decode("utf-8")
        if text.startswith((" ", "\t")):
            assert logical, "a continuation line cannot come first"
            logical[-1] += text[1:]
        else:
            logical.append(text)
    stack: list[Component] = []
    root: Component | None = None
    for text in logical:
        match = CONTENT_LINE.match(text)
        assert match, f"not a content line: {text!r}"
        name, value = match["name"].upper(), match["value"]
        if name == "BEGIN":
            component = Component(value)
            if stack:
                stack[-1].children.append(component)
            else:
                assert root is None, "only one VCALENDAR per file"
                root = component
            stack.append(component)
        elif name == "END":
            assert stack, f"END:{value} without BEGIN"
            assert stack[-1].name == value, f"END:{value} does not close {stack[-1].name}"
            stack.pop()
        else:
            assert stack, f"{name} outside any component"
            stack[-1].properties.setdefault(name, []).append(value)
    assert not stack, "unclosed components"
    assert root is not None
    assert root.name == "VCALENDAR"
    return root


def events(raw: bytes) -> list[Component]:
    calendar = parse(raw)
    assert calendar.one("VERSION") == "2.0"
    assert calendar.one("PRODID")
    vevents = [child for child in calendar.children if child.name == "VEVENT"]
    for vevent in vevents:
        for required in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"):
            vevent.one(required)
        utc_datetime(vevent.one("DTSTAMP"))
        assert utc_datetime(vevent.one("DTEND")) > utc_datetime(vevent.one("DTSTART"))
    _agrees_with_icalendar(raw, vevents)
    return vevents


def _agrees_with_icalendar(raw: bytes, vevents: list[Component]) -> None:
    """A second, independent reader: the icalendar package parses the file and finds the same events."""
    calendar = icalendar.Calendar.from_ical(raw)
    theirs = list(calendar.walk("VEVENT"))
    assert len(theirs) == len(vevents)
    for mine, other in zip(vevents, theirs, strict=True):
        assert str(other["UID"]) == mine.one("UID")
        assert str(other["SUMMARY"]) == unescape(mine.one("SUMMARY"))
        assert other.decoded("DTSTART") == utc_datetime(mine.one("DTSTART"))
        assert other.decoded("DTEND") == utc_datetime(mine.one("DTEND"))
        if "DESCRIPTION" in mine.properties:
            assert str(other["DESCRIPTION"]) == unescape(mine.one("DESCRIPTION"))
