"""Template helpers of the forums."""

from __future__ import annotations

import datetime as dt

from django import template

register = template.Library()


@register.filter
def iso(value: dt.datetime | None) -> str:
    """A machine-readable time for <time datetime>: whole seconds (HTML allows at most three decimals), and
    cheaper than the localised `date` filter on pages that show many times."""
    return value.isoformat(timespec="seconds") if value is not None else ""
