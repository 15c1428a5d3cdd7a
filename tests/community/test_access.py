"""Every core community page refuses outsiders: anonymous visitors are sent to sign in, signed-in people
without an approved membership get the members-only page (index pages) or a 404 (object pages)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import Client
from pytest_django import DjangoAssertNumQueries

from bik.accounts.models import User
from bik.community.models import Membership
from tests.conftest import Cast
from tests.factories.community import MembershipFactory

pytestmark = pytest.mark.django_db

INDEX_URLS = ("/en/community/home/", "/en/community/members/", "/en/community/profile/")
OUTSIDERS = ("subscriber", "youth_member", "youth_coordinator", "member")


def _object_urls(cast: Cast) -> list[str]:
    membership = Membership.objects.get(user=cast.sic_member)
    return [f"/en/community/members/{membership.pk}/"]


@pytest.mark.parametrize("url", INDEX_URLS)
def test_anonymous_visitors_are_sent_to_sign_in(client: Client, url: str) -> None:
    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/?next=")
    assert "no-store" in response["Cache-Control"]


def test_anonymous_visitors_cannot_open_a_member_profile(client: Client, cast: Cast) -> None:
    for url in _object_urls(cast):
        assert client.get(url).status_code == 302


@pytest.mark.parametrize("role", OUTSIDERS)
def test_outsiders_get_the_members_only_page(cast: Cast, client_for: Callable[[User], Client], role: str) -> None:
    client = client_for(getattr(cast, role))

    for url in INDEX_URLS:
        response = client.get(url)
        assert response.status_code == 403, url
        assert "Members only" in response.content.decode()
    for url in _object_urls(cast):
        assert client.get(url).status_code == 404


def test_a_member_gets_in(cast: Cast, client_for: Callable[[User], Client]) -> None:
    client = client_for(cast.sic_member)

    for url in (*INDEX_URLS, *_object_urls(cast)):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "private" in response["Cache-Control"]
        assert response["X-Robots-Tag"] == "noindex, nofollow"


@pytest.mark.parametrize("role", ["moderator", "editor", "network_admin"])
def test_network_staff_may_read_the_community(cast: Cast, client_for: Callable[[User], Client], role: str) -> None:
    client = client_for(getattr(cast, role))

    assert client.get("/en/community/home/").status_code == 200
    assert client.get(_object_urls(cast)[0]).status_code == 200


def test_a_member_without_a_second_factor_is_sent_to_set_one_up(client_for: Callable[[User], Client]) -> None:
    person = MembershipFactory.create(user__email="nofactor@cast.example", country="FR").user

    response = client_for(person).get("/en/community/members/")

    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/2fa/totp/activate")
    assert "next=%2Fen%2Fcommunity%2Fmembers%2F" in response["Location"]


def test_a_revoked_member_is_locked_out_at_the_next_request(cast: Cast, client_for: Callable[[User], Client]) -> None:
    client = client_for(cast.sic_member)
    assert client.get("/en/community/home/").status_code == 200

    Membership.objects.filter(user=cast.sic_member).update(status=Membership.Status.REVOKED)

    assert client.get("/en/community/home/").status_code == 403
    assert client.get(_object_urls(cast)[0]).status_code == 404


@pytest.mark.parametrize("status", ["pending", "declined"])
def test_a_request_that_is_not_approved_does_not_open_the_door(
    client_for: Callable[[User], Client], status: str
) -> None:
    membership = MembershipFactory.create(
        user__email=f"{status}@cast.example", user__mfa=True, country="FR", status=status
    )

    assert client_for(membership.user).get("/en/community/home/").status_code == 403


def test_the_public_landing_page_stays_public(client: Client) -> None:
    response = client.get("/en/community/")

    assert response.status_code == 200
    assert "/en/community/join/" in response.content.decode()


def test_community_pages_are_not_in_the_sitemap(client: Client) -> None:
    sitemap = client.get("/sitemap-en.xml").content.decode()

    assert "/community/home/" not in sitemap
    assert "/community/members/" not in sitemap


def test_a_right_is_worked_out_once_per_user_object_and_afresh_for_the_next(
    cast: Cast, django_assert_num_queries: DjangoAssertNumQueries
) -> None:
    """The gate and the forums' checks share one memo on the user object: asked again on the same object, no
    query; a revoked membership counts for the next object (the next request's `request.user`)."""
    from bik.community import access
    from bik.community.forums import services as forums

    user = User.objects.get(pk=cast.sic_member.pk)
    assert access.is_member(user)
    with django_assert_num_queries(0):
        assert access.is_member(user)
        assert forums.can_post(user)  # answered from "member" without asking about moderation

    Membership.objects.filter(user=user).update(status=Membership.Status.REVOKED)
    assert access.is_member(user), "the same object keeps its answer (one request)"
    fresh = User.objects.get(pk=user.pk)
    assert not access.is_member(fresh)
    assert not forums.can_post(fresh)
    assert not access.is_member(AnonymousUser())
