"""A young member's signed-in devices keep no network address (bik/youth/sessions.py): the platform keeps no
location data of young people. Their sessions record the unspecified address, their list of devices has no
address column, their data export holds no address, and an account that becomes a young member's forgets the
addresses its sessions held. Other members' sessions keep theirs, as allauth records them."""

from __future__ import annotations

from importlib import import_module

import pytest
from allauth.usersessions.models import UserSession
from django.apps import apps as django_apps
from django.utils import timezone

from bik.accounts.models import User
from bik.accounts.services import export_user_data
from bik.youth import services
from bik.youth.sessions import NO_ADDRESS
from tests.conftest import Cast, CommittingClient

pytestmark = pytest.mark.django_db

ADDRESS = "198.51.100.7"  # a documentation address (RFC 5737), as a visitor's


def _signed_in(user: User) -> CommittingClient:
    client = CommittingClient(REMOTE_ADDR=ADDRESS, HTTP_USER_AGENT="Firefox on a school laptop")
    client.force_login(user)
    page = client.get("/en/accounts/sessions/")  # the first visit after signing in records the session
    assert page.status_code == 200
    return client


def test_a_young_members_session_keeps_no_address(cast: Cast) -> None:
    _signed_in(cast.youth_member)

    [session] = UserSession.objects.filter(user=cast.youth_member)
    assert session.ip == NO_ADDRESS
    assert session.user_agent == "Firefox on a school laptop", "the device can still be told apart"


def test_other_members_sessions_keep_their_address(cast: Cast) -> None:
    _signed_in(cast.member)

    [session] = UserSession.objects.filter(user=cast.member)
    assert session.ip == ADDRESS


def test_a_young_members_list_of_devices_shows_no_address_column(cast: Cast) -> None:
    page = _signed_in(cast.youth_member).get("/en/accounts/sessions/").content.decode()

    assert "Firefox on a school laptop" in page
    assert "IP Address" not in page
    assert NO_ADDRESS not in page
    adult = _signed_in(cast.member).get("/en/accounts/sessions/").content.decode()
    assert "IP Address" in adult
    assert ADDRESS in adult


def test_a_young_members_data_export_holds_no_address(cast: Cast) -> None:
    _signed_in(cast.youth_member)

    assert [session["ip"] for session in export_user_data(cast.youth_member)["sessions"]] == [NO_ADDRESS]


def test_an_account_that_becomes_a_young_members_forgets_its_addresses(cast: Cast) -> None:
    _signed_in(cast.member)
    assert UserSession.objects.get(user=cast.member).ip == ADDRESS

    services.make_youth_member(cast.member, year_of_birth=timezone.localdate().year - 15, country="IE")

    assert UserSession.objects.get(user=cast.member).ip == NO_ADDRESS


def test_sessions_recorded_before_the_rule_forget_their_addresses(cast: Cast) -> None:
    """The data migration that came with the rule (youth 0008)."""
    _signed_in(cast.youth_member)
    _signed_in(cast.member)
    UserSession.objects.filter(user=cast.youth_member).update(ip=ADDRESS)  # as allauth recorded it before

    import_module("bik.youth.migrations.0008_forget_session_addresses").forget_addresses(django_apps, None)

    assert UserSession.objects.get(user=cast.youth_member).ip == NO_ADDRESS
    assert UserSession.objects.get(user=cast.member).ip == ADDRESS
