"""Nothing of the meetings leaks: pages, documents and calendar files refuse anonymous visitors and
outsiders, and a member whose membership is revoked; only network admins and moderators plan meetings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client

from bik.accounts.models import User
from bik.community.meetings.models import Meeting, MeetingDocument, Rsvp
from tests.community.blogs.helpers import OUTSIDERS, assert_private
from tests.community.meetings.conftest import PDF
from tests.conftest import Cast

pytestmark = pytest.mark.django_db


def test_every_meeting_page_and_file_is_for_members_only(
    cast: Cast, client_for: Callable[[User], Client], client: Client, meeting: Meeting, document: MeetingDocument
) -> None:
    assert_private(
        cast,
        client_for,
        client,
        index_urls=["/en/community/meetings/", "/en/community/meetings/past/", "/en/community/meetings/upcoming.ics"],
        object_urls=[
            f"/en/community/meetings/{meeting.pk}/",
            f"/en/community/meetings/{meeting.pk}/calendar.ics",
            f"/en/community/meetings/{meeting.pk}/documents/{document.pk}/",
        ],
    )


def test_documents_live_outside_the_public_media_folder(document: MeetingDocument) -> None:
    path = Path(document.file.path).resolve()

    assert Path(settings.PRIVATE_MEDIA_ROOT).resolve() in path.parents
    assert Path(settings.MEDIA_ROOT).resolve() not in path.parents
    assert path.read_bytes() == PDF


@pytest.mark.parametrize("action", ["rsvp", "cancel", "documents", "edit"])
def test_actions_refuse_outsiders(
    cast: Cast, client_for: Callable[[User], Client], client: Client, meeting: Meeting, action: str
) -> None:
    url = f"/en/community/meetings/{meeting.pk}/{action}/"
    assert client.post(url, {"answer": "yes"}).status_code == 302
    for role in OUTSIDERS:
        assert client_for(getattr(cast, role)).post(url, {"answer": "yes"}).status_code == 404
    meeting.refresh_from_db()
    assert not meeting.is_cancelled
    assert not Rsvp.objects.filter(meeting=meeting).exists()


def test_members_cannot_plan_meetings(
    cast: Cast, client_for: Callable[[User], Client], meeting: Meeting, document: MeetingDocument
) -> None:
    member = client_for(cast.sic_member)

    assert member.get("/en/community/meetings/new/").status_code == 403
    assert member.post("/en/community/meetings/new/", {"title": "Mine"}).status_code == 403
    assert member.get(f"/en/community/meetings/{meeting.pk}/edit/").status_code == 403
    assert member.post(f"/en/community/meetings/{meeting.pk}/cancel/").status_code == 403
    assert member.post(f"/en/community/meetings/{meeting.pk}/documents/{document.pk}/delete/").status_code == 403
    page = member.get(f"/en/community/meetings/{meeting.pk}/").content.decode()
    assert "Cancel this meeting" not in page
    assert "Plan a meeting" not in member.get("/en/community/meetings/").content.decode()
    meeting.refresh_from_db()
    assert not meeting.is_cancelled
    assert MeetingDocument.objects.filter(pk=document.pk).exists()


@pytest.mark.parametrize("role", ["network_admin", "moderator"])
def test_network_admins_and_moderators_plan_meetings(
    cast: Cast, client_for: Callable[[User], Client], role: str
) -> None:
    assert client_for(getattr(cast, role)).get("/en/community/meetings/new/").status_code == 200


def test_editors_read_but_do_not_plan(cast: Cast, client_for: Callable[[User], Client], meeting: Meeting) -> None:
    editor = client_for(cast.editor)

    assert editor.get(f"/en/community/meetings/{meeting.pk}/").status_code == 200
    assert editor.get("/en/community/meetings/new/").status_code == 403


def test_planning_pages_refuse_outsiders_as_well(
    cast: Cast, client_for: Callable[[User], Client], client: Client, meeting: Meeting, document: MeetingDocument
) -> None:
    delete = f"/en/community/meetings/{meeting.pk}/documents/{document.pk}/delete/"
    assert client.get("/en/community/meetings/new/").status_code == 302
    assert client.post(delete).status_code == 302
    for role in OUTSIDERS:
        outsider = client_for(getattr(cast, role))
        assert outsider.get("/en/community/meetings/new/").status_code == 403
        assert outsider.get(f"/en/community/meetings/{meeting.pk}/edit/").status_code == 404
        assert outsider.post(delete).status_code == 404
    assert MeetingDocument.objects.filter(pk=document.pk).exists()
