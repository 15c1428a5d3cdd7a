"""Forms that ask for a start and an end as the organiser's clock shows them, in a time zone they choose (network
meetings, Safer Internet Day actions): the zones offered, a stored time written back for the browser's
datetime-local input, and the entered times read in the chosen zone rather than the server's."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from functools import cache
from typing import Any, cast

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

LOCAL_FORMAT = "%Y-%m-%dT%H:%M"


@cache
def timezone_choices() -> list[tuple[str, str]]:
    names = sorted(name for name in zoneinfo.available_timezones() if "/" in name and not name.startswith("Etc/"))
    return [("UTC", "UTC"), *((name, name.replace("_", " ")) for name in names)]


def local_input(value: dt.datetime, zone: str | zoneinfo.ZoneInfo) -> str:
    """`value` as a datetime-local input shows it: the wall-clock time in `zone`."""
    return value.astimezone(zoneinfo.ZoneInfo(zone) if isinstance(zone, str) else zone).strftime(LOCAL_FORMAT)


class LocalTimesForm(forms.Form):
    """A form whose `starts_at` and `ends_at` are entered in the zone chosen in its `timezone` field: every zone
    is offered, the times are read in the chosen one, and the end must come after the start."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast("forms.ChoiceField", self.fields["timezone"]).choices = timezone_choices()

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        zone_name = data.get("timezone")
        if zone_name:
            zone = zoneinfo.ZoneInfo(zone_name)
            for name in ("starts_at", "ends_at"):
                value = data.get(name)
                if value is not None:
                    # The browser sends a wall-clock time; it belongs to the chosen zone, not the server's.
                    data[name] = timezone.make_naive(value).replace(tzinfo=zone)
        starts, ends = data.get("starts_at"), data.get("ends_at")
        if starts and ends and ends <= starts:
            self.add_error("ends_at", _("The end must come after the start."))
        return data
