"""iCalendar export: one meeting, and the members' feed of upcoming meetings with cancellations."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from bik.accounts.models import User
from bik.community.meetings import services
from bik.community.meetings.models import Meeting
from tests.community.meetings.conftest import details
from tests.conftest import Cast

pytestmark = pytest.mark.django_db


def _unfolded(text: str) -> str:
    return text.replace("\r\n ", "")


def test_a_meeting_exports_to_a_calendar(cast: Cast, client_for: Callable[[User], Client], meeting: Meeting) -> None:
    response = client_for(cast.sic_member).get(f"/en/community/meetings/{meeting.pk}/calendar.ics")

    text = _unfolded(response.content.decode())
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert f'filename="meeting-{meeting.pk}.ics"' in response["Content-Disposition"]
    assert "private" in response["Cache-Control"]
    assert text.count("BEGIN:VEVENT") == 1
    assert f"UID:community-meeting-{meeting.pk}@" in text
    assert "SUMMARY:Training: supporting victims of sextortion" in text
    assert f"DTSTART:{meeting.starts_at.strftime('%Y%m%dT%H%M%SZ')}" in text
    assert "DESCRIPTION:Welcome\\nCases" in text
    assert "LOCATION:https://meet.example.org/training" in text
    assert "STATUS:CANCELLED" not in text


def test_the_feed_lists_upcoming_meetings_and_cancellations(
    cast: Cast, client_for: Callable[[User], Client], meeting: Meeting
) -> None:
    past = services.create_meeting(cast.network_admin, details(days=-10, title="Long gone"))
    cancelled = services.create_meeting(cast.network_admin, details(days=30, title="Called off"))
    services.cancel_meeting(cast.network_admin, cancelled)

    response = client_for(cast.sic_member).get("/en/community/meetings/upcoming.ics")

    text = _unfolded(response.content.decode())
    assert response.status_code == 200
    assert f"UID:community-meeting-{meeting.pk}@" in text
    assert f"UID:community-meeting-{past.pk}@" not in text
    cancelled_event = text.split(f"UID:community-meeting-{cancelled.pk}@")[1].split("END:VEVENT")[0]
    assert "STATUS:CANCELLED" in cancelled_event
    assert "X-WR-CALNAME:BIK Community meetings" in text
