"""Signing up with an email address: verification, password policy, rate limits."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.test import Client

from bik.accounts.models import User
from tests.conftest import CommittingClient

pytestmark = pytest.mark.django_db


@pytest.fixture
def client() -> CommittingClient:
    """Requests commit at their end, as in production: the emails they queue for after the commit are sent."""
    return CommittingClient()


def _signup(client: Client, email: str, password: str) -> Any:
    return client.post(
        "/en/accounts/signup/", {"email": email, "password1": password, "password2": password}, follow=True
    )


def test_signing_up_sends_a_verification_link(client: Client) -> None:
    response = _signup(client, "newcomer@example.org", "a long enough pass phrase")
    assert response.status_code == 200
    assert User.objects.filter(email="newcomer@example.org").exists()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["newcomer@example.org"]
    link = re.search(r"https?://\S+/en/accounts/confirm-email/\S+/", str(message.body))
    assert link, message.body
    confirm_path = link.group(0).split("testserver", 1)[-1]
    assert client.post(confirm_path).status_code == 302
    assert EmailAddress.objects.get(email="newcomer@example.org").verified


def test_the_local_mail_sink_writes_an_eml_file(settings: Any, tmp_path: Path) -> None:
    settings.EMAIL_BACKEND = "bik.devmail.backend.MailDirBackend"
    settings.BIK_MAIL_DIR = tmp_path
    client = CommittingClient()
    _signup(client, "sink@example.org", "a long enough pass phrase")
    files = list(tmp_path.glob("*.eml"))
    assert len(files) == 1
    raw = files[0].read_text()
    assert "To: sink@example.org" in raw
    assert "/en/accounts/confirm-email/" in raw


@pytest.mark.parametrize(
    ("password", "error"),
    [
        ("short pass", "at least 12 characters"),
        ("password1234", "too common"),
    ],
)
def test_weak_passwords_are_refused_with_a_clear_error(client: Client, password: str, error: str) -> None:
    response = _signup(client, "weak@example.org", password)
    html = response.content.decode()
    assert error in html
    assert 'value="weak@example.org"' in html, "the email the visitor typed is kept"
    assert not User.objects.filter(email="weak@example.org").exists()


def test_long_pass_phrases_without_composition_rules_are_accepted(client: Client) -> None:
    phrase = "all lowercase words only " * 6  # 150 characters, no digits or symbols required
    _signup(client, "phrase@example.org", phrase)
    assert User.objects.filter(email="phrase@example.org").exists()


def test_absurdly_long_passwords_are_refused(client: Client) -> None:
    response = _signup(client, "long@example.org", "x" * 2000)
    assert "too long" in response.content.decode()


def test_signing_up_twice_with_one_address_reveals_nothing(client: Client) -> None:
    _signup(client, "twice@example.org", "a long enough pass phrase")
    mail.outbox.clear()
    response = _signup(CommittingClient(), "twice@example.org", "another long pass phrase")
    assert response.status_code == 200
    assert "already" not in response.content.decode().lower()
    assert User.objects.filter(email="twice@example.org").count() == 1


def test_signing_in_is_rate_limited(client: Client, settings: Any) -> None:
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "login_failed": "3/m/ip"}
    pages = [
        client.post("/en/accounts/login/", {"login": "nobody@example.org", "password": "wrong password!"})
        for _attempt in range(5)
    ]
    assert "Too many failed login attempts" not in pages[0].content.decode()
    assert "Too many failed login attempts" in pages[-1].content.decode()
