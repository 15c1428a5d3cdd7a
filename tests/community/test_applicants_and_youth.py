"""A pending applicant's name, role and centre are seen only by whoever decides on the request; and a youth
account is never also a community member — the services refuse both directions with a clear message."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.contrib.auth.models import Group
from django.test import Client

from bik.accounts.models import User
from bik.accounts.roles import Role
from bik.community import services
from bik.community.models import Invitation, Membership
from bik.network.models import Centre, Strand
from bik.youth import services as youth_services
from bik.youth.models import YouthProfile
from tests.conftest import Cast
from tests.factories.community import CommunityCoordinatorFactory, MembershipFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def applicant(db: None) -> User:
    """Someone of the Belgian hotline who asked to join (no member role nor second factor until approved)."""
    return MembershipFactory.create(
        user__email="noah@cast.example",
        user__display_name="Noah Dubois",
        user__first_name="Noah",
        user__last_name="Dubois",
        strands=[Strand.HOTLINE],
        job_title="Image analysis lead",
        organisation="Child Focus",
        status=Membership.Status.PENDING,
    ).user


def _belgian_coordinator() -> User:
    return CommunityCoordinatorFactory.create(email="lotte@cast.example", membership__organisation="Child Focus")


def test_members_cannot_read_a_pending_applicants_blog_author_page(
    cast: Cast, client_for: Callable[[User], Client], applicant: User
) -> None:
    response = client_for(cast.sic_member).get(f"/en/community/blogs/authors/{applicant.pk}/")

    assert response.status_code == 404
    assert "Image analysis lead" not in response.content.decode()


def test_whoever_decides_on_the_request_sees_the_applicant(
    cast: Cast, client_for: Callable[[User], Client], applicant: User
) -> None:
    for decider in (_belgian_coordinator(), cast.network_admin):
        page = client_for(decider).get(f"/en/community/blogs/authors/{applicant.pk}/")

        assert page.status_code == 200
        assert "Image analysis lead" in page.content.decode()


def test_a_coordinator_of_another_centre_does_not_see_the_applicant(
    client_for: Callable[[User], Client], applicant: User
) -> None:
    other = CommunityCoordinatorFactory.create(
        email="piotr@cast.example", country="PL", membership__organisation="NASK"
    )

    assert client_for(other).get(f"/en/community/blogs/authors/{applicant.pk}/").status_code == 404


def test_a_youth_account_cannot_ask_to_join_or_accept_an_invitation(cast: Cast) -> None:
    belgium = Centre.objects.get(country="BE")
    with pytest.raises(services.MembershipError, match="Youth accounts cannot join"):
        services.request_membership(cast.youth_member, centre=belgium, strands=[], job_title="x", organisation="y")
    invitation = Invitation.objects.create(email=cast.youth_member.email, centre=belgium, invited_by=cast.network_admin)
    with pytest.raises(services.MembershipError, match="Youth accounts cannot join"):
        services.accept_invitation(cast.youth_member, invitation, job_title="x", organisation="y")

    assert not Membership.objects.filter(user=cast.youth_member).exists()


def test_a_request_is_not_approved_once_the_person_has_a_youth_account(cast: Cast, applicant: User) -> None:
    applicant.groups.add(Group.objects.get(name=Role.YOUTH_MEMBER.value))

    with pytest.raises(services.MembershipError, match="Youth accounts cannot join"):
        services.approve(cast.network_admin, applicant.community_membership)

    assert Membership.objects.get(user=applicant).status == Membership.Status.PENDING
    assert not applicant.groups.filter(name=Role.SIC_MEMBER.value).exists()


def test_the_join_page_tells_a_youth_member_clearly(cast: Cast, client_for: Callable[[User], Client]) -> None:
    data = {
        "first_name": "Blue",
        "last_name": "Fox",
        "centre": Centre.objects.get(country="IE").pk,
        "strands": [Strand.YOUTH],
        "job_title": "Panel member",
        "organisation": "Webwise",
        "expertise": "",
        "motivation": "",
    }
    response = client_for(cast.youth_member).post("/en/community/join/", data)

    assert "Youth accounts cannot join the community" in response.content.decode()
    assert 'value="Panel member"' in response.content.decode()


@pytest.mark.parametrize("status", [Membership.Status.APPROVED, Membership.Status.PENDING])
def test_a_community_member_or_applicant_cannot_become_a_youth_member(cast: Cast, applicant: User, status: str) -> None:
    person = cast.sic_member if status == Membership.Status.APPROVED else applicant

    with pytest.raises(youth_services.YouthAccountError, match="cannot have a youth account"):
        youth_services.make_youth_member(person, year_of_birth=2010, country="IE")

    assert not YouthProfile.objects.filter(user=person).exists()
    assert not person.groups.filter(name=Role.YOUTH_MEMBER.value).exists()


def test_a_former_member_may_become_a_youth_member(applicant: User) -> None:
    Membership.objects.filter(user=applicant).update(status=Membership.Status.DECLINED)

    profile = youth_services.make_youth_member(applicant, year_of_birth=2010, country="IE")

    assert profile.user == applicant
