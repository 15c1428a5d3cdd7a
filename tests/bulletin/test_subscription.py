"""Subscribing: double opt-in with a single-use, expiring link; consent recorded; nothing revealed about who
is subscribed; preferences and unsubscribing through signed links."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.core import mail, signing
from django.test import Client

from bik.bulletin import emails, services
from bik.bulletin.models import CONSENT_WORDING_VERSION, Subscriber
from tests.conftest import CommittingClient, clear_test_cache

pytestmark = pytest.mark.django_db


@pytest.fixture
def client() -> CommittingClient:
    """Requests commit at their end, as in production: the emails they queue for after the commit are sent."""
    return CommittingClient()


def _link(message: mail.EmailMessage, fragment: str) -> str:
    match = re.search(rf"https?://\S+{fragment}\S+/", str(message.body))
    assert match, message.body
    return match.group(0).split("https://bik.example", 1)[1]


def _subscribe(client: Client, email: str = "new.reader@example.org", language: str = "fr") -> None:
    response = client.post("/en/bulletin/subscribe/", {"email": email, "language": language})
    assert response.status_code == 302
    assert response["Location"] == "/en/bulletin/subscribe/check-your-inbox/"


def test_it_sends_a_confirmation_in_the_chosen_language_and_subscribes_nobody_yet(client: Client) -> None:
    _subscribe(client)

    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["new.reader@example.org"]
    assert "Confirmez" in mail.outbox[0].subject or "BIK" in mail.outbox[0].subject
    assert "/fr/bulletin/confirm/" in str(mail.outbox[0].body)
    subscriber = Subscriber.objects.get(email="new.reader@example.org")
    assert subscriber.status == Subscriber.Status.PENDING
    assert subscriber.consent_at is None


def test_it_confirms_with_a_button_records_consent_and_the_link_then_stops_working(client: Client) -> None:
    _subscribe(client)
    link = _link(mail.outbox[0], "/bulletin/confirm/")

    shown = client.get(link)
    assert shown.status_code == 200
    assert (
        Subscriber.objects.get(email="new.reader@example.org").status == Subscriber.Status.PENDING
    )  # a link scanner's GET does nothing
    confirmed = client.post(link)

    assert confirmed.status_code == 200
    subscriber = Subscriber.objects.get(email="new.reader@example.org")
    assert subscriber.status == Subscriber.Status.CONFIRMED
    assert subscriber.consent_at is not None
    assert subscriber.consent_wording_version == CONSENT_WORDING_VERSION
    assert subscriber.language == "fr"
    assert client.post(link).status_code == 400
    assert client.get(link).status_code == 400


def test_an_expired_link_is_refused(client: Client, monkeypatch: pytest.MonkeyPatch) -> None:
    _subscribe(client)
    link = _link(mail.outbox[0], "/bulletin/confirm/")
    monkeypatch.setattr(services, "CONFIRMATION_MAX_AGE", dt.timedelta(seconds=-1))

    response = client.post(link)

    assert response.status_code == 400
    assert "Ce lien ne fonctionne pas" in response.content.decode()  # the link's language: French
    assert Subscriber.objects.get(email="new.reader@example.org").status == Subscriber.Status.PENDING


def test_a_forged_link_is_refused(client: Client) -> None:
    forged = signing.TimestampSigner(salt="another-salt").sign_object({"s": 1, "n": "x"})
    assert client.post(f"/en/bulletin/confirm/{forged}/").status_code == 400


def test_a_new_confirmation_email_invalidates_the_previous_link(client: Client) -> None:
    _subscribe(client)
    first = _link(mail.outbox[0], "/bulletin/confirm/")
    clear_test_cache()  # past the resend interval
    _subscribe(client)
    second = _link(mail.outbox[1], "/bulletin/confirm/")

    assert client.post(first).status_code == 400
    assert client.post(second).status_code == 200


def test_subscribing_a_subscribed_address_looks_the_same_and_only_tells_the_owner(client: Client) -> None:
    Subscriber.objects.create(email="known@example.org", status=Subscriber.Status.CONFIRMED, language="en")
    unknown = client.post("/en/bulletin/subscribe/", {"email": "unknown@example.org", "language": "en"})
    known = client.post("/en/bulletin/subscribe/", {"email": "known@example.org", "language": "en"})

    assert (unknown.status_code, unknown["Location"]) == (known.status_code, known["Location"])
    assert "already subscribed" in mail.outbox[1].subject
    assert Subscriber.objects.get(email="known@example.org").status == Subscriber.Status.CONFIRMED


def test_subscribing_twice_quickly_sends_one_email(client: Client) -> None:
    _subscribe(client)
    _subscribe(client)

    assert len(mail.outbox) == 1


def test_a_bad_address_is_explained_and_kept(client: Client) -> None:
    response = client.post("/en/bulletin/subscribe/", {"email": "not-an-address", "language": "en"})

    assert response.status_code == 400
    body = response.content.decode()
    assert "Enter an email address like name@example.org." in body
    assert 'value="not-an-address"' in body
    assert not Subscriber.objects.filter(email="not-an-address").exists()


def test_the_subscribe_page_works_in_french(client: Client) -> None:
    response = client.get("/fr/bulletin/subscribe/")
    assert response.status_code == 200
    assert 'value="fr" selected' in response.content.decode()


def test_the_preferences_link_changes_the_language(client: Client) -> None:
    subscriber = Subscriber.objects.create(email="p@example.org", status=Subscriber.Status.CONFIRMED, language="en")
    url = f"/en/bulletin/preferences/{emails.preferences_token(subscriber.pk)}/"

    assert client.get(url).status_code == 200
    response = client.post(url, {"language": "de"})

    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.language == "de"


def test_the_preferences_page_unsubscribes(client: Client) -> None:
    subscriber = Subscriber.objects.create(email="p@example.org", status=Subscriber.Status.CONFIRMED, language="en")
    url = f"/en/bulletin/preferences/{emails.preferences_token(subscriber.pk)}/"

    client.post(url, {"action": "unsubscribe"})

    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
    assert subscriber.unsubscribed_at is not None


def test_a_tampered_preferences_link_is_refused(client: Client) -> None:
    subscriber = Subscriber.objects.create(email="p@example.org", status=Subscriber.Status.CONFIRMED)
    token = emails.preferences_token(subscriber.pk)
    assert client.get(f"/en/bulletin/preferences/{token}x/").status_code == 400
    assert client.get(f"/en/bulletin/preferences/s{subscriber.pk}/").status_code == 400


def test_too_many_subscriptions_from_one_network_are_refused(client: Client) -> None:
    for n in range(20):
        _subscribe(client, email=f"flood{n}@example.org")
    response = client.post("/en/bulletin/subscribe/", {"email": "one-more@example.org", "language": "en"})

    assert response.status_code == 429
    assert 'value="one-more@example.org"' in response.content.decode()


@pytest.mark.usefixtures("page_cache_on")
@pytest.mark.parametrize("page", ["/en/bulletin/", "/fr/bulletin/", "/en/bulletin/subscribe/"])
def test_the_form_subscribes_from_a_page_kept_for_every_visitor(page: str) -> None:
    reader = CommittingClient(enforce_csrf_checks=True)  # as a browser: Django's token check is on
    reader.get(page)
    kept = reader.get(page)
    assert kept["X-Page-Cache"] == "hit"
    assert "csrfmiddlewaretoken" not in kept.content.decode()
    assert not kept.cookies

    response = reader.post(
        "/en/bulletin/subscribe/",
        {"email": "kept.page@example.org", "language": "fr"},
        headers={"Origin": "http://testserver", "Sec-Fetch-Site": "same-origin"},
    )

    assert response.status_code == 302
    assert Subscriber.objects.get(email="kept.page@example.org").status == Subscriber.Status.PENDING
    assert len(mail.outbox) == 1


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "https://elsewhere.example", "Sec-Fetch-Site": "cross-site"},
        {"Origin": "https://elsewhere.example"},  # a browser that does not send fetch metadata
        {"Sec-Fetch-Site": "cross-site"},  # one that leaves out the origin
        {"Origin": "null", "Sec-Fetch-Site": "cross-site"},  # a sandboxed page's
        {"Origin": "http://testserver", "Sec-Fetch-Site": "same-site"},  # a sibling host's
    ],
)
def test_a_subscription_sent_from_another_website_is_refused_and_keeps_what_was_typed(
    headers: dict[str, str],
) -> None:
    response = CommittingClient(enforce_csrf_checks=True).post(
        "/en/bulletin/subscribe/", {"email": "forged@example.org", "language": "fr"}, headers=headers
    )

    assert response.status_code == 403
    body = response.content.decode()
    assert "This form was sent from another website." in body
    assert 'value="forged@example.org"' in body
    assert not Subscriber.objects.filter(email="forged@example.org").exists()
    assert not mail.outbox
