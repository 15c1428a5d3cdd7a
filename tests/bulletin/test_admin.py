"""Editors prepare and test an issue; only those who may publish it send it; progress is staff-only."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from bik.accounts.models import User
from bik.bulletin.models import Mailing, Subscriber
from tests.bulletin import helpers
from tests.bulletin.conftest import SmtpSink
from tests.conftest import Cast, turned_away_from_the_admin

pytestmark = pytest.mark.django_db

NON_STAFF = ["subscriber", "youth_member", "youth_coordinator", "sic_member", "member"]


def _urls(page_id: int, mailing_id: int) -> list[str]:
    return [
        "/admin/bulletin/",
        f"/admin/bulletin/issues/{page_id}/send/",
        f"/admin/bulletin/mailings/{mailing_id}/",
        f"/admin/bulletin/mailings/{mailing_id}/progress.json",
    ]


def _mailing(cast: Cast) -> Mailing:
    page = helpers.issue()
    return Mailing.objects.create(
        issue=page, issue_key=page.translation_key, audience=page.audience, created_by=cast.moderator
    )


def test_anonymous_visitors_are_sent_to_sign_in(client: Client, cast: Cast) -> None:
    mailing = _mailing(cast)
    for url in _urls(mailing.issue_id, mailing.pk):
        response = client.get(url)
        assert response.status_code == 302, url
        assert "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("role", NON_STAFF)
def test_non_staff_roles_are_refused(cast: Cast, client_for: Callable[[User], Client], role: str) -> None:
    mailing = _mailing(cast)
    client = client_for(getattr(cast, role))
    for url in _urls(mailing.issue_id, mailing.pk):
        response = client.get(url)
        assert turned_away_from_the_admin(response), url


def test_an_editor_sees_the_page_and_sends_a_test_but_cannot_send(
    cast: Cast, client_for: Callable[[User], Client], smtp: SmtpSink
) -> None:
    page = helpers.issue("Editor's issue")
    client = client_for(cast.editor)

    shown = client.get(f"/admin/bulletin/issues/{page.pk}/send/")
    assert shown.status_code == 200
    assert "Schedule or send now" not in shown.content.decode()
    client.post(f"/admin/bulletin/issues/{page.pk}/send/", {"action": "test"})
    refused = client.post(f"/admin/bulletin/issues/{page.pk}/send/", {"action": "send"}, follow=True)

    assert [m.recipients for m in smtp.messages] == [[cast.editor.email]]
    assert "needs someone who may publish" in refused.content.decode()
    assert not Mailing.objects.filter(issue=page).exists()


def test_a_moderator_sends_and_follows_the_progress(
    cast: Cast, client_for: Callable[[User], Client], smtp: SmtpSink, django_capture_on_commit_callbacks: object
) -> None:
    Subscriber.objects.update(status=Subscriber.Status.UNSUBSCRIBED)
    helpers.subscribers(12)
    page = helpers.issue("Moderator's issue")
    client = client_for(cast.moderator)

    with django_capture_on_commit_callbacks(execute=True):  # type: ignore[operator]
        response = client.post(f"/admin/bulletin/issues/{page.pk}/send/", {"action": "send", "send_at": ""})

    mailing = Mailing.objects.get(issue=page)
    assert response["Location"] == f"/admin/bulletin/mailings/{mailing.pk}/"
    assert len(smtp.messages) == 12
    progress = client.get(f"/admin/bulletin/mailings/{mailing.pk}/progress.json").json()
    assert progress["status"] == "sent"
    assert (progress["sent"], progress["remaining"], progress["percent"]) == (12, 0, 100)
    page_html = client.get(f"/admin/bulletin/mailings/{mailing.pk}/").content.decode()
    assert "<progress" in page_html
    assert "bulletin.js" in page_html
    assert "Moderator&#x27;s issue" in client.get("/admin/bulletin/").content.decode()


def test_a_moderator_schedules_for_later_and_can_cancel(cast: Cast, client_for: Callable[[User], Client]) -> None:
    page = helpers.issue()
    client = client_for(cast.moderator)

    client.post(f"/admin/bulletin/issues/{page.pk}/send/", {"action": "send", "send_at": "2099-01-01T09:00"})
    mailing = Mailing.objects.get(issue=page)
    assert mailing.status == Mailing.Status.SCHEDULED
    assert mailing.scheduled_for is not None
    client.post(f"/admin/bulletin/issues/{page.pk}/send/", {"action": "cancel"})
    mailing.refresh_from_db()

    assert mailing.status == Mailing.Status.CANCELLED


def test_a_bad_date_is_explained(cast: Cast, client_for: Callable[[User], Client]) -> None:
    page = helpers.issue()
    response = client_for(cast.moderator).post(
        f"/admin/bulletin/issues/{page.pk}/send/", {"action": "send", "send_at": "next tuesday"}
    )

    assert response.status_code == 400
    assert "Enter a valid date/time." in response.content.decode()
    assert not Mailing.objects.filter(issue=page).exists()


def test_editors_preview_the_email_as_html_and_plain_text(cast: Cast) -> None:
    from django.test import RequestFactory

    page = helpers.issue("Preview issue")
    request = RequestFactory().get("/")
    request.user = cast.editor

    assert [mode for mode, _label in page.preview_modes] == ["", "email-html", "email-text"]
    html = page.serve_preview(request, "email-html")
    text = page.serve_preview(request, "email-text")

    assert '<html lang="en"' in html.content.decode()
    assert "Focus of Preview issue" in html.content.decode()
    assert text["Content-Type"] == "text/plain; charset=utf-8"
    assert "Read this bulletin on the web" in text.content.decode()


def test_the_issue_page_has_a_send_button(cast: Cast, client_for: Callable[[User], Client]) -> None:
    page = helpers.issue()
    body = client_for(cast.editor).get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert f"/admin/bulletin/issues/{page.pk}/send/" in body
