"""Sign-up, youth join, SID supporter registration, bulletin subscription and password reset answer an address
that has an account (or a subscription) exactly as they answer a new one: the same page, the same message,
and the same work — one password hash where a password is typed, and every email through the task queue —
so neither what is shown nor how long it takes tells who is registered. (The time itself is measured by
bench/enumeration_timing.py; tests assert the work, not a duration.)"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from django.contrib.auth.hashers import MD5PasswordHasher
from django.core import mail
from django.test import Client
from django.utils import timezone
from django_tasks.signals import task_enqueued

from bik.bulletin.models import Subscriber
from tests.conftest import Cast, CommittingClient
from tests.sid.helpers import sid_client

pytestmark = pytest.mark.django_db

PASSWORD = "a long and lovely passphrase 42"
THIS_YEAR = timezone.localdate().year


@dataclass
class Work:
    """What one request did that costs time: password hashes computed and tasks enqueued."""

    hashes: int = 0
    tasks: list[str] = field(default_factory=list)


@pytest.fixture
def work(monkeypatch: pytest.MonkeyPatch) -> Iterator[Work]:
    recorded = Work()
    encode = MD5PasswordHasher.encode

    def counting_encode(self: MD5PasswordHasher, password: str, salt: str) -> str:
        recorded.hashes += 1
        return encode(self, password, salt)

    def on_enqueued(sender: Any, task_result: Any, **kwargs: Any) -> None:
        recorded.tasks.append(task_result.task.name)

    monkeypatch.setattr(MD5PasswordHasher, "encode", counting_encode)
    task_enqueued.connect(on_enqueued, dispatch_uid="test-enumeration-work")
    yield recorded
    task_enqueued.disconnect(dispatch_uid="test-enumeration-work")


def _normalised(html: str, address: str) -> str:
    """The page as a visitor reads it, with the address they typed and per-request tokens blanked out."""
    html = html.replace(address, "ADDRESS")
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', 'name="csrfmiddlewaretoken"', html)


@dataclass(frozen=True)
class Answer:
    chain: list[tuple[int, str]]
    page: str
    work: Work


def _answer(post: Callable[[Client, str], Any], client: Client, address: str, work: Work) -> Answer:
    work.hashes, work.tasks = 0, []
    mail.outbox.clear()
    response = post(client, address)
    chain = [(status, url.replace(address, "ADDRESS")) for url, status in response.redirect_chain]
    recorded = Work(hashes=work.hashes, tasks=list(work.tasks))
    assert [message.to for message in mail.outbox] == [[address]], "one email, to the address typed"
    return Answer(chain=chain, page=_normalised(response.content.decode(), address), work=recorded)


def _assert_same(existing: Answer, new: Answer) -> None:
    assert existing.chain == new.chain
    assert existing.page == new.page
    assert existing.work == new.work
    assert existing.work.tasks, "the email is sent by a worker, outside the request"


def _signup(client: Client, address: str) -> Any:
    data = {"email": address, "password1": PASSWORD, "password2": PASSWORD}
    return client.post("/en/accounts/signup/", data, follow=True)


def _youth_join(client: Client, address: str) -> Any:
    data = {
        "pseudonym": "NightOwl",
        "year_of_birth": str(THIS_YEAR - 16),
        "country": "IE",
        "email": address,
        "parent_email": "",
        "password1": PASSWORD,
        "password2": PASSWORD,
        "rules": "on",
    }
    return client.post("/en/youth/join/", data, follow=True)


def _sid_register(client: Client, address: str) -> Any:
    data = {
        "email": address,
        "password1": PASSWORD,
        "password2": PASSWORD,
        "name": "Escola Secundária de Braga",
        "kind": "school",
        "country": "PT",
        "website": "https://escola.example",
    }
    return client.post("/en/supporters/register/", data, follow=True)


def _subscribe(client: Client, address: str) -> Any:
    return client.post("/en/bulletin/subscribe/", {"email": address, "language": "en"}, follow=True)


def _password_reset(client: Client, address: str) -> Any:
    return client.post("/en/accounts/password/reset/", {"email": address}, follow=True)


def test_sign_up_answers_an_existing_address_like_a_new_one(cast: Cast, work: Work) -> None:
    existing = _answer(_signup, CommittingClient(), cast.member.email, work)
    new = _answer(_signup, CommittingClient(), "newcomer@example.org", work)

    _assert_same(existing, new)
    assert new.work.hashes == 1


def test_youth_join_answers_an_existing_address_like_a_new_one(cast: Cast, work: Work) -> None:
    existing = _answer(_youth_join, CommittingClient(), cast.member.email, work)
    new = _answer(_youth_join, CommittingClient(), "owl@youth.example", work)

    _assert_same(existing, new)
    assert new.work.hashes == 1
    assert "Confirmation" in new.page or "confirm" in new.page.lower()


def test_sid_registration_answers_an_existing_address_like_a_new_one(cast: Cast, work: Work) -> None:
    existing = _answer(_sid_register, sid_client(), cast.member.email, work)
    new = _answer(_sid_register, sid_client(), "escola@register.example", work)

    _assert_same(existing, new)
    assert new.work.hashes == 1


def test_bulletin_subscription_answers_a_subscribed_address_like_a_new_one(work: Work) -> None:
    Subscriber.objects.create(email="reader@example.org", status=Subscriber.Status.CONFIRMED)

    existing = _answer(_subscribe, CommittingClient(), "reader@example.org", work)
    new = _answer(_subscribe, CommittingClient(), "newreader@example.org", work)

    _assert_same(existing, new)
    assert new.work.hashes == 0


def test_password_reset_answers_a_known_address_like_an_unknown_one(cast: Cast, work: Work) -> None:
    existing = _answer(_password_reset, CommittingClient(), cast.member.email, work)
    new = _answer(_password_reset, CommittingClient(), "stranger@example.org", work)

    _assert_same(existing, new)
