"""Network admins lift a suspension early from the site, with a reason that is audited and emailed to the
member in their language once the change is stored. Everyone else is refused."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.test import Client
from django.utils import timezone

from bik.accounts.models import User
from bik.moderation import services
from bik.moderation.models import AuditEntry, Sanction
from tests.conftest import Cast
from tests.events.vnu import html_errors

pytestmark = pytest.mark.django_db

LIST = "/en/moderation/suspensions/"


@pytest.fixture
def suspension(cast: Cast) -> Sanction:
    return Sanction.objects.create(
        user=cast.youth_member,
        kind=Sanction.Kind.SUSPENSION,
        reason="Insults in the Irish space",
        until=timezone.now() + dt.timedelta(days=7),
        issued_by=cast.moderator,
    )


def _lift_url(sanction: Sanction) -> str:
    return f"/en/moderation/suspensions/{sanction.pk}/lift/"


def test_anonymous_visitors_are_sent_to_sign_in(client: Client, suspension: Sanction) -> None:
    assert client.get(LIST).status_code == 302
    assert client.post(_lift_url(suspension), {"reason": "x"}).status_code == 302
    assert services.active_suspension(suspension.user) is not None


@pytest.mark.parametrize(
    "role", ["subscriber", "youth_member", "youth_coordinator", "sic_member", "moderator", "editor", "member"]
)
def test_every_role_but_network_admins_is_refused(
    cast: Cast, client_for: Callable[[User], Client], suspension: Sanction, role: str
) -> None:
    client = client_for(getattr(cast, role))

    assert client.get(LIST).status_code == 404
    assert client.post(_lift_url(suspension), {"reason": "I say so"}).status_code == 404
    assert services.active_suspension(suspension.user) is not None
    assert not AuditEntry.objects.filter(action="lift_suspension").exists()


def test_a_network_admin_sees_running_suspensions(
    cast: Cast, client_for: Callable[[User], Client], suspension: Sanction
) -> None:
    page = client_for(cast.network_admin).get(LIST)

    assert page.status_code == 200
    assert "Insults in the Irish space" in page.content.decode()
    assert LIST in client_for(cast.network_admin).get("/en/moderation/").content.decode()


def test_lifting_needs_a_reason(cast: Cast, client_for: Callable[[User], Client], suspension: Sanction) -> None:
    response = client_for(cast.network_admin).post(_lift_url(suspension), {"reason": "   "})

    assert response.status_code == 400
    assert "This field is required." in response.content.decode()
    assert services.active_suspension(suspension.user) is not None


def test_lifting_ends_the_suspension_audits_it_and_tells_the_member_after_commit(
    cast: Cast,
    client_for: Callable[[User], Client],
    suspension: Sanction,
    django_capture_on_commit_callbacks: Any,
) -> None:
    cast.youth_member.preferred_language = "fr"
    cast.youth_member.save(update_fields=["preferred_language"])

    admin = Client()  # Django's own: the request's on-commit work stays queued in the test's transaction
    admin.force_login(cast.network_admin)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = admin.post(_lift_url(suspension), {"reason": "Apologised to everyone"})
        assert mail.outbox == [], "nothing is sent before the change is stored"
    for callback in callbacks:
        callback()

    assert response.status_code == 302
    assert services.active_suspension(cast.youth_member) is None
    suspension.refresh_from_db()
    assert suspension.lifted_by == cast.network_admin
    assert suspension.lift_reason == "Apologised to everyone"
    entry = AuditEntry.objects.get(action="lift_suspension")
    assert entry.actor_id == cast.network_admin.pk
    assert entry.subject_user_id == cast.youth_member.pk
    assert entry.reason == "Apologised to everyone"
    [message] = mail.outbox
    assert message.to == [cast.youth_member.email]
    assert message.extra_headers["Content-Language"] == "fr"
    assert "Apologised to everyone" in str(message.body)
    assert "Apologised to everyone" in client_for(cast.youth_member).get("/en/moderation/reports/").content.decode()


def test_a_lifted_suspension_cannot_be_lifted_again(
    cast: Cast, client_for: Callable[[User], Client], suspension: Sanction
) -> None:
    services.lift_suspension(cast.network_admin, suspension, "First time")
    admin = client_for(cast.network_admin)

    response = admin.post(_lift_url(suspension), {"reason": "Second time"}, follow=True)

    assert "already ended or been lifted" in response.content.decode()
    assert AuditEntry.objects.filter(action="lift_suspension").count() == 1


def test_the_service_refuses_moderators(cast: Cast, suspension: Sanction) -> None:
    with pytest.raises(PermissionDenied):
        services.lift_suspension(cast.moderator, suspension, "Not mine to lift")
    assert services.active_suspension(suspension.user) is not None


def test_the_suspensions_page_is_valid_html_with_and_without_errors(
    cast: Cast, client_for: Callable[[User], Client], suspension: Sanction, tmp_path: Path
) -> None:
    Sanction.objects.create(user=cast.member, kind=Sanction.Kind.SUSPENSION, reason="Spam", until=None)
    admin = client_for(cast.network_admin)
    pages = {
        "list": admin.get(LIST).content,
        "errors": admin.post(_lift_url(suspension), {"reason": ""}).content,
        "my-reports": client_for(cast.youth_member).get("/en/moderation/reports/").content,
    }

    errors = html_errors(pages, tmp_path)

    assert errors == [], "\n".join(errors)
