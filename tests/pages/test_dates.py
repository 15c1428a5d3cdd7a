"""One way to write dates and moments, in the language of the page: Django's formats for the active language,
a moment followed by the name of its time zone — forums, comments, moderation and emails included."""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from pathlib import Path

import pytest
from django.template import Context, Template
from django.utils import timezone, translation

TEMPLATES = Path(__file__).resolve().parent.parent.parent / "bik" / "templates"
WINTER_MORNING = dt.datetime(2026, 1, 20, 9, 30, tzinfo=dt.UTC)  # 10:30 in Brussels, the site's time zone
# `|date` only for machine-readable values (datetime attributes, comparisons) and a time next to a moment.
MACHINE_FORMATS = {"Y-m-d", "Y-m-d\\TH:i:sO", "c", "Ymd", "TIME_FORMAT"}


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Jan. 20, 2026, 10:30 a.m. CET"),
        ("fr", "20 janvier 2026 10:30 CET"),
        ("de", "20. Januar 2026 10:30 CET"),
        ("it", "Martedì 20 Gennaio 2026 10:30 CET"),
        ("mt", "20 Jannar 2026, 10:30 CET"),
        ("sk", "20. januára 2026 10:30 CET"),  # the month in the genitive, as Slovak writes a date
        ("ro", "20 ianuarie 2026, 10:30 CET"),  # in lower case, as Romanian writes it
    ],
)
def test_a_moment_reads_in_the_pages_language_with_its_zone(language: str, expected: str) -> None:
    with translation.override(language), timezone.override(zoneinfo.ZoneInfo("Europe/Brussels")):
        assert Template("{{ when|moment }}").render(Context({"when": WINTER_MORNING})) == expected


def test_a_moment_keeps_the_zone_it_was_put_in() -> None:
    template = Template('{% load tz %}{{ when|timezone:"Europe/Lisbon"|moment }}')
    with translation.override("pt"):
        assert template.render(Context({"when": WINTER_MORNING})).endswith("09:30 WET")


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "Jan. 20, 2026"), ("pl", "20 stycznia 2026"), ("sk", "20. januára 2026"), ("ro", "20 ianuarie 2026")],
)
def test_a_day_reads_in_the_pages_language(language: str, expected: str) -> None:
    with translation.override(language):
        assert Template("{{ when|day }}").render(Context({"when": dt.date(2026, 1, 20)})) == expected


def test_templates_write_dates_only_through_day_and_moment() -> None:
    offenders = []
    for path in TEMPLATES.rglob("*.*"):
        text = path.read_text(encoding="utf-8")
        for found in re.findall(r"\|date:[\"']([^\"']*)[\"']", text):
            if found not in MACHINE_FORMATS:
                offenders.append(f"{path.relative_to(TEMPLATES)}: |date:{found!r}")
        if "SHORT_DATETIME_FORMAT" in text or "SHORT_DATE_FORMAT" in text:
            offenders.append(f"{path.relative_to(TEMPLATES)}: a short format")
    assert not offenders, offenders
