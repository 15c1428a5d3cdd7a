"""Wrong passwords lock out the client that typed them, for that account — never the account itself: the
owner signing in from another network gets in while a guesser is locked out."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from tests.conftest import PASSWORD, Cast

pytestmark = pytest.mark.django_db

LOCKED = "Too many failed login attempts"


def _sign_in(client: Client, email: str, password: str) -> Any:
    return client.post("/en/accounts/login/", {"login": email, "password": password})


def test_a_guesser_is_locked_out_and_the_owner_elsewhere_still_signs_in(settings: Any, cast: Cast) -> None:
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "login_failed": "100/m/ip,3/5m/key"}
    guesser = Client(REMOTE_ADDR="203.0.113.9")
    attempts = [_sign_in(guesser, cast.member.email, "not the password at all") for _n in range(4)]

    owner = _sign_in(Client(REMOTE_ADDR="198.51.100.20"), cast.member.email, PASSWORD)
    guesser_with_the_right_password = _sign_in(guesser, cast.member.email, PASSWORD)

    assert LOCKED not in attempts[0].content.decode()
    assert LOCKED in attempts[-1].content.decode()
    assert owner.status_code == 302, "the owner, from another client, is not locked out"
    assert LOCKED in guesser_with_the_right_password.content.decode()


def test_the_guessing_client_can_still_sign_in_to_another_account(settings: Any, cast: Cast) -> None:
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "login_failed": "100/m/ip,3/5m/key"}
    shared = Client(REMOTE_ADDR="203.0.113.9")
    for _n in range(4):
        _sign_in(shared, cast.member.email, "not the password at all")

    colleague = _sign_in(Client(REMOTE_ADDR="203.0.113.9"), cast.subscriber.email, PASSWORD)

    assert colleague.status_code == 302


def test_one_client_is_still_limited_across_accounts(settings: Any, cast: Cast) -> None:
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "login_failed": "3/m/ip,100/5m/key"}
    client = Client(REMOTE_ADDR="203.0.113.9")
    pages = [_sign_in(client, f"nobody{n}@example.org", "not the password at all") for n in range(4)]

    assert LOCKED in pages[-1].content.decode()


def test_too_many_sign_ins_get_a_page_in_the_visitors_language(settings: Any) -> None:
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "login": "1/m/ip"}
    client = Client(REMOTE_ADDR="203.0.113.9")
    _sign_in(client, "nobody@example.org", "not the password at all")

    refused = client.post("/fr/accounts/login/", {"login": "nobody@example.org", "password": "not it"})

    assert refused.status_code == 429
    assert '<html lang="fr"' in refused.content.decode()
    assert "Too Many Requests" not in refused.content.decode(), "the site's own page, not allauth's English one"
