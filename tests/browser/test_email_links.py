"""Links that work: a server started the way `make run` starts it, on a port other than 8000, sends every kind
of email — account verification (from the request), the bulletin's confirmation, a moderation decision and
the Safer Internet Day review messages (from the task worker) — and every link in every message leads to a
page of that same server, host and port included."""

from __future__ import annotations

import email
import http.cookiejar
import os
import re
import subprocess
import sys
import urllib.parse
import urllib.request
import uuid
from email.message import EmailMessage
from email.policy import default as default_policy
from pathlib import Path
from typing import Any

from tests.browser.conftest import BASE_DIR, _database_url, _free_port, email_text, mail_dir, running_server, server_env

LINK = re.compile(r"https?://[^\s<>\"')]+")


def make_run_site_url(port: int) -> str:
    """The SITE_URL that `make run PORT=<port>` gives the server and the worker (read from a dry run)."""
    dry_run = subprocess.run(  # noqa: S603 -- fixed arguments
        ["make", "-n", "run", f"PORT={port}"],  # noqa: S607 -- make from PATH, as a developer runs it
        cwd=BASE_DIR,
        capture_output=True,
        text=True,
        check=True,
        env={key: value for key, value in os.environ.items() if key != "SITE_URL"},
    )
    found = set(re.findall(r"SITE_URL=(\S+)", dry_run.stdout))
    assert len(found) == 1, dry_run.stdout
    return str(found.pop()).strip("'\"")


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


def fetch(port: int, url: str, opener: urllib.request.OpenerDirector | None = None) -> int:
    """Follow `url` and its redirects against the server on `port` (any host name it serves, e.g. the SID host
    that a resolver may not know), checking each hop stays on that port; the final status."""
    opener = opener or urllib.request.build_opener(_NoRedirect)
    for _hop in range(10):
        parts = urllib.parse.urlsplit(url)
        assert parts.port == port, f"{url} leaves the server on port {port}"
        target = urllib.parse.urlunsplit(("http", f"127.0.0.1:{port}", parts.path, parts.query, ""))
        request = urllib.request.Request(target, headers={"Host": parts.netloc})  # noqa: S310 -- local server
        try:
            with opener.open(request, timeout=20) as response:
                return int(response.status)
        except urllib.error.HTTPError as error:
            if error.code not in (301, 302, 303, 307, 308):
                return int(error.code)
            url = urllib.parse.urljoin(url, error.headers["Location"])
    raise AssertionError(f"too many redirects from {url}")


def sign_up(base_url: str, address: str) -> None:
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    with opener.open(f"{base_url}/en/accounts/signup/", timeout=20) as response:
        html = response.read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    assert token is not None
    form = {
        "csrfmiddlewaretoken": token.group(1),
        "email": address,
        "password1": "links that work 2026",
        "password2": "links that work 2026",
    }
    request = urllib.request.Request(  # noqa: S310 -- local server
        f"{base_url}/en/accounts/signup/",
        data=urllib.parse.urlencode(form).encode(),
        headers={"Referer": f"{base_url}/en/accounts/signup/"},
    )
    with opener.open(request, timeout=20) as response:
        assert response.status == 200


def messages_for(tag: str) -> list[EmailMessage]:
    found = []
    for path in sorted(mail_dir().glob("*.eml")):
        message = email.message_from_bytes(path.read_bytes(), policy=default_policy)
        if tag in str(message.get("To", "")):
            assert isinstance(message, EmailMessage)
            found.append(message)
    return found


def links_in(message: EmailMessage) -> set[str]:
    links = set(LINK.findall(email_text(message)))
    html = message.get_body(preferencelist=("html",))
    if html is not None:
        links |= {href.replace("&amp;", "&") for href in re.findall(r'href="(https?://[^"]+)"', html.get_content())}
    return {link.rstrip(".,;") for link in links}


def test_every_link_in_every_kind_of_email_reaches_the_server_it_came_from(
    django_db_setup: None, django_db_blocker: Any
) -> None:
    from django.conf import settings
    from django.db import connection

    with django_db_blocker.unblock():
        database_url = _database_url(connection.settings_dict)
        connection.close()
    port = _free_port()
    assert port != 8000
    site_url = make_run_site_url(port)
    assert site_url == f"http://127.0.0.1:{port}"
    var_dir = Path(settings.VAR_DIR)
    env = server_env(database_url, var_dir, SITE_URL=site_url, BIK_TASK_BACKEND="django_tasks_db.DatabaseBackend")
    tag = f"links{uuid.uuid4().hex[:8]}"
    with running_server(env, port, var_dir / "email-links-server.log") as base_url:
        sign_up(base_url, f"signup-{tag}@links.example")
        sent = subprocess.run(  # noqa: S603 -- fixed arguments
            [sys.executable, "manage.py", "shell", "-c", f"from tests.links.send_emails import main; main({tag!r})"],
            cwd=BASE_DIR,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert sent.returncode == 0, sent.stderr[-3000:]
        worker = subprocess.run(
            [sys.executable, "manage.py", "db_worker", "--queue-name", "*", "--batch", "--no-startup-delay"],
            cwd=BASE_DIR,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert worker.returncode == 0, worker.stderr[-3000:]

        messages = messages_for(tag)
        recipients = {str(message["To"]).split("@")[0].split("-")[0] for message in messages}
        assert recipients >= {"signup", "bulletin", "youth", "organiser", "supporter"}, recipients
        followed = 0
        for message in messages:
            links = links_in(message)
            assert links, f"no link in “{message['Subject']}”"
            for link in links:
                netloc = urllib.parse.urlsplit(link).netloc
                assert netloc in {f"127.0.0.1:{port}", f"{settings.BIK_SID_HOST}:{port}"}, (message["Subject"], link)
                assert fetch(port, link) == 200, (message["Subject"], link)
                followed += 1
        assert followed >= len(messages)
