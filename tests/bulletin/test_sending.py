"""Sending an issue through a real SMTP server: one message per recipient in their language, the headers mail
providers require, one-click unsubscribe, retries and suppression, and no duplicates when workers die."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import time
from email.message import EmailMessage
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from bik.bulletin import sending, services, tasks
from bik.bulletin.models import Audience, Delivery, Mailing, MemberOptOut, Subscriber
from bik.bulletin.transport import AmbiguousDeliveryError, SmtpTransport
from tests.bulletin import helpers
from tests.bulletin.conftest import SmtpSink
from tests.conftest import AfterCommit, Cast

pytestmark = pytest.mark.django_db

State = Delivery.State


def _body(message: EmailMessage, kind: str) -> str:
    part = message.get_body(preferencelist=(kind,))
    assert part is not None, f"no {kind} part"
    return str(part.get_content())


@pytest.fixture
def sendable() -> None:
    """Only the test's own subscribers: any already in the database (browser tests') are set aside."""
    Subscriber.objects.update(status=Subscriber.Status.UNSUBSCRIBED)


def test_it_sends_one_message_per_confirmed_subscriber(smtp: SmtpSink, cast: Cast, sendable: None) -> None:
    readers = helpers.subscribers(25)
    Subscriber.objects.create(email="pending@example.org", status=Subscriber.Status.PENDING)
    Subscriber.objects.create(email="left@example.org", status=Subscriber.Status.UNSUBSCRIBED)
    Subscriber.objects.create(
        email="bounced@example.org", status=Subscriber.Status.CONFIRMED, suppressed_at=timezone.now()
    )
    mailing = helpers.send(helpers.issue(), cast.moderator)

    helpers.run_to_completion(mailing)

    assert len(smtp.messages) == 25
    assert sorted(r for m in smtp.messages for r in m.recipients) == sorted(s.email for s in readers)
    assert helpers.states(mailing) == {State.SENT: 25}
    sending.process_batch(mailing.pk)  # nothing left: it finishes
    mailing.refresh_from_db()
    assert mailing.status == Mailing.Status.SENT


def test_each_message_has_the_headers_mail_providers_require(smtp: SmtpSink, cast: Cast, sendable: None) -> None:
    helpers.subscribers(2)
    mailing = helpers.send(helpers.issue("Summer issue"), cast.moderator)
    helpers.run_to_completion(mailing)

    first, second = (received.message for received in smtp.messages)
    assert first["Subject"] == "Summer issue"
    assert first["List-Unsubscribe"].startswith("<https://bik.example/bulletin/u/")
    assert first["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert first["List-Unsubscribe"] != second["List-Unsubscribe"]  # a token per recipient
    assert first["Message-ID"] != second["Message-ID"]
    assert first["Message-ID"].endswith("@bik.localhost>")
    assert first["Date"]
    assert first["From"]
    assert first["Content-Language"] == "en"
    assert first.get_content_type() == "multipart/alternative"
    text = _body(first, "plain")
    html = _body(first, "html")
    assert "Summer issue" in text
    assert "https://example.org/report" in text
    assert '<html lang="en"' in html
    assert "<h1" in html
    assert "<h2" in html
    assert 'style="' in html  # inline styles: mail clients drop style sheets
    assert "/en/bulletin/unsubscribe/" in html
    assert "/en/bulletin/unsubscribe/" in text
    assert "Read this bulletin on the web" in html


def test_subscribers_get_their_language_or_english(smtp: SmtpSink, cast: Cast, sendable: None) -> None:
    [french] = helpers.subscribers(1, language="fr")
    [german] = helpers.subscribers(1, language="de")
    mailing = helpers.send(helpers.issue("Autumn issue", french_title="Numéro d'automne"), cast.moderator)
    helpers.run_to_completion(mailing)

    to_french = smtp.to(french.email)[0].message
    to_german = smtp.to(german.email)[0].message
    assert to_french["Subject"] == "Numéro d'automne"
    assert to_french["Content-Language"] == "fr"
    assert '<html lang="fr"' in _body(to_french, "html")
    assert to_german["Subject"] == "Autumn issue"
    assert to_german["Content-Language"] == "en"


def test_an_issue_only_aliased_into_a_language_reaches_its_subscribers_in_english(
    smtp: SmtpSink, cast: Cast, sendable: None
) -> None:
    """The admin aliases a new issue into every language; an alias is the English issue, not a translation."""
    [german] = helpers.subscribers(1, language="de")
    mailing = helpers.send(helpers.issue("Winter issue", aliases=True), cast.moderator)
    helpers.run_to_completion(mailing)

    to_german = smtp.to(german.email)[0].message
    assert to_german["Subject"] == "Winter issue"
    assert to_german["Content-Language"] == "en"
    assert '<html lang="en"' in _body(to_german, "html")


def test_one_click_unsubscribe_from_the_received_header(
    smtp: SmtpSink, cast: Cast, client: Client, sendable: None
) -> None:
    [reader] = helpers.subscribers(1)
    mailing = helpers.send(helpers.issue(), cast.moderator)
    helpers.run_to_completion(mailing)
    url = smtp.messages[0].message["List-Unsubscribe"].strip("<>").removeprefix("https://bik.example")

    # RFC 8058: a POST with this body and no cookie, no CSRF token, no further step.
    response = Client(enforce_csrf_checks=True).post(
        url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )

    assert response.status_code == 200
    reader.refresh_from_db()
    assert reader.status == Subscriber.Status.UNSUBSCRIBED
    assert services.progress(mailing).unsubscribes == 1
    assert client.get(url).status_code == 302  # a browser opening it is sent to the visible page


def test_the_visible_unsubscribe_link_asks_then_unsubscribes(
    smtp: SmtpSink, cast: Cast, client: Client, sendable: None
) -> None:
    [reader] = helpers.subscribers(1, language="fr")
    mailing = helpers.send(helpers.issue(), cast.moderator)
    helpers.run_to_completion(mailing)
    text = _body(smtp.messages[0].message, "plain")
    url = next(word for word in text.split() if "/bulletin/unsubscribe/" in word).removeprefix("https://bik.example")

    assert client.get(url).status_code == 200
    reader.refresh_from_db()
    assert reader.status == Subscriber.Status.CONFIRMED
    client.post(url)
    reader.refresh_from_db()
    assert reader.status == Subscriber.Status.UNSUBSCRIBED


def test_the_preferences_link_in_a_received_message_opens_the_readers_own_preferences(
    smtp: SmtpSink, cast: Cast, client: Client, sendable: None
) -> None:
    first, second = helpers.subscribers(2)
    mailing = helpers.send(helpers.issue(), cast.moderator)
    helpers.run_to_completion(mailing)
    text = _body(smtp.to(second.email)[0].message, "plain")
    url = next(word for word in text.split() if "/bulletin/preferences/" in word).removeprefix("https://bik.example")

    response = client.get(url)

    assert response.status_code == 200
    assert second.email in response.content.decode()
    assert first.email not in response.content.decode()


def test_tokens_signed_in_bulk_are_the_ones_django_signs() -> None:
    from django.core import signing

    from bik.bulletin import emails

    for salt, value in ((emails.UNSUBSCRIBE_SALT, "d1234"), (emails.PREFERENCES_SALT, "s98")):
        assert emails.FastSigner(salt).sign(value) == signing.Signer(salt=salt).sign(value)


def test_a_tampered_unsubscribe_token_does_nothing(client: Client) -> None:
    assert Client(enforce_csrf_checks=True).post("/bulletin/u/d1:forged/").status_code == 400
    assert client.get("/en/bulletin/unsubscribe/d1:forged/").status_code == 400


def test_a_worker_killed_before_sending_its_batch_leaves_it_to_others_after_the_lease(
    smtp: SmtpSink, cast: Cast, sendable: None
) -> None:
    helpers.subscribers(25)
    mailing = helpers.send(helpers.issue(), cast.moderator)
    _token, stolen = sending.claim_batch(mailing.pk)  # the worker claims ten, then dies

    helpers.run_to_completion(mailing)
    assert len(smtp.messages) == 15  # the others do not touch a live lease
    later = timezone.now() + sending.lease() + dt.timedelta(seconds=1)
    Delivery.objects.filter(pk__in=[d.id for d in stolen]).update(lease_until=later - 2 * sending.lease())
    helpers.run_to_completion(mailing)

    recipients = [r for m in smtp.messages for r in m.recipients]
    assert len(recipients) == 25
    assert len(set(recipients)) == 25
    assert helpers.states(mailing) == {State.SENT: 25}


def _expire_leases(mailing: Mailing) -> None:
    Delivery.objects.filter(mailing=mailing).exclude(state=State.PENDING).update(
        lease_until=timezone.now() - dt.timedelta(seconds=1)
    )


def test_a_worker_killed_mid_chunk_never_causes_a_duplicate(smtp: SmtpSink, cast: Cast, sendable: None) -> None:
    helpers.subscribers(12)  # batches of ten, chunks of four (tests/bulletin/conftest.py)
    mailing = helpers.send(helpers.issue(), cast.moderator)

    class KilledAfterThirdAccept(SmtpTransport):
        sent = 0

        def send(self, envelope_from: str, recipient: str, message: bytes) -> None:
            super().send(envelope_from, recipient, message)
            self.sent += 1
            if self.sent == 3:
                raise SystemExit("killed")  # the process goes down: nothing more is written, as with SIGKILL

    with pytest.raises(SystemExit):
        sending.process_batch(mailing.pk, transport=KilledAfterThirdAccept())
    assert len(smtp.messages) == 3
    # The first chunk was marked sending before its first message; nothing was written since.
    assert helpers.states(mailing) == {State.SENDING: 4, State.CLAIMED: 6, State.PENDING: 2}

    _expire_leases(mailing)
    helpers.run_to_completion(mailing)

    recipients = [r for m in smtp.messages for r in m.recipients]
    assert len(recipients) == 11
    assert len(set(recipients)) == 11  # nobody twice; the chunk's fourth reader is the one left out
    assert helpers.states(mailing) == {State.SENT: 8, State.INTERRUPTED: 4}
    assert services.progress(mailing).failed == 4


def test_an_error_mid_chunk_records_what_was_sent_and_gives_back_the_rest(
    smtp: SmtpSink, cast: Cast, sendable: None
) -> None:
    helpers.subscribers(12)
    mailing = helpers.send(helpers.issue(), cast.moderator)

    class BreaksAfterThirdAccept(SmtpTransport):
        sent = 0

        def send(self, envelope_from: str, recipient: str, message: bytes) -> None:
            super().send(envelope_from, recipient, message)
            self.sent += 1
            if self.sent == 3:
                raise RuntimeError("a bug after the server accepted the third message")

    with pytest.raises(RuntimeError):
        sending.process_batch(mailing.pk, transport=BreaksAfterThirdAccept())
    # Two recorded as sent; the third is in doubt (the error came after it was handed over); the rest go back.
    assert helpers.states(mailing) == {State.SENT: 2, State.SENDING: 1, State.PENDING: 9}
    assert set(Delivery.objects.filter(mailing=mailing, state=State.PENDING).values_list("attempts", flat=True)) == {0}

    _expire_leases(mailing)
    Delivery.objects.filter(mailing=mailing).update(next_attempt_at=None)  # past the backoff
    helpers.run_to_completion(mailing)

    recipients = [r for m in smtp.messages for r in m.recipients]
    assert len(recipients) == 12
    assert len(set(recipients)) == 12
    assert helpers.states(mailing) == {State.SENT: 11, State.INTERRUPTED: 1}


def test_a_task_delivered_twice_sends_nothing_twice(smtp: SmtpSink, cast: Cast, sendable: None) -> None:
    helpers.subscribers(30)
    mailing = helpers.send(helpers.issue(), cast.moderator)

    tasks.send_mailing_batch.enqueue(mailing.pk)  # the immediate backend runs the whole chain
    tasks.send_mailing_batch.enqueue(mailing.pk)

    recipients = [r for m in smtp.messages for r in m.recipients]
    assert len(recipients) == 30
    assert len(set(recipients)) == 30
    mailing.refresh_from_db()
    assert mailing.status == Mailing.Status.SENT


def test_sending_from_the_admin_runs_the_whole_mailing(
    smtp: SmtpSink, cast: Cast, sendable: None, django_capture_on_commit_callbacks: Any
) -> None:
    helpers.subscribers(15)
    page = helpers.issue()

    with django_capture_on_commit_callbacks(execute=True):
        mailing = services.schedule(page, cast.moderator)

    assert len(smtp.messages) == 15
    mailing.refresh_from_db()
    assert mailing.status == Mailing.Status.SENT
    with pytest.raises(services.MailingError):
        services.schedule(page, cast.moderator)  # an issue goes out once


def test_temporary_failures_are_retried_with_backoff(smtp: SmtpSink, cast: Cast, sendable: None) -> None:
    [reader] = helpers.subscribers(1)
    smtp.reject[reader.email] = (451, "Try again later")
    mailing = helpers.send(helpers.issue(), cast.moderator)

    outcome = sending.process_batch(mailing.pk)
    delivery = Delivery.objects.get(mailing=mailing)
    assert (outcome.failed, delivery.state, delivery.attempts) == (0, State.PENDING, 1)
    assert delivery.next_attempt_at is not None
    assert delivery.next_attempt_at > timezone.now()
    assert sending.process_batch(mailing.pk).retry_at is not None  # not before the backoff

    del smtp.reject[reader.email]
    Delivery.objects.filter(pk=delivery.pk).update(next_attempt_at=timezone.now())
    helpers.run_to_completion(mailing)
    assert len(smtp.to(reader.email)) == 1
    assert helpers.states(mailing) == {State.SENT: 1}


def test_permanent_failures_are_recorded_and_suppress_the_address(smtp: SmtpSink, cast: Cast, sendable: None) -> None:
    readers = helpers.subscribers(3)
    smtp.reject[readers[1].email] = (550, "No such user")
    mailing = helpers.send(helpers.issue(), cast.moderator)

    helpers.run_to_completion(mailing)

    failed = Delivery.objects.get(mailing=mailing, email=readers[1].email)
    assert failed.state == State.FAILED
    assert "550" in failed.error
    readers[1].refresh_from_db()
    assert readers[1].suppressed_at is not None
    assert len(smtp.messages) == 2
    assert services.sendable_subscribers().filter(pk=readers[1].pk).count() == 0


def test_an_unreachable_server_puts_the_batch_back(settings: Any, cast: Cast, sendable: None) -> None:
    from tests.browser.conftest import _free_port

    helpers.subscribers(5)
    mailing = helpers.send(helpers.issue(), cast.moderator)
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_USE_TLS = "127.0.0.1", _free_port(), False

    sending.process_batch(mailing.pk)

    assert helpers.states(mailing) == {State.PENDING: 5}
    assert not Delivery.objects.filter(mailing=mailing, next_attempt_at__isnull=True).exists()


def test_a_connection_lost_after_the_message_was_sent_is_not_retried(
    smtp: SmtpSink, cast: Cast, sendable: None
) -> None:
    helpers.subscribers(2)
    mailing = helpers.send(helpers.issue(), cast.moderator)

    class LosesTheReply(SmtpTransport):
        def send(self, envelope_from: str, recipient: str, message: bytes) -> None:
            super().send(envelope_from, recipient, message)
            raise AmbiguousDeliveryError("connection lost after the message was sent")

    sending.process_batch(mailing.pk, transport=LosesTheReply())

    assert helpers.states(mailing) == {State.INTERRUPTED: 2}


def test_someone_unsubscribing_during_the_send_is_skipped(smtp: SmtpSink, cast: Cast, sendable: None) -> None:
    readers = helpers.subscribers(3)
    mailing = helpers.send(helpers.issue(), cast.moderator)
    services.unsubscribe_subscriber(readers[0])

    helpers.run_to_completion(mailing)

    assert len(smtp.messages) == 2
    assert helpers.states(mailing) == {State.SENT: 2, State.SKIPPED: 1}


def test_someone_unsubscribing_after_their_batch_was_claimed_is_still_skipped(
    smtp: SmtpSink, cast: Cast, sendable: None
) -> None:
    readers = helpers.subscribers(8)  # one batch, two chunks of four
    mailing = helpers.send(helpers.issue(), cast.moderator)

    class ReaderLeavesDuringTheFirstChunk(SmtpTransport):
        def send(self, envelope_from: str, recipient: str, message: bytes) -> None:
            super().send(envelope_from, recipient, message)
            services.unsubscribe_subscriber(readers[6])

    sending.process_batch(mailing.pk, transport=ReaderLeavesDuringTheFirstChunk())

    assert readers[6].email not in [r for m in smtp.messages for r in m.recipients]
    assert helpers.states(mailing) == {State.SENT: 7, State.SKIPPED: 1}


def test_an_address_that_cannot_be_put_in_an_smtp_command_fails_without_stopping_the_batch(
    smtp: SmtpSink, cast: Cast, sendable: None
) -> None:
    readers = helpers.subscribers(3)
    Subscriber.objects.filter(pk=readers[1].pk).update(email="jürgen@readers.example")
    mailing = helpers.send(helpers.issue(), cast.moderator)

    helpers.run_to_completion(mailing)

    assert len(smtp.messages) == 2
    assert helpers.states(mailing) == {State.SENT: 2, State.FAILED: 1}


def test_an_internationalised_domain_is_sent_in_its_ascii_form(smtp: SmtpSink, cast: Cast, sendable: None) -> None:
    [reader] = helpers.subscribers(1)
    Subscriber.objects.filter(pk=reader.pk).update(email="reader@bücher.example")
    mailing = helpers.send(helpers.issue(), cast.moderator)

    helpers.run_to_completion(mailing)

    assert [m.recipients for m in smtp.messages] == [["reader@xn--bcher-kva.example"]]


def test_community_updates_go_to_sic_members_only(smtp: SmtpSink, cast: Cast) -> None:
    helpers.subscribers(3)
    mailing = helpers.send(helpers.issue("Weekly update", audience=Audience.COMMUNITY), cast.moderator)
    helpers.run_to_completion(mailing)

    recipients = {r for m in smtp.messages for r in m.recipients}
    assert cast.sic_member.email in recipients
    assert cast.subscriber.email not in recipients
    assert cast.editor.email not in recipients
    assert not any(r.endswith("@readers.example") for r in recipients)


def test_a_community_member_can_opt_out_in_one_click(smtp: SmtpSink, cast: Cast) -> None:
    mailing = helpers.send(helpers.issue("Weekly update", audience=Audience.COMMUNITY), cast.moderator)
    helpers.run_to_completion(mailing)
    url = smtp.to(cast.sic_member.email)[0].message["List-Unsubscribe"].strip("<>").removeprefix("https://bik.example")

    Client().post(url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded")

    assert MemberOptOut.objects.filter(user=cast.sic_member).exists()
    second = helpers.send(helpers.issue("Next weekly update", audience=Audience.COMMUNITY), cast.moderator)
    assert not Delivery.objects.filter(mailing=second, email=cast.sic_member.email).exists()


def test_an_unpublished_issue_cannot_be_sent(cast: Cast) -> None:
    with pytest.raises(services.MailingError):
        services.schedule(helpers.issue(publish=False), cast.moderator)


def test_an_editor_may_test_but_not_send(smtp: SmtpSink, cast: Cast) -> None:
    page = helpers.issue("Draft issue")
    services.send_test(page, cast.editor)

    [received] = smtp.messages
    assert received.recipients == [cast.editor.email]
    assert received.message["Subject"] == "[TEST] Draft issue"
    with pytest.raises(services.MailingError):
        services.schedule(page, cast.editor)


def _signed(body: bytes, secret: str = "bounce-secret-for-tests") -> str:  # noqa: S107 -- the test setting
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def test_the_bounce_webhook_suppresses_hard_bounces(smtp: SmtpSink, cast: Cast, client: Client, sendable: None) -> None:
    readers = helpers.subscribers(2)
    mailing = helpers.send(helpers.issue(), cast.moderator)
    helpers.run_to_completion(mailing)
    message_id = smtp.to(readers[0].email)[0].message["Message-ID"]
    body = json.dumps(
        {
            "timestamp": int(time.time()),
            "events": [
                {"type": "hard_bounce", "email": readers[0].email, "message_id": message_id},
                {"type": "soft_bounce", "email": readers[1].email},
            ],
        }
    ).encode()

    response = client.post(
        "/bulletin/bounces/", body, content_type="application/json", HTTP_X_BIK_SIGNATURE=_signed(body)
    )

    assert response.status_code == 200
    assert response.json() == {"received": 2, "suppressed": 1}
    readers[0].refresh_from_db()
    readers[1].refresh_from_db()
    assert readers[0].suppressed_at is not None
    assert readers[1].suppressed_at is None
    assert services.progress(mailing).bounces == 1


def test_the_bounce_webhook_refuses_unsigned_or_malformed_reports(
    client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    [reader] = helpers.subscribers(1)
    body = json.dumps(
        {"timestamp": int(time.time()), "events": [{"type": "hard_bounce", "email": reader.email}]}
    ).encode()
    assert client.post("/bulletin/bounces/", body, content_type="application/json").status_code == 403
    assert (
        client.post(
            "/bulletin/bounces/", body, content_type="application/json", HTTP_X_BIK_SIGNATURE=_signed(body, "wrong")
        ).status_code
        == 403
    )
    bad = b'{"nothing": 1}'
    assert (
        client.post(
            "/bulletin/bounces/", bad, content_type="application/json", HTTP_X_BIK_SIGNATURE=_signed(bad)
        ).status_code
        == 400
    )
    reader.refresh_from_db()
    assert reader.suppressed_at is None
    monkeypatch.setattr("bik.bulletin.bounces.secret", lambda: "")  # not configured: the endpoint is off
    assert (
        client.post(
            "/bulletin/bounces/", body, content_type="application/json", HTTP_X_BIK_SIGNATURE=_signed(body, "")
        ).status_code
        == 403
    )


def test_chunks_are_as_small_as_the_database_allows() -> None:
    def settled(commit_seconds: float, message_seconds: float) -> int:
        sizer = sending.ChunkSizer()
        sizer.observe_commit(commit_seconds)
        sizer.observe_sending(10, 10 * message_seconds)
        return sizer.size(1, 100)

    assert sending.ChunkSizer().size(1, 100) == 1  # nothing measured yet: one message per commit
    assert settled(0.0003, 0.050) == 1  # SQLite, a relay across the network: a commit per message
    assert settled(0.004, 0.050) == 2  # PostgreSQL's flush to disk, a relay across the network
    assert settled(0.004, 0.002) == 40  # PostgreSQL and a relay on loopback
    assert settled(0.5, 0.002) == 100  # a very slow disk: never more than the largest chunk


def test_one_slow_commit_does_not_swing_the_chunk_size() -> None:
    sizer = sending.ChunkSizer()
    for _chunk in range(10):
        sizer.observe_commit(0.004)
        sizer.observe_sending(10, 0.02)
    steady = sizer.size(1, 100)
    sizer.observe_commit(0.040)  # ten times slower: a checkpoint, say

    assert steady == 40
    assert steady < sizer.size(1, 100) < 2 * steady


def test_a_stalled_mailing_is_restarted_once_the_restart_commits(
    smtp: SmtpSink, cast: Cast, sendable: None, after_commit: AfterCommit
) -> None:
    """A mailing whose workers died (no heartbeat for a whole lease) is restarted by the editor watching it or by
    its watchdog: its batch tasks are queued when the heartbeat's write commits, and send the rest."""
    helpers.subscribers(12)
    mailing = helpers.send(helpers.issue(), cast.moderator)
    stalled = timezone.now() - sending.lease() - dt.timedelta(seconds=1)
    Mailing.objects.filter(pk=mailing.pk).update(heartbeat_at=stalled)
    mailing.refresh_from_db()

    with after_commit():
        assert services.resume_if_stalled(mailing)

    assert len(smtp.messages) == 12
    assert helpers.states(mailing) == {State.SENT: 12}
    mailing.refresh_from_db()
    assert not services.resume_if_stalled(mailing), "a mailing that is not sending is left alone"


def test_a_restart_that_is_rolled_back_queues_nothing(
    smtp: SmtpSink, cast: Cast, sendable: None, django_capture_on_commit_callbacks: Any
) -> None:
    helpers.subscribers(3)
    mailing = helpers.send(helpers.issue(), cast.moderator)
    Mailing.objects.filter(pk=mailing.pk).update(heartbeat_at=timezone.now() - 2 * sending.lease())
    mailing.refresh_from_db()

    with django_capture_on_commit_callbacks(execute=False) as queued:
        assert services.resume_if_stalled(mailing)

    assert len(queued) == sending.parallel_chains(), "one batch task per chain, waiting for the commit"
    assert smtp.messages == [], "nothing is sent before the commit"
