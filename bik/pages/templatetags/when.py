"""The one way the site writes a date or a moment, in the active language's formats (Django's localisation):
`{{ value|day }}` a date, `{{ value|moment }}` a date and time followed by its time zone's name. Loaded in every
template (settings.TEMPLATES builtins), so forums, comments, moderation and emails read alike."""

from __future__ import annotations

import datetime as dt

from django import template
from django.utils import dateformat, formats

register = template.Library()


@register.filter(expects_localtime=True)
def day(value: dt.date | dt.datetime | None) -> str:
    """ "20 janvier 2026", "Jan. 20, 2026", "20. Januar 2026": the language's DATE_FORMAT."""
    if not value:
        return ""
    return formats.date_format(value, "DATE_FORMAT")


@register.filter(expects_localtime=True)
def moment(value: dt.datetime | None) -> str:
    """The language's DATETIME_FORMAT and the zone it is shown in: "20 janvier 2026 10:30 CET".

    Aware values are shown in the current time zone, or in the zone a `|timezone:"…"` filter put them in."""
    if not value:
        return ""
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        # One pass of the formatter with the zone's name appended ("T"): a forum page writes twenty of these.
        return str(dateformat.format(value, f"{formats.get_format('DATETIME_FORMAT')} T")).strip()
    return formats.date_format(value, "DATETIME_FORMAT")
