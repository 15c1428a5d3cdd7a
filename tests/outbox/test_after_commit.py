"""Email leaves after the decision behind it commits: never for a rolled-back write, and an SMTP failure never
undoes the decision."""

from __future__ import annotations

import smtplib
from collections.abc import Sequence
from typing import Any

import pytest
from django.core import mail
from django.core.mail import EmailMultiAlternatives
from django.core.mail.backends.base import BaseEmailBackend
from django.db import transaction

from bik.community import services
from bik.community.models import Membership
from bik.network.models import Centre, Strand
from bik.outbox.services import send_on_commit
from tests.conftest import AfterCommit, Cast, make_user

pytestmark = pytest.mark.django_db


class RefusingBackend(BaseEmailBackend):
    def send_messages(self, email_messages: Sequence[Any]) -> int:
        raise smtplib.SMTPServerDisconnected("the relay went away")


def test_nothing_is_sent_for_a_rolled_back_transaction(after_commit: AfterCommit) -> None:
    class UndoneError(Exception):
        pass

    with after_commit() as callbacks:
        try:
            with transaction.atomic():
                send_on_commit(to="someone@cast.example", subject="Never", body="Rolled back")
                raise UndoneError
        except UndoneError:
            pass
        send_on_commit(to="someone@cast.example", subject="Sent", body="Committed")

    assert len(callbacks) == 1
    assert [message.subject for message in mail.outbox] == ["Sent"]


def test_nothing_is_sent_before_the_commit(after_commit: AfterCommit) -> None:
    with after_commit():
        send_on_commit(to="someone@cast.example", subject="Later", body="After commit", html="<p>After</p>")
        assert mail.outbox == []

    [message] = mail.outbox
    assert message.to == ["someone@cast.example"]
    assert isinstance(message, EmailMultiAlternatives)
    assert message.alternatives[0][0] == "<p>After</p>"


def test_an_smtp_failure_never_undoes_a_decision(
    cast: Cast, settings: Any, after_commit: AfterCommit, caplog: pytest.LogCaptureFixture
) -> None:
    settings.EMAIL_BACKEND = f"{__name__}.RefusingBackend"
    person = make_user("rita@cast.example", mfa=True)
    membership = services.request_membership(
        person, centre=Centre.objects.get(country="PL"), strands=[Strand.HOTLINE], job_title="Analyst", organisation="x"
    )

    with after_commit():
        services.approve(cast.network_admin, membership)

    membership.refresh_from_db()
    assert membership.status == Membership.Status.APPROVED
    assert mail.outbox == []
    assert "the relay went away" in caplog.text
