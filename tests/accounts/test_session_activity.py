"""A member's sessions (client and "last seen", on the sessions page) are written at most once every few minutes
per session and client, not on every signed-in request; a new client is recorded at once."""

from __future__ import annotations

from typing import Any

import pytest
from allauth.usersessions.models import UserSession
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.conftest import Cast, CommittingClient, clear_test_cache

pytestmark = pytest.mark.django_db


def _writes(client: CommittingClient, **headers: Any) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/en/accounts/sessions/", **headers).status_code == 200
    return sum("usersessions_usersession" in query["sql"] and "UPDATE" in query["sql"] for query in queries)


def test_activity_is_written_once_per_session_and_client_in_the_interval(cast: Cast) -> None:
    client = CommittingClient(HTTP_USER_AGENT="Firefox")
    client.force_login(cast.member)
    client.get("/en/accounts/sessions/")  # the first visit after signing in records the session
    [session] = UserSession.objects.filter(user=cast.member)
    seen = session.last_seen_at

    assert [_writes(client) for _ in range(3)] == [0, 0, 0]
    assert _writes(client, HTTP_USER_AGENT="Chromium") == 1, "a new client is recorded at once"
    session.refresh_from_db()
    assert session.user_agent == "Chromium"
    assert session.last_seen_at >= seen
    assert _writes(client, HTTP_USER_AGENT="Chromium") == 0

    clear_test_cache()  # as if ACTIVITY_SECONDS had passed: the interval's mark is gone
    assert _writes(client, HTTP_USER_AGENT="Chromium") == 1
