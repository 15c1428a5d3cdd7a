"""Network admins appoint and remove hotline analysts in the Wagtail admin; nobody else may; every change is
in the append-only audit log."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from bik.accounts.models import User
from bik.accounts.roles import Role
from bik.hotline.models import HotlineAuditEntry
from bik.network.models import Centre, CentreRole
from tests.conftest import Cast, make_user, turned_away_from_the_admin
from tests.hotline.conftest import Analysts

pytestmark = pytest.mark.django_db

Login = Callable[[User], Client]
URL = "/admin/hotline-analysts/"


def _remove_url(analysts: Analysts) -> str:
    role = CentreRole.objects.get(user=analysts.belgium, role=CentreRole.Kind.HOTLINE_ANALYST)
    return f"{URL}{role.pk}/remove/"


def test_anonymous_visitors_are_sent_to_sign_in(client: Client, analysts: Analysts) -> None:
    for response in (client.get(URL), client.post(_remove_url(analysts))):
        assert response.status_code == 302
        assert "login" in response["Location"]
    assert CentreRole.objects.filter(user=analysts.belgium).exists()


def test_analysts_and_editors_are_refused(cast: Cast, analysts: Analysts, client_for: Login) -> None:
    for person in (analysts.belgium, cast.editor, cast.moderator):
        client = client_for(person)
        # Editors and moderators, who may use the admin, go back to its home; an analyst, who may not, is told so.
        for response in (
            client.get(URL),
            client.post(URL, {"centre": Centre.objects.get(country="FR").pk, "email": person.email}),
            client.post(_remove_url(analysts)),
        ):
            if person == analysts.belgium:
                assert turned_away_from_the_admin(response)
            else:
                assert (response.status_code, response["Location"]) == (302, "/admin/")
    refused = client_for(cast.editor).get(URL)  # in the admin, but not a network admin: Wagtail's refusal
    assert (refused.status_code, refused["Location"]) == (302, "/admin/")
    assert CentreRole.objects.filter(user=analysts.belgium, role=CentreRole.Kind.HOTLINE_ANALYST).count() == 1
    assert not HotlineAuditEntry.objects.filter(action__in=("appoint_analyst", "remove_analyst")).exists()


def test_a_network_admin_lists_appoints_and_removes_analysts(cast: Cast, analysts: Analysts, client_for: Login) -> None:
    client = client_for(cast.network_admin)
    listing = client.get(URL)
    assert listing.status_code == 200
    assert analysts.belgium.email in listing.content.decode()
    newcomer = make_user("newcomer@cast.example")
    france = Centre.objects.get(country="FR")
    appointed = client.post(URL, {"centre": france.pk, "email": "NEWCOMER@cast.example"})
    assert appointed.status_code == 302
    role = CentreRole.objects.get(user=newcomer, centre=france, role=CentreRole.Kind.HOTLINE_ANALYST)
    assert newcomer.groups.filter(name=Role.HOTLINE_ANALYST.value).exists()
    entry = HotlineAuditEntry.objects.get(action="appoint_analyst")
    assert (entry.actor_id, entry.hotline_country, entry.detail) == (cast.network_admin.pk, "FR", newcomer.email)

    assert client.post(f"{URL}{role.pk}/remove/").status_code == 302
    assert not CentreRole.objects.filter(pk=role.pk).exists()
    assert not newcomer.groups.filter(name=Role.HOTLINE_ANALYST.value).exists()
    entry = HotlineAuditEntry.objects.get(action="remove_analyst")
    assert (entry.actor_id, entry.hotline_country, entry.detail) == (cast.network_admin.pk, "FR", newcomer.email)


def test_an_unknown_email_is_refused_and_kept(cast: Cast, client_for: Login) -> None:
    response = client_for(cast.network_admin).post(
        URL, {"centre": Centre.objects.get(country="FR").pk, "email": "nobody@cast.example"}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "No active account has this email address." in html
    assert 'value="nobody@cast.example"' in html
    assert not HotlineAuditEntry.objects.filter(action="appoint_analyst").exists()
