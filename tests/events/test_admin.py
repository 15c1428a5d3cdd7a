"""Editors draft events and publications in Wagtail admin; moderators and network admins publish them; nobody
else reaches them."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from bik.accounts.models import User
from tests.conftest import Cast, turned_away_from_the_admin
from tests.factories.events import EventFactory

pytestmark = pytest.mark.django_db

NON_STAFF = ["subscriber", "youth_member", "youth_coordinator", "sic_member", "member"]
URLS = [
    "/admin/snippets/events/event/",
    "/admin/snippets/events/event/add/",
    "/admin/snippets/research/publication/",
    "/admin/snippets/research/publication/add/",
]


def test_anonymous_visitors_are_sent_to_sign_in(client: Client) -> None:
    for url in URLS:
        response = client.get(url)
        assert response.status_code == 302, url
        assert "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("role", NON_STAFF)
def test_non_staff_roles_are_refused(cast: Cast, client_for: Callable[[User], Client], role: str) -> None:
    client = client_for(getattr(cast, role))
    for url in URLS:
        assert turned_away_from_the_admin(client.get(url)), url


def test_an_editor_drafts_events_and_publications_but_cannot_publish(
    cast: Cast, client_for: Callable[[User], Client]
) -> None:
    client = client_for(cast.editor)
    event = EventFactory.create(title="Editor's meeting")
    for url in URLS:
        assert client.get(url).status_code == 200, url
    assert "Editor&#x27;s meeting" in client.get(URLS[0]).content.decode()
    assert client.get(f"/admin/snippets/events/event/edit/{event.pk}/").status_code == 200
    for label, model in (("events", "event"), ("research", "publication")):
        assert cast.editor.has_perm(f"{label}.change_{model}")
        assert not cast.editor.has_perm(f"{label}.publish_{model}")
        assert not cast.editor.has_perm(f"{label}.delete_{model}")


def test_moderators_and_network_admins_may_publish(cast: Cast) -> None:
    for user in (cast.moderator, cast.network_admin):
        for label, model in (("events", "event"), ("research", "publication")):
            assert user.has_perm(f"{label}.publish_{model}")
            assert user.has_perm(f"{label}.delete_{model}")
