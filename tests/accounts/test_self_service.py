"""A person's own account: profile, sessions, data export, deletion."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from django.test import Client

from bik.accounts.models import User
from tests.conftest import PASSWORD, Cast
from tests.factories.hotline import HotlineAnalystFactory

pytestmark = pytest.mark.django_db

PRIVATE_URLS = ["/en/account/", "/en/account/delete/", "/en/accounts/2fa/", "/en/accounts/sessions/"]


@pytest.mark.parametrize("url", PRIVATE_URLS)
def test_anonymous_visitors_are_asked_to_sign_in(client: Client, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_export_needs_a_signed_in_post(client: Client, cast: Cast, client_for: Callable[[User], Client]) -> None:
    assert client.post("/en/account/export/").status_code == 302
    assert client_for(cast.member).get("/en/account/export/").status_code == 405


def test_a_member_can_edit_their_profile(cast: Cast, client_for: Callable[[User], Client]) -> None:
    client = client_for(cast.member)
    response = client.post("/en/account/", {"display_name": "New Name", "preferred_language": "fr"}, follow=True)
    assert response.status_code == 200
    cast.member.refresh_from_db()
    assert cast.member.display_name == "New Name"
    assert cast.member.preferred_language == "fr"


def test_a_bad_profile_value_is_refused_and_kept(cast: Cast, client_for: Callable[[User], Client]) -> None:
    response = client_for(cast.member).post("/en/account/", {"display_name": "Kept", "preferred_language": "xx"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Select a valid choice" in html
    assert 'value="Kept"' in html


def test_a_member_exports_their_data_as_json(cast: Cast, client_for: Callable[[User], Client]) -> None:
    response = client_for(cast.sic_member).post("/en/account/export/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["account"]["email"] == cast.sic_member.email
    assert data["roles"] == ["SIC members"]
    assert data["centre_roles"][0]["country"] == "BE"
    assert "password" not in response.content.decode().lower()


def test_a_member_sees_their_sessions_and_can_end_the_others(cast: Cast) -> None:
    laptop, phone = Client(), Client()
    for device in (laptop, phone):
        assert device.post("/en/accounts/login/", {"login": cast.member.email, "password": PASSWORD}).status_code == 302
    page = laptop.get("/en/accounts/sessions/")
    assert page.status_code == 200
    assert page.content.decode().count("<tr") >= 3  # header row + two sessions
    assert laptop.post("/en/accounts/sessions/", {}).status_code == 302
    assert phone.get("/en/account/").status_code == 302, "the other device was signed out"
    assert laptop.get("/en/account/").status_code == 200


def test_deleting_an_account_needs_the_password_again(cast: Cast) -> None:
    client = Client()
    client.post("/en/accounts/login/", {"login": cast.member.email, "password": PASSWORD})
    asked = client.get("/en/account/delete/")
    assert asked.status_code == 302
    assert asked["Location"].startswith("/en/accounts/reauthenticate/")
    wrong = client.post(asked["Location"], {"password": "not the password"})
    assert wrong.status_code == 200
    confirmed = client.post(asked["Location"], {"password": PASSWORD})
    assert confirmed.status_code == 302
    assert confirmed["Location"] == "/en/account/delete/"
    refused = client.post("/en/account/delete/", {})
    assert refused.status_code == 200
    assert "Tick the box" in refused.content.decode()
    assert User.objects.filter(pk=cast.member.pk).exists()
    done = client.post("/en/account/delete/", {"confirm": "on"})
    assert done.status_code == 302
    assert not User.objects.filter(pk=cast.member.pk).exists()
    assert client.get("/en/account/").status_code == 302


def test_deleting_an_account_without_recent_password_asks_to_reauthenticate(
    cast: Cast, client_for: Callable[[User], Client]
) -> None:
    response = client_for(cast.member).get("/en/account/delete/")
    assert response.status_code == 302
    assert "/accounts/reauthenticate/" in response["Location"]


def test_the_account_page_leads_each_staff_role_to_its_own_workspace_and_offers_the_admin_only_to_its_users(
    cast: Cast, client_for: Callable[[User], Client]
) -> None:
    analyst = HotlineAnalystFactory.create(email="hana@cast.example")

    analysts_page = client_for(analyst).get("/en/account/").content.decode()
    editors_page = client_for(cast.editor).get("/en/account/").content.decode()

    assert '<a href="/en/hotline/">Hotline workspace</a>' in analysts_page
    assert "Open the admin" not in analysts_page  # Wagtail's admin would send them to sign in again, and again
    assert "Open the admin" in editors_page
    assert "Hotline workspace" not in editors_page


@pytest.mark.parametrize("role", ["member", "sic_member", "editor", "youth_member"])
def test_everyone_signed_in_finds_their_reports_from_the_account_page(
    role: str, cast: Cast, client_for: Callable[[User], Client]
) -> None:
    """Anyone signed in may report what they read, and learns there what became of it (and of what they wrote)."""
    page = client_for(getattr(cast, role)).get("/en/account/").content.decode()

    assert '<a href="/en/moderation/reports/">My reports</a>' in page


def test_a_young_persons_account_page_keeps_them_pseudonymous(cast: Cast, client_for: Callable[[User], Client]) -> None:
    """A youth account is known by the pseudonym screened when it joined BIK Youth: its account page asks for no
    real name and cannot change the pseudonym (with none, the full name is what others would see)."""
    client = client_for(cast.youth_member)
    page = client.get("/en/account/").content.decode()
    assert 'name="display_name"' not in page
    assert 'name="first_name"' not in page
    assert 'name="last_name"' not in page
    assert "<strong>BlueFox</strong>" in page
    assert "cannot be changed here" in page

    posted = {"display_name": "", "first_name": "Aoife", "last_name": "Byrne", "preferred_language": "ga"}
    assert client.post("/en/account/", posted).status_code == 302
    cast.youth_member.refresh_from_db()
    assert (cast.youth_member.display_name, cast.youth_member.get_full_name()) == ("BlueFox", "")
    assert cast.youth_member.preferred_language == "ga"
    assert cast.youth_member.public_name == "BlueFox"


def test_the_account_page_leads_to_the_private_spaces_the_account_belongs_to(
    cast: Cast, client_for: Callable[[User], Client]
) -> None:
    youth = '<a href="/en/youth/spaces/">My youth spaces</a>'
    community = '<a href="/en/community/home/">BIK Community</a>'
    queues = '<a href="/en/moderation/">Moderation queues</a>'
    pages = {name: client_for(user).get("/en/account/").content.decode() for name, user in cast.all().items()}

    assert [name for name, page in pages.items() if youth in page] == ["youth_member", "youth_coordinator"]
    assert [name for name, page in pages.items() if community in page] == ["sic_member"]
    assert queues in pages["moderator"]
    assert not any(link in pages[name] for link in (youth, community, queues) for name in ("member", "subscriber"))


def test_young_people_land_in_their_youth_spaces_after_signing_in(cast: Cast) -> None:
    for user, landing in ((cast.youth_member, "/en/youth/spaces/"), (cast.member, "/en/account/")):
        client = Client()
        response = client.post("/en/accounts/login/", {"login": user.email, "password": PASSWORD})
        assert response.status_code == 302
        assert response["Location"] == landing


def test_the_account_page_leads_an_applicant_to_their_request_and_a_statistics_coordinator_to_the_review(
    client_for: Callable[[User], Client],
) -> None:
    from bik.community.models import Membership
    from tests.factories.community import MembershipFactory
    from tests.factories.statistics import StatisticsCoordinatorFactory

    applicant = MembershipFactory.create(status=Membership.Status.PENDING).user
    coordinator = StatisticsCoordinatorFactory.create()

    applicants_page = client_for(applicant).get("/en/account/").content.decode()
    coordinators_page = client_for(coordinator).get("/en/account/").content.decode()

    assert '<a href="/en/community/join/status/">Your community membership</a>' in applicants_page
    assert '<a href="/en/helpline-statistics/review/">Review helpline statistics</a>' in coordinators_page
    assert "Your community membership" not in coordinators_page
