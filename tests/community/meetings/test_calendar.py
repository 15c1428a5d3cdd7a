"""iCalendar export: one meeting, and the members' feed of upcoming meetings with cancellations; both read by
the strict reader and by the `icalendar` package (tests/events/ics.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from bik.accounts.models import User
from bik.community.meetings import services
from bik.community.meetings.models import Meeting
from tests.community.meetings.conftest import details
from tests.conftest import Cast
from tests.events import ics

pytestmark = pytest.mark.django_db


def test_a_meeting_exports_to_a_calendar(cast: Cast, client_for: Callable[[User], Client], meeting: Meeting) -> None:
    response = client_for(cast.sic_member).get(f"/en/community/meetings/{meeting.pk}/calendar.ics")

    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert f'filename="meeting-{meeting.pk}.ics"' in response["Content-Disposition"]
    assert "private" in response["Cache-Control"]
    (vevent,) = ics.events(response.content)
    assert vevent.one("UID").startswith(f"community-meeting-{meeting.pk}@")
    assert ics.unescape(vevent.one("SUMMARY")) == "Training: supporting victims of sextortion"
    assert ics.utc_datetime(vevent.one("DTSTART")) == meeting.starts_at
    assert ics.utc_datetime(vevent.one("DTEND")) == meeting.ends_at
    assert ics.unescape(vevent.one("DESCRIPTION")) == "Welcome\nCases"
    assert ics.unescape(vevent.one("LOCATION")) == "https://meet.example.org/training"
    assert "STATUS" not in vevent.properties


def test_the_feed_lists_upcoming_meetings_and_cancellations(
    cast: Cast, client_for: Callable[[User], Client], meeting: Meeting
) -> None:
    past = services.create_meeting(cast.network_admin, details(days=-10, title="Long gone"))
    cancelled = services.create_meeting(cast.network_admin, details(days=30, title="Called off"))
    services.cancel_meeting(cast.network_admin, cancelled)

    response = client_for(cast.sic_member).get("/en/community/meetings/upcoming.ics")

    assert response.status_code == 200
    calendar = ics.read(response.content)
    by_uid = {vevent.one("UID").split("@")[0]: vevent for vevent in calendar.children}
    assert f"community-meeting-{meeting.pk}" in by_uid
    assert f"community-meeting-{past.pk}" not in by_uid
    assert by_uid[f"community-meeting-{cancelled.pk}"].one("STATUS") == "CANCELLED"
    assert "STATUS" not in by_uid[f"community-meeting-{meeting.pk}"].properties
    assert ics.unescape(calendar.one("X-WR-CALNAME")) == "BIK Community meetings"
