"""How an event's dates read: in the site's time zone, with the zone's abbreviation (CET or CEST) shown."""

from __future__ import annotations

import datetime as dt

from django import template
from django.utils import formats, timezone
from django.utils.html import format_html
from django.utils.safestring import SafeString

from bik.events.models import Event

register = template.Library()


def _time(value: dt.datetime) -> str:
    return formats.time_format(value, "TIME_FORMAT")


@register.simple_tag
def event_when(event: Event) -> SafeString:
    """The dates as "12 March 2026, 10:00-12:00 CET", or both dates when the event spans several days,
    in <time> elements."""
    start, end = timezone.localtime(event.starts_at), timezone.localtime(event.ends_at)
    zone = end.strftime("%Z")
    start_date = formats.date_format(start, "DATE_FORMAT")
    if start.date() == end.date():
        return format_html(
            '<time datetime="{}">{}, {}</time>–<time datetime="{}">{}</time> <abbr title="{}">{}</abbr>',
            start.isoformat(timespec="seconds"),
            start_date,
            _time(start),
            end.isoformat(timespec="seconds"),
            _time(end),
            timezone.get_current_timezone_name(),
            zone,
        )
    return format_html(
        '<time datetime="{}">{}, {}{}</time> – <time datetime="{}">{}, {}</time> <abbr title="{}">{}</abbr>',
        start.isoformat(timespec="seconds"),
        start_date,
        _time(start),
        f" {start.strftime('%Z')}" if start.strftime("%Z") != zone else "",
        end.isoformat(timespec="seconds"),
        formats.date_format(end, "DATE_FORMAT"),
        _time(end),
        timezone.get_current_timezone_name(),
        zone,
    )
