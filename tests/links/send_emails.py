"""Sends one email of each kind the platform sends from its services, as the site does (run by
tests/browser/test_email_links.py through `manage.py shell` with the test server's environment, so that the
messages queued here are sent by the real task worker and carry the addresses that server is reached at)."""

from __future__ import annotations

import datetime as dt

from django.conf import settings

from bik.bulletin import services as bulletin
from bik.moderation import services as moderation
from bik.sid import services as sid
from bik.sid.models import Format
from bik.youth import services as youth
from tests.sid.helpers import organiser, supporter
from tests.youth.conftest import make_coordinator, make_youth


def main(tag: str) -> None:
    # The bulletin's confirmation (in Maltese).
    bulletin.subscribe(f"bulletin-{tag}@links.example", "mt")

    # A moderation decision with its statement of reasons, to a young author.
    author = make_youth(f"youth-{tag}@links.example", "FR")
    coordinator = make_coordinator(f"coordinator-{tag}@links.example", "FR")
    item = youth.submit_post(
        author, youth.national_space("FR"), kind="blog", title="Des liens", body="Un billet sur les liens."
    ).item
    moderation.moderate(coordinator, item, "request_edit", "Merci de relire ton billet.")

    # Safer Internet Day: a submission (to the country's organisers), then its approval and a returned one.
    edition = sid.current_edition()
    assert edition is not None, "the demo content has an open SID edition"
    reviewer = organiser("PT")
    reviewer.email = f"organiser-{tag}@links.example"
    reviewer.save(update_fields=["email"])
    school = supporter("PT", name=f"Escola {tag}")
    assert school.user is not None
    school.user.email = f"supporter-{tag}@links.example"
    school.user.save(update_fields=["email"])
    starts = dt.datetime.combine(edition.date, dt.time(9, 0), tzinfo=dt.UTC)
    data = {
        "kind": "event",
        "title": f"Oficina {tag}",
        "description": "<p>Venham.</p>",
        "starts_at": starts,
        "ends_at": starts + dt.timedelta(hours=2),
        "timezone": "Europe/Lisbon",
        "format": Format.IN_PERSON,
        "city": "Porto",
        "online_url": "",
        "audiences": ",parents,",
        "language": "pt",
    }
    approved = sid.submit_action(school, data)
    sid.approve_submission(reviewer, approved)
    returned = sid.submit_action(school, {**data, "title": f"Oficina {tag} 2"})
    sid.reject_submission(reviewer, returned, "Falta a morada.")
    print(f"sent from {settings.SITE_URL}")
