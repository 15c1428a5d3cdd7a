"""The BIK Bulletin from start to finish, in Chromium: a visitor subscribes and confirms from the mail sink; an
editor who may publish sends a bilingual issue (English and French) to 1,000 subscribers and watches the
progress bar move; the visitor unsubscribes in one click from the message they received; the archive shows the
issue in both languages.

The shared test server runs tasks immediately, inside the request, so a mailing would be over before its
progress page loads. This module starts its own server on the same database with the database task backend
(as `make run` does), and runs the real task worker (`manage.py db_worker`) itself, a task at a time, with one
batch of 100 messages per task (tests/bulletin/worker_settings.py). Between tasks it reads the progress bar
that the page's own script keeps up to date, so the bar is seen moving for real, without timing assumptions.
Mail goes to the mail directory the `newest_email` helper reads, as for every browser test."""

from __future__ import annotations

import re
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Iterator
from email.message import EmailMessage
from email.parser import BytesHeaderParser
from email.policy import default as default_policy
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import (
    BASE_DIR,
    _database_url,
    _free_port,
    email_text,
    fresh_totp_code,
    mail_dir,
    newest_email,
    running_server,
    server_env,
)

SECRET = "MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U"
AUDIENCE = 1000
WALKTHROUGH_DOMAIN = "walkthrough.example"


@pytest.fixture(scope="module")
def bulletin_env(django_db_setup: None, django_db_blocker: Any) -> dict[str, str]:
    """The environment of this module's server and worker: the test database, the database task queue."""
    from django.conf import settings
    from django.db import connection

    with django_db_blocker.unblock():
        database_url = _database_url(connection.settings_dict)
        connection.close()
    return server_env(database_url, Path(settings.VAR_DIR), BIK_TASK_BACKEND="django_tasks_db.DatabaseBackend")


@pytest.fixture(scope="module")
def site_url(bulletin_env: dict[str, str]) -> Iterator[str]:
    port = _free_port()
    bulletin_env["SITE_URL"] = f"http://127.0.0.1:{port}"  # the links in the messages the worker sends lead here
    log_path = Path(bulletin_env["BIK_VAR_DIR"]) / "bulletin-walkthrough-server.log"
    with running_server(bulletin_env, port, log_path) as base_url:
        yield base_url


def run_worker(env: dict[str, str], *options: str) -> None:
    """The real task worker on the bulletin's queue, until it has run what `options` allow."""
    result = subprocess.run(  # noqa: S603 -- fixed arguments
        [sys.executable, "manage.py", "db_worker", "--queue-name", "email", "--no-startup-delay", *options],
        cwd=BASE_DIR,
        env={**env, "DJANGO_SETTINGS_MODULE": "tests.bulletin.worker_settings"},
        capture_output=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout.decode() + result.stderr.decode()


def _moderator(django_db_blocker: Any) -> str:
    """Sending reaches every inbox, so it needs the right to publish: a moderator, with a second factor."""
    from allauth.account.models import EmailAddress
    from allauth.mfa.totp.internal.auth import TOTP
    from django.contrib.auth.models import Group

    from bik.accounts.models import User
    from tests.conftest import PASSWORD

    address = f"sender-{uuid.uuid4().hex[:8]}@browser.example"
    with django_db_blocker.unblock():
        user = User.objects.create_user(address, PASSWORD)
        EmailAddress.objects.create(user=user, email=address, verified=True, primary=True)
        user.groups.add(Group.objects.get(name="Moderators"))
        TOTP.activate(user, SECRET)
    return address


def _bilingual_issue(django_db_blocker: Any) -> tuple[int, str, str]:
    from tests.bulletin import helpers

    tag = uuid.uuid4().hex[:6]
    english, french = f"Walkthrough issue {tag}", f"Numéro de démonstration {tag}"
    with django_db_blocker.unblock():
        issue = helpers.issue(english, french_title=french, slug=f"walkthrough-{tag}")
    return issue.pk, english, french


def _audience_of(size: int, django_db_blocker: Any) -> None:
    """Other confirmed subscribers, so that the audience is `size` (earlier runs' readers are set aside)."""
    from django.db import connection
    from django.utils import timezone

    from bik.bulletin import services
    from bik.bulletin.models import Subscriber

    with django_db_blocker.unblock():
        Subscriber.objects.filter(email__endswith=f"@{WALKTHROUGH_DOMAIN}").update(
            status=Subscriber.Status.UNSUBSCRIBED
        )
        missing = size - services.sendable_subscribers().count()
        assert missing > 0, "the test database has too many confirmed subscribers for this walkthrough"
        now = timezone.now()
        run = uuid.uuid4().hex[:6]
        Subscriber.objects.bulk_create(
            Subscriber(
                email=f"reader-{run}-{n}@{WALKTHROUGH_DOMAIN}",
                language="fr" if n % 3 == 0 else "en",
                status=Subscriber.Status.CONFIRMED,
                consent_at=now,
                confirmed_at=now,
            )
            for n in range(missing)
        )
        assert services.sendable_subscribers().count() == size
        connection.close()


def _clear_the_bulletin_queue(django_db_blocker: Any) -> None:
    """Tasks that earlier runs left queued (their mailings are over) must not take this test's worker turns."""
    from django.db import connection
    from django_tasks_db.models import DBTaskResult

    with django_db_blocker.unblock():
        DBTaskResult.objects.filter(status="READY", queue_name="email").delete()
        connection.close()


def _messages_of_mailing(mailing_id: int, since: float) -> list[str]:
    """The recipients of every message of this mailing in the mail directory, written at `since` or later (a
    database made afresh numbers its mailings from 1 again, while the mail directory keeps earlier runs')."""
    parser = BytesHeaderParser(policy=default_policy)
    key = f"<bulletin.{mailing_id}."
    recipients = []
    for path in mail_dir().glob("*.eml"):
        if path.stat().st_mtime < since:
            continue
        with path.open("rb") as handle:
            headers = parser.parse(handle)
        if str(headers.get("Message-ID", "")).startswith(key):
            recipients.append(str(headers["To"]))
    return recipients


def _sign_in(page: Any, address: str) -> None:
    from tests.conftest import PASSWORD

    page.goto("/en/accounts/login/?next=/admin/")
    page.get_by_label("Email").fill(address)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.locator("input[name='code']").fill(fresh_totp_code(SECRET, account=address))
    page.get_by_role("button", name="Sign In").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def _received_bulletin(address: str, subject: str) -> EmailMessage:
    message = newest_email(address)
    assert message["Subject"] == subject, "the newest message to the visitor is not the bulletin"
    return message


def test_subscribe_confirm_send_to_a_thousand_watch_the_progress_unsubscribe_and_read_the_archive(
    browser: Any, site_url: str, bulletin_env: dict[str, str], django_db_blocker: Any
) -> None:
    _clear_the_bulletin_queue(django_db_blocker)
    issue_id, english_title, french_title = _bilingual_issue(django_db_blocker)
    sender = _moderator(django_db_blocker)

    # A visitor subscribes in French and confirms from the email.
    visitor = browser.new_context(locale="fr-FR", base_url=site_url).new_page()
    visitor.set_default_timeout(20_000)
    address = f"visitor-{uuid.uuid4().hex[:10]}@browser.example"
    visitor.goto("/en/bulletin/")
    form = visitor.locator("form.bulletin-subscribe")
    form.get_by_label("Your email address").fill(address)
    form.get_by_label("Language of the bulletin").select_option("fr")
    form.get_by_role("button", name="Subscribe").click()
    expect(visitor.get_by_role("heading", name="Check your inbox")).to_be_visible()
    run_worker(bulletin_env, "--batch")  # the subscription and its email are handled in the background
    link = re.search(r"http://\S+/fr/bulletin/confirm/\S+/", email_text(newest_email(address)))
    assert link, "the confirmation email has no link"
    visitor.goto(link.group(0))
    visitor.get_by_role("button", name=re.compile("Confirm")).click()
    expect(visitor.get_by_role("heading", level=1)).not_to_have_text(re.compile("ne fonctionne pas"))

    _audience_of(AUDIENCE, django_db_blocker)  # the visitor and 999 others

    # The editor signs in with their second factor and sends the issue now.
    editor = browser.new_context(locale="en-GB", base_url=site_url).new_page()
    editor.set_default_timeout(20_000)
    _sign_in(editor, sender)
    editor.goto(f"/admin/bulletin/issues/{issue_id}/send/")
    expect(editor.get_by_text(re.compile(r"1[,.\u202f ]?000 confirmed subscribers"))).to_be_visible()
    expect(editor.get_by_text("en, fr")).to_be_visible()
    started = time.time() - 1  # file times may be rounded down to the second
    editor.get_by_role("button", name="Schedule or send now").click()
    expect(editor).to_have_url(re.compile(r"/admin/bulletin/mailings/\d+/$"))
    mailing_id = int(re.findall(r"\d+", editor.url)[-1])
    bar = editor.locator("#bulletin-progress-bar")
    sent = editor.locator('[data-field="sent"]')
    status = editor.locator('[data-field="status_label"]')
    expect(bar).to_have_js_property("value", 0)

    # The worker starts the mailing and sends one batch; the page's script shows it without a reload.
    run_worker(bulletin_env, "--max-tasks", "2")
    expect(sent).to_have_text("100")
    first_read = bar.evaluate("bar => bar.value")
    expect(status).to_have_text("Sending")
    run_worker(bulletin_env, "--max-tasks", "1")
    expect(sent).to_have_text("200")
    second_read = bar.evaluate("bar => bar.value")
    assert 0 < first_read < second_read < 100, (first_read, second_read)

    run_worker(bulletin_env, "--batch")  # the rest, until the queue is empty
    expect(status).to_have_text("Sent")
    expect(bar).to_have_js_property("value", 100)
    expect(sent).to_have_text("1000")
    recipients = _messages_of_mailing(mailing_id, started)
    assert len(recipients) == AUDIENCE
    assert len(set(recipients)) == AUDIENCE  # one message each, nobody twice

    # The visitor got it in French, and unsubscribes in one click as their mail client would (RFC 8058).
    message = _received_bulletin(address, french_title)
    assert message["Content-Language"] == "fr"
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    one_click = str(message["List-Unsubscribe"]).strip("<>")
    assert one_click.startswith(f"{site_url}/")
    request = urllib.request.Request(  # noqa: S310 -- our own server
        one_click,
        data=b"List-Unsubscribe=One-Click",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 -- no cookie, no CSRF token
        assert response.status == 200
    preferences = re.search(r"http://\S+/fr/bulletin/preferences/\S+/", email_text(message))
    assert preferences, "the bulletin has no preferences link"
    visitor.goto(preferences.group(0))
    expect(visitor.get_by_text("Vous n'êtes pas abonné pour le moment.")).to_be_visible()
    expect(visitor.get_by_text(address)).to_be_visible()
    editor.reload()
    expect(editor.locator('[data-field="unsubscribes"]')).to_have_text("1")

    # The archive has the issue, in English and in French.
    visitor.goto("/en/bulletin/")
    expect(visitor.get_by_role("link", name=english_title)).to_be_visible()
    visitor.goto("/fr/bulletin/")
    visitor.get_by_role("link", name=french_title).click()
    expect(visitor.get_by_role("heading", level=1)).to_have_text(french_title)
