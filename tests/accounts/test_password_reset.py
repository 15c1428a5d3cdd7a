from __future__ import annotations

import re

import pytest
from django.core import mail
from django.test import Client

from tests.conftest import Cast, CommittingClient

pytestmark = pytest.mark.django_db


@pytest.fixture
def client() -> CommittingClient:
    """Requests commit at their end, as in production: the emails they queue for after the commit are sent."""
    return CommittingClient()


def test_a_member_resets_a_forgotten_password(cast: Cast, client: Client) -> None:
    response = client.post("/en/accounts/password/reset/", {"email": cast.member.email})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    link = re.search(r"https?://testserver(/en/accounts/password/reset/key/\S+/)", str(mail.outbox[0].body))
    assert link, mail.outbox[0].body
    form_page = client.get(link.group(1), follow=True)
    assert form_page.status_code == 200
    set_url = form_page.redirect_chain[-1][0] if form_page.redirect_chain else link.group(1)
    new_password = "a brand new pass phrase"
    done = client.post(set_url, {"password1": new_password, "password2": new_password})
    assert done.status_code == 302
    assert (
        CommittingClient()
        .post("/en/accounts/login/", {"login": cast.member.email, "password": new_password})
        .status_code
        == 302
    )


def test_a_reset_request_for_an_unknown_address_reveals_nothing(client: Client) -> None:
    response = client.post("/en/accounts/password/reset/", {"email": "nobody@example.org"})
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/password/reset/done/"
