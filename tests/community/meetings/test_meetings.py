"""Network admins plan meetings on front-end pages (times in a chosen time zone, a place or a link, an
agenda, members-only documents) and may cancel them; members see upcoming and past meetings and answer."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Callable

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from bik.accounts.models import User
from bik.community.meetings import services
from bik.community.meetings.models import Meeting, MeetingDocument, Rsvp
from tests.community.blogs.helpers import close_file, make_member
from tests.community.meetings.conftest import PDF, details
from tests.conftest import AfterCommit, Cast

pytestmark = pytest.mark.django_db


def _form(**overrides: str) -> dict[str, str]:
    data = {
        "title": "Helplines training in Lisbon",
        "kind": "training",
        "starts_at": "2031-03-10T09:30",
        "ends_at": "2031-03-10T17:00",
        "timezone": "Europe/Lisbon",
        "place": "Lisbon, Portugal",
        "online_url": "",
        "agenda": "Welcome.\n\nCase studies.",
    }
    data.update(overrides)
    return data


def test_a_network_admin_plans_a_meeting_with_a_document(cast: Cast, client_for: Callable[[User], Client]) -> None:
    upload = SimpleUploadedFile("Agenda v2.pdf", PDF, content_type="application/pdf")
    response = client_for(cast.network_admin).post(
        "/en/community/meetings/new/", {**_form(), "document": upload, "document_title": "Agenda"}
    )

    meeting = Meeting.objects.get(title="Helplines training in Lisbon")
    assert response.status_code == 302
    assert response["Location"] == f"/en/community/meetings/{meeting.pk}/"
    # 09:30 in Lisbon (WET, UTC+0 in March) is 09:30 UTC.
    assert meeting.starts_at == dt.datetime(2031, 3, 10, 9, 30, tzinfo=dt.UTC)
    assert meeting.timezone == "Europe/Lisbon"
    assert meeting.agenda == "<p>Welcome.</p><p>Case studies.</p>"
    document = meeting.documents.get()
    assert document.title == "Agenda"
    assert document.media_type == "application/pdf"
    page = client_for(cast.sic_member).get(meeting.get_absolute_url()).content.decode()
    assert "Helplines training in Lisbon" in page
    assert "(Europe/Lisbon)" in page
    assert "9:30" in page or "09:30" in page
    assert "<p>Case studies.</p>" in page
    assert document.get_absolute_url() in page


def test_times_are_read_in_the_chosen_time_zone(cast: Cast, client_for: Callable[[User], Client]) -> None:
    client_for(cast.network_admin).post(
        "/en/community/meetings/new/",
        _form(timezone="Europe/Athens", starts_at="2031-07-01T10:00", ends_at="2031-07-01T12:00"),
    )

    meeting = Meeting.objects.get(title="Helplines training in Lisbon")
    assert meeting.starts_at == dt.datetime(2031, 7, 1, 10, 0, tzinfo=zoneinfo.ZoneInfo("Europe/Athens"))
    assert meeting.starts_at.astimezone(dt.UTC).hour == 7


def test_mistakes_are_explained_and_kept(cast: Cast, client_for: Callable[[User], Client]) -> None:
    bad = SimpleUploadedFile("agenda.pdf", b"MZ\x90\x00 not a pdf \x00", content_type="application/pdf")
    response = client_for(cast.network_admin).post(
        "/en/community/meetings/new/",
        {**_form(ends_at="2031-03-10T08:00", place="", online_url="not a link"), "document": bad},
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "The end must come after the start." in html
    assert "Enter a valid URL." in html
    assert "This kind of file cannot be attached." in html
    assert 'value="Helplines training in Lisbon"' in html
    assert not Meeting.objects.filter(title="Helplines training in Lisbon").exists()


def test_a_place_or_a_link_is_needed(cast: Cast, client_for: Callable[[User], Client]) -> None:
    response = client_for(cast.network_admin).post("/en/community/meetings/new/", _form(place="", online_url=""))

    assert "Give a place, an online link, or both." in response.content.decode()


def test_an_admin_edits_a_meeting(cast: Cast, client_for: Callable[[User], Client], meeting: Meeting) -> None:
    admin = client_for(cast.network_admin)
    form = admin.get(f"/en/community/meetings/{meeting.pk}/edit/").content.decode()
    local = meeting.starts_at.astimezone(zoneinfo.ZoneInfo("Europe/Brussels")).strftime("%Y-%m-%dT%H:%M")
    assert f'value="{local}"' in form

    response = admin.post(f"/en/community/meetings/{meeting.pk}/edit/", _form(title="Renamed training"))

    assert response.status_code == 302
    meeting.refresh_from_db()
    assert meeting.title == "Renamed training"


def test_members_see_upcoming_and_past_meetings(
    cast: Cast, client_for: Callable[[User], Client], meeting: Meeting, past_meeting: Meeting
) -> None:
    member = client_for(cast.sic_member)

    upcoming = member.get("/en/community/meetings/").content.decode()
    past = member.get("/en/community/meetings/past/").content.decode()

    assert meeting.title in upcoming
    assert past_meeting.title not in upcoming
    assert past_meeting.title in past
    assert meeting.title not in past


def test_a_member_answers_and_colleagues_see_who_comes(
    cast: Cast, client_for: Callable[[User], Client], meeting: Meeting
) -> None:
    colleague = make_member("camille@cast.example", "FR")
    member = client_for(cast.sic_member)

    response = member.post(f"/en/community/meetings/{meeting.pk}/rsvp/", {"answer": "yes"})
    client_for(colleague).post(f"/en/community/meetings/{meeting.pk}/rsvp/", {"answer": "maybe"})
    member.post(f"/en/community/meetings/{meeting.pk}/rsvp/", {"answer": "no"})
    member.post(f"/en/community/meetings/{meeting.pk}/rsvp/", {"answer": "yes"})

    assert response.status_code == 302
    assert Rsvp.objects.get(meeting=meeting, user=cast.sic_member).answer == "yes"
    assert Rsvp.objects.filter(meeting=meeting).count() == 2
    page = client_for(colleague).get(meeting.get_absolute_url()).content.decode()
    assert "1 coming" in page
    assert "1 maybe" in page
    assert cast.sic_member.public_name in page
    listing = member.get("/en/community/meetings/").content.decode()
    assert "1 coming" in listing
    assert "Your answer" in listing


def test_answers_are_checked(
    cast: Cast, client_for: Callable[[User], Client], meeting: Meeting, past_meeting: Meeting
) -> None:
    member = client_for(cast.sic_member)

    assert member.post(f"/en/community/meetings/{meeting.pk}/rsvp/", {"answer": "perhaps"}).status_code == 400
    over = member.post(f"/en/community/meetings/{past_meeting.pk}/rsvp/", {"answer": "yes"})
    assert over.status_code == 400
    assert "This meeting is over." in over.content.decode()
    assert not Rsvp.objects.filter(user=cast.sic_member).exists()


def test_cancelling_tells_those_who_planned_to_come(
    cast: Cast, client_for: Callable[[User], Client], meeting: Meeting, after_commit: AfterCommit
) -> None:
    services.answer(cast.sic_member, meeting, "yes")
    colleague = make_member("camille@cast.example", "FR")
    services.answer(colleague, meeting, "no")
    mail.outbox.clear()

    with after_commit():
        response = client_for(cast.network_admin).post(f"/en/community/meetings/{meeting.pk}/cancel/")

    assert response.status_code == 302
    meeting.refresh_from_db()
    assert meeting.is_cancelled
    assert [message.to for message in mail.outbox] == [[cast.sic_member.email]]
    page = client_for(cast.sic_member).get(meeting.get_absolute_url()).content.decode()
    assert "This meeting is cancelled." in page
    assert 'action="/en/community/meetings/' + str(meeting.pk) + '/rsvp/"' not in page
    assert "Cancelled" in client_for(cast.sic_member).get("/en/community/meetings/").content.decode()


def test_documents_download_for_members_only_as_attachments(
    cast: Cast, client_for: Callable[[User], Client], meeting: Meeting, document: MeetingDocument
) -> None:
    response = client_for(cast.sic_member).get(document.get_absolute_url())

    assert response.status_code == 200
    assert close_file(response) == PDF
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="Minutes.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in response["Cache-Control"]
    # A document is reachable only through its own meeting.
    other = services.create_meeting(cast.network_admin, details(title="Other"))
    assert (
        client_for(cast.sic_member).get(f"/en/community/meetings/{other.pk}/documents/{document.pk}/").status_code
        == 404
    )


def test_an_admin_adds_and_removes_documents(
    cast: Cast, client_for: Callable[[User], Client], meeting: Meeting
) -> None:
    admin = client_for(cast.network_admin)
    upload = SimpleUploadedFile("notes.txt", "Notes – café".encode(), content_type="text/plain")

    admin.post(f"/en/community/meetings/{meeting.pk}/documents/", {"title": "", "file": upload})
    document = MeetingDocument.objects.get(meeting=meeting)
    refused = admin.post(
        f"/en/community/meetings/{meeting.pk}/documents/",
        {"title": "Bad", "file": SimpleUploadedFile("x.pdf", b"\x00\x01binary", content_type="application/pdf")},
    )
    admin.post(f"/en/community/meetings/{meeting.pk}/documents/{document.pk}/delete/")

    assert document.title == "notes"
    assert document.extension == "txt"
    assert refused.status_code == 400
    assert "This kind of file cannot be attached." in refused.content.decode()
    assert not MeetingDocument.objects.filter(meeting=meeting).exists()


def test_the_list_paginates_with_a_constant_number_of_queries(cast: Cast, client_for: Callable[[User], Client]) -> None:
    member = client_for(cast.sic_member)
    start = timezone.now() + dt.timedelta(days=400)

    def add(count: int) -> None:
        Meeting.objects.bulk_create(
            Meeting(
                title=f"Bulk meeting {number}",
                starts_at=start + dt.timedelta(days=number),
                ends_at=start + dt.timedelta(days=number, hours=1),
                place="Brussels",
            )
            for number in range(count)
        )

    add(12)
    member.get("/en/community/meetings/")
    with CaptureQueriesContext(connection) as few:
        first = member.get("/en/community/meetings/").content.decode()
    add(300)
    with CaptureQueriesContext(connection) as many:
        member.get("/en/community/meetings/")

    assert len(many) == len(few)
    assert first.count('class="article-list__item meeting-item"') == services.PAGE_SIZE
    assert 'rel="next"' in first


def test_the_meeting_page_shows_documents_without_a_query_each(
    cast: Cast, client_for: Callable[[User], Client], meeting: Meeting, document: MeetingDocument
) -> None:
    member = client_for(cast.sic_member)
    member.get(meeting.get_absolute_url())
    with CaptureQueriesContext(connection) as few:
        member.get(meeting.get_absolute_url())
    for number in range(5):
        upload = SimpleUploadedFile(f"n{number}.pdf", PDF, content_type="application/pdf")
        services.add_document(cast.network_admin, meeting, title=f"Paper {number}", upload=upload)
        services.answer(make_member(f"m{number}@cast.example", "DE"), meeting, "yes")
    with CaptureQueriesContext(connection) as many:
        page = member.get(meeting.get_absolute_url()).content.decode()

    assert "Paper 4" in page
    assert len(many) == len(few)
