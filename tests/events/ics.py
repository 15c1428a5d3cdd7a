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


DATE_TIMES = {"DTSTAMP", "DTSTART", "DTEND", "LAST-MODIFIED"}


def read(raw: bytes) -> Component:
    """The calendar, read by both readers: the strict one checks the layout and each event's required
    properties, the `icalendar` package must find the same properties with the same values."""
    calendar = parse(raw)
    assert calendar.one("VERSION") == "2.0"
    assert calendar.one("PRODID")
    for vevent in _vevents(calendar):
        for required in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"):
            vevent.one(required)
        utc_datetime(vevent.one("DTSTAMP"))
        assert utc_datetime(vevent.one("DTEND")) > utc_datetime(vevent.one("DTSTART"))
    _agrees_with_icalendar(raw, calendar)
    return calendar


def events(raw: bytes) -> list[Component]:
    return _vevents(read(raw))


def _vevents(calendar: Component) -> list[Component]:
    return [child for child in calendar.children if child.name == "VEVENT"]


def _agrees_with_icalendar(raw: bytes, mine: Component) -> None:
    """A second, independent reader: `icalendar.Calendar.from_ical` parses the file and finds every property of
    the calendar and of each event, with the same value."""
    theirs = icalendar.Calendar.from_ical(raw)
    _same_properties(mine, theirs)
    other_events = list(theirs.walk("VEVENT"))
    assert len(other_events) == len(_vevents(mine))
    for vevent, other in zip(_vevents(mine), other_events, strict=True):
        _same_properties(vevent, other)


def _same_properties(mine: Component, other: icalendar.cal.Component) -> None:
    assert sorted(other.keys()) == sorted(mine.properties), mine.name
    for name in mine.properties:
        value = mine.one(name)
        if name in DATE_TIMES:
            assert other.decoded(name) == utc_datetime(value), name
        elif isinstance(other[name], icalendar.vText):
            assert str(other[name]) == unescape(value), name
        else:  # a URI, an address, or an X- property icalendar keeps as written
            assert str(other[name]) == value, name
