"""Shared steps for the SID tests: a client on the SID host, organisers and supporters made to order."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from django.conf import settings
from django.test import Client
from django.utils import timezone

from bik.accounts.models import User
from bik.sid.models import Action, Edition, Format, Status, Supporter
from bik.sid.services import current_edition, sanitise
from tests.conftest import CommittingClient
from tests.factories.network import CentreCoordinatorFactory
from tests.factories.sid import SupporterFactory


def sid_client(user: User | None = None) -> Client:
    client = CommittingClient(HTTP_HOST=settings.BIK_SID_HOST)
    if user is not None:
        client.force_login(user)
    return client


def organiser(country: str) -> User:
    """A coordinator of the country's centre, who reviews its Safer Internet Day actions.

    Its address (and a supporter's) is made unique by a random part, not by the factories' sequence:
    tests/links/send_emails.py makes organisers and supporters in a database that outlives its process, where a
    sequence would start again at an address already taken."""
    return CentreCoordinatorFactory.create(
        email=f"organiser-{country.lower()}-{uuid.uuid4().hex[:6]}@cast.example", country=country
    )


def supporter(country: str = "PT", name: str = "Escola Teste") -> Supporter:
    return SupporterFactory.create(
        user__email=f"supporter-{uuid.uuid4().hex[:8]}@cast.example", name=name, country=country
    )


def action(
    owner: Supporter,
    *,
    title: str = "Family workshop",
    status: str = Status.PENDING,
    edition: Edition | None = None,
    **fields: Any,
) -> Action:
    edition = edition or current_edition()
    assert edition is not None, "an action is for an edition: make one first (the `edition` fixture)"
    starts = dt.datetime.combine(edition.date, dt.time(9, 0), tzinfo=dt.UTC)
    values: dict[str, Any] = {
        "kind": "event",
        "description": sanitise("<p>Come along.</p>"),
        "starts_at": starts,
        "ends_at": starts + dt.timedelta(hours=2),
        "timezone": "Europe/Lisbon",
        "format": Format.IN_PERSON,
        "city": "Porto",
        "audiences": ",parents,",
        "language": "pt",
        "reviewed_at": timezone.now() if status == Status.APPROVED else None,
    }
    values.update(fields)
    return Action.objects.create(
        supporter=owner, edition=edition, country=owner.country, title=title, status=status, **values
    )


def form_data(**overrides: Any) -> dict[str, Any]:
    edition = current_edition()
    assert edition is not None, "a submission is for the current edition: make one first (the `edition` fixture)"
    data: dict[str, Any] = {
        "kind": "event",
        "title": "Safer gaming evening",
        "description": "<p>Games <strong>and</strong> talk.</p><script>alert(1)</script>",
        "starts_at": f"{edition.date.isoformat()}T18:00",
        "ends_at": f"{edition.date.isoformat()}T20:00",
        "timezone": "Europe/Lisbon",
        "format": "in_person",
        "city": "Porto",
        "online_url": "",
        "audiences": ["parents", "teens"],
        "language": "pt",
    }
    data.update(overrides)
    return data
