"""The pattern library is for staff: anonymous visitors are sent to sign in, other members are refused."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from bik.accounts.models import User
from tests.conftest import Cast

URL = "/en/design/patterns/"


@pytest.mark.django_db
def test_anonymous_visitors_are_sent_to_sign_in(client: Client) -> None:
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/?next=")


@pytest.mark.parametrize("role", ["member", "subscriber", "youth_member", "youth_coordinator", "sic_member"])
def test_members_without_a_staff_role_are_refused(cast: Cast, client_for: Callable[[User], Client], role: str) -> None:
    assert client_for(cast.all()[role]).get(URL).status_code == 403


@pytest.mark.parametrize("role", ["editor", "moderator", "network_admin"])
def test_staff_see_every_component(cast: Cast, client_for: Callable[[User], Client], role: str) -> None:
    response = client_for(cast.all()[role]).get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    for component in (
        "button--secondary",
        "button--danger",
        "card--link",
        "tiles",
        "media-object__placeholder",
        "tag--selected",
        "message--error",
        "filter-panel",
        'rel="next"',
        'rel="prev"',
    ):
        assert component in html, component
    assert html.count('<details class="filter-panel">') == 1
    assert html.count('<details class="filter-panel" open>') == 1


def test_the_admin_menu_links_to_it(cast: Cast, client_for: Callable[[User], Client]) -> None:
    html = client_for(cast.editor).get("/admin/").content.decode()
    assert URL in html
