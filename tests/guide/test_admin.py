"""Editors draft guide entries in Wagtail admin; moderators publish; nobody else reaches the guide admin."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from bik.accounts.models import User
from tests.conftest import Cast, turned_away_from_the_admin
from tests.factories.guide import OnlineServiceFactory

pytestmark = pytest.mark.django_db

NON_STAFF = ["subscriber", "youth_member", "youth_coordinator", "sic_member", "member"]
URLS = [
    "/admin/snippets/guide/onlineservice/",
    "/admin/snippets/guide/onlineservice/add/",
    "/admin/snippets/guide/onlineservice/?category=gaming",
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


def test_an_editor_sees_and_edits_videos_but_cannot_publish(cast: Cast, client_for: Callable[[User], Client]) -> None:
    client = client_for(cast.editor)
    video = OnlineServiceFactory.create(name="Editor app")
    assert "Editor app" in client.get(URLS[0]).content.decode()
    assert client.get(f"/admin/snippets/guide/onlineservice/edit/{video.pk}/").status_code == 200
    assert cast.editor.has_perm("guide.change_onlineservice")
    assert not cast.editor.has_perm("guide.publish_onlineservice")
    assert not cast.editor.has_perm("guide.delete_onlineservice")


def test_moderators_and_network_admins_may_publish(cast: Cast) -> None:
    for user in (cast.moderator, cast.network_admin):
        assert user.has_perm("guide.publish_onlineservice")
        assert user.has_perm("guide.delete_onlineservice")
