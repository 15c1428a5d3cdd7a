"""Joining the community: a request, a decision with a reason, invitations, revocation."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from django.core import mail
from django.test import Client

from bik.accounts.models import User
from bik.accounts.roles import Role, has_role
from bik.community import services
from bik.community.models import Invitation, Membership
from bik.network.models import Centre, CentreRole, Strand
from tests.conftest import AfterCommit, Cast, make_user
from tests.factories.community import CommunityCoordinatorFactory, CommunityMemberFactory

pytestmark = pytest.mark.django_db


def _request_form(centre: Centre, **overrides: object) -> dict[str, object]:
    data: dict[str, object] = {
        "first_name": "Rita",
        "last_name": "Nowak",
        "centre": centre.pk,
        "strands": [Strand.HOTLINE],
        "job_title": "Hotline analyst",
        "organisation": "NASK",
        "expertise": "notice and takedown",
        "motivation": "",
    }
    data.update(overrides)
    return data


def _coordinator_of(centre: Centre) -> User:
    code = centre.country.code
    return CommunityCoordinatorFactory.create(email=f"coord-{code.lower()}@cast.example", country=code, role=None)


def test_a_signed_in_person_asks_to_join_and_the_coordinator_is_told(
    client_for: Callable[[User], Client], after_commit: AfterCommit
) -> None:
    poland = Centre.objects.get(country="PL")
    coordinator = _coordinator_of(poland)
    person = make_user("rita@cast.example")

    with after_commit():
        response = client_for(person).post("/en/community/join/", _request_form(poland))

    assert response.status_code == 302
    assert response["Location"] == "/en/community/join/status/"
    membership = Membership.objects.get(user=person)
    assert membership.status == Membership.Status.PENDING
    assert membership.strands == [Strand.HOTLINE]
    assert [message.to for message in mail.outbox] == [[coordinator.email]]
    assert "/en/community/approvals/" in mail.outbox[0].body
    status_page = client_for(person).get("/en/community/join/status/").content.decode()
    assert "Waiting for approval" in status_page


def test_without_a_coordinator_the_network_admins_decide(
    cast: Cast, client_for: Callable[[User], Client], after_commit: AfterCommit
) -> None:
    person = make_user("rita@cast.example")

    with after_commit():
        client_for(person).post("/en/community/join/", _request_form(Centre.objects.get(country="PL")))

    assert cast.network_admin.email in {address for message in mail.outbox for address in message.to}


def test_a_request_with_missing_fields_keeps_what_was_typed(client_for: Callable[[User], Client]) -> None:
    person = make_user("rita@cast.example")

    response = client_for(person).post(
        "/en/community/join/", _request_form(Centre.objects.get(country="PL"), strands=[], job_title="")
    )

    assert response.status_code == 200
    page = response.content.decode()
    assert "This field is required." in page
    assert 'value="NASK"' in page
    assert not Membership.objects.filter(user=person).exists()


def test_youth_accounts_cannot_ask_to_join(cast: Cast, client_for: Callable[[User], Client]) -> None:
    response = client_for(cast.youth_member).post(
        "/en/community/join/", _request_form(Centre.objects.get(country="PL"))
    )

    assert response.status_code == 200
    assert "Youth accounts cannot join" in response.content.decode()
    assert not Membership.objects.filter(user=cast.youth_member).exists()


def test_the_name_given_on_the_form_is_kept_with_the_request_and_only_with_it(
    cast: Cast, client_for: Callable[[User], Client]
) -> None:
    person = make_user("rita@cast.example")
    poland = Centre.objects.get(country="PL")

    client_for(person).post("/en/community/join/", {**_request_form(poland), "first_name": "Rita", "last_name": "K"})
    refused = client_for(cast.youth_member).post(
        "/en/community/join/", {**_request_form(poland), "first_name": "Real", "last_name": "Name"}
    )

    person.refresh_from_db()
    assert (person.first_name, person.last_name) == ("Rita", "K")
    assert "Youth accounts cannot join" in refused.content.decode()
    cast.youth_member.refresh_from_db()
    assert (cast.youth_member.first_name, cast.youth_member.last_name) == ("", "")  # a refused request changes nothing


def test_anonymous_visitors_must_sign_in_to_ask(client: Client) -> None:
    response = client.get("/en/community/join/")

    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")


def test_the_coordinator_approves_and_the_new_member_gets_in(
    client_for: Callable[[User], Client], after_commit: AfterCommit
) -> None:
    poland = Centre.objects.get(country="PL")
    coordinator = _coordinator_of(poland)
    person = make_user("rita@cast.example", mfa=True)
    membership = services.request_membership(
        person, centre=poland, strands=[Strand.HOTLINE], job_title="Analyst", organisation="NASK"
    )
    mail.outbox.clear()
    coordinator_client = client_for(coordinator)

    assert "Rita" in coordinator_client.get("/en/community/approvals/").content.decode() or person.email
    with after_commit():
        response = coordinator_client.post(f"/en/community/approvals/{membership.pk}/", {"decision": "approve"})

    assert response.status_code == 302
    membership.refresh_from_db()
    assert membership.status == Membership.Status.APPROVED
    assert membership.decided_by == coordinator
    assert has_role(person, Role.SIC_MEMBER)
    assert CentreRole.objects.filter(user=person, centre=poland, strand=Strand.HOTLINE).exists()
    assert mail.outbox[0].to == [person.email]
    assert "approved" in mail.outbox[0].body
    assert client_for(person).get("/en/community/home/").status_code == 200


def test_declining_needs_a_reason_that_the_person_reads(
    client_for: Callable[[User], Client], after_commit: AfterCommit
) -> None:
    poland = Centre.objects.get(country="PL")
    coordinator = _coordinator_of(poland)
    person = make_user("rita@cast.example")
    membership = services.request_membership(
        person, centre=poland, strands=[Strand.HOTLINE], job_title="Analyst", organisation="NASK"
    )
    mail.outbox.clear()
    coordinator_client = client_for(coordinator)

    without_reason = coordinator_client.post(f"/en/community/approvals/{membership.pk}/", {"decision": "decline"})
    assert without_reason.status_code == 200
    assert "Please give a reason for declining." in without_reason.content.decode()

    with after_commit():
        coordinator_client.post(
            f"/en/community/approvals/{membership.pk}/",
            {"decision": "decline", "reason": "You do not work for our centre."},
        )

    membership.refresh_from_db()
    assert membership.status == Membership.Status.DECLINED
    assert "You do not work for our centre." in mail.outbox[0].body
    status_page = client_for(person).get("/en/community/join/status/").content.decode()
    assert "You do not work for our centre." in status_page


def test_a_coordinator_cannot_decide_for_another_centre(cast: Cast, client_for: Callable[[User], Client]) -> None:
    coordinator = _coordinator_of(Centre.objects.get(country="PL"))
    person = make_user("rita@cast.example")
    membership = services.request_membership(
        person, centre=Centre.objects.get(country="FR"), strands=[], job_title="Analyst", organisation="x"
    )

    response = client_for(coordinator).post(f"/en/community/approvals/{membership.pk}/", {"decision": "approve"})

    assert response.status_code == 404
    membership.refresh_from_db()
    assert membership.status == Membership.Status.PENDING


@pytest.mark.parametrize("role", ["sic_member", "moderator", "editor"])
def test_ordinary_members_and_other_staff_cannot_decide(
    cast: Cast, client_for: Callable[[User], Client], role: str
) -> None:
    person = make_user("rita@cast.example")
    membership = services.request_membership(
        person, centre=Centre.objects.get(country="BE"), strands=[], job_title="Analyst", organisation="x"
    )
    client = client_for(getattr(cast, role))

    assert client.get("/en/community/approvals/").status_code == 404
    assert client.post(f"/en/community/approvals/{membership.pk}/", {"decision": "approve"}).status_code == 404


def test_an_invited_person_joins_at_once_with_the_invited_address(
    cast: Cast, client_for: Callable[[User], Client], after_commit: AfterCommit
) -> None:
    admin_client = client_for(cast.network_admin)
    poland = Centre.objects.get(country="PL")

    with after_commit():
        admin_client.post(
            "/en/community/invite/", {"email": "Invited@Cast.example", "centre": poland.pk, "strands": [Strand.YOUTH]}
        )

    invitation = Invitation.objects.get()
    link = re.search(r"https?://\S+/en/community/join/\?invitation=\S+", str(mail.outbox[0].body))
    assert link is not None
    path = link.group(0).split("//", 1)[1].split("/", 1)[1]
    stranger = make_user("someone-else@cast.example")
    refused = client_for(stranger).post(
        "/" + path, {"first_name": "A", "last_name": "B", "job_title": "x", "organisation": "y"}
    )
    assert "another email address" in refused.content.decode()

    invited = make_user("invited@cast.example", mfa=True)
    response = client_for(invited).post(
        "/" + path, {"first_name": "Ivo", "last_name": "Kral", "job_title": "Youth worker", "organisation": "NASK"}
    )

    assert response.status_code == 302
    membership = Membership.objects.get(user=invited)
    assert membership.status == Membership.Status.APPROVED
    assert membership.strands == [Strand.YOUTH]
    invitation.refresh_from_db()
    assert invitation.accepted_at is not None
    used_again = client_for(stranger).get("/" + path)
    assert used_again.status_code == 400


def test_a_forged_invitation_link_is_refused(client_for: Callable[[User], Client]) -> None:
    response = client_for(make_user("x@cast.example")).get("/en/community/join/?invitation=forged")

    assert response.status_code == 400
    assert "not valid" in response.content.decode()


def test_revoking_ends_access_and_the_centre_role(
    cast: Cast, client_for: Callable[[User], Client], after_commit: AfterCommit
) -> None:
    membership = Membership.objects.get(user=cast.sic_member)
    admin_client = client_for(cast.network_admin)

    without_reason = admin_client.post(f"/en/community/members/{membership.pk}/revoke/", {"reason": ""})
    assert without_reason.status_code == 400
    with after_commit():
        admin_client.post(f"/en/community/members/{membership.pk}/revoke/", {"reason": "Left the centre."})

    membership.refresh_from_db()
    assert membership.status == Membership.Status.REVOKED
    assert not has_role(cast.sic_member, Role.SIC_MEMBER)
    assert not CentreRole.objects.filter(user=cast.sic_member, role=CentreRole.Kind.MEMBER).exists()
    assert "Left the centre." in mail.outbox[-1].body
    assert client_for(cast.sic_member).get("/en/community/home/").status_code == 403


def test_a_member_cannot_revoke_anyone(cast: Cast, client_for: Callable[[User], Client]) -> None:
    other = make_user("other@cast.example", mfa=True)
    membership = Membership.objects.create(
        user=other, centre=Centre.objects.get(country="BE"), job_title="x", organisation="y", status="approved"
    )

    response = client_for(cast.sic_member).post(f"/en/community/members/{membership.pk}/revoke/", {"reason": "no"})

    assert response.status_code == 404
    membership.refresh_from_db()
    assert membership.status == Membership.Status.APPROVED


def test_members_find_each_other_by_country_strand_and_expertise(
    cast: Cast, client_for: Callable[[User], Client]
) -> None:
    def member(first_name: str, last_name: str, country: str, strand: str, expertise: str) -> None:
        CommunityMemberFactory.create(
            first_name=first_name,
            last_name=last_name,
            country=country,
            membership__strands=[strand],
            membership__expertise=expertise,
        )

    member("Aoife", "Byrne", "IE", Strand.HOTLINE, "notice and takedown, image analysis")
    member("Sam", "Peeters", "BE", Strand.HELPLINE, "peer support")
    member("Camille", "Martin", "FR", Strand.HOTLINE, "takedown")
    client = client_for(cast.sic_member)

    by_expertise = client.get("/en/community/members/", {"q": "takedown"}).content.decode()
    by_strand = client.get("/en/community/members/", {"strand": "hotline", "country": "IE"}).content.decode()

    assert "Aoife Byrne" in by_expertise  # a member of the Irish hotline
    assert "Sam Peeters" not in by_expertise
    assert "Aoife Byrne" in by_strand
    assert "Camille Martin" not in by_strand


def test_the_directory_costs_the_same_queries_for_ten_or_a_hundred_members(
    cast: Cast, client_for: Callable[[User], Client]
) -> None:
    client = client_for(cast.sic_member)
    centre = Centre.objects.get(country="NL")

    def count() -> int:
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            assert client.get("/en/community/members/").status_code == 200
        return len(queries)

    CommunityMemberFactory.create_batch(9, country="NL")  # ten members, with the cast's
    count()  # the first request fills the navigation and session caches
    few = count()
    for number in range(100):
        person = User.objects.create_user(f"bulk{number}@cast.example", "x", first_name="Bulk", last_name=str(number))
        Membership.objects.create(user=person, centre=centre, job_title="x", organisation="y", status="approved")
    many = count()

    assert few == many


def test_a_member_edits_their_profile(cast: Cast, client_for: Callable[[User], Client]) -> None:
    client = client_for(cast.sic_member)

    response = client.post(
        "/en/community/profile/",
        {"job_title": "Team lead", "organisation": "Child Focus", "expertise": "grooming", "strands": ["helpline"]},
    )

    assert response.status_code == 302
    membership = Membership.objects.get(user=cast.sic_member)
    assert membership.job_title == "Team lead"
    assert "grooming" in client.get(membership.get_absolute_url()).content.decode()


def test_the_data_export_holds_the_membership(cast: Cast, client_for: Callable[[User], Client]) -> None:
    data = client_for(cast.sic_member).post("/en/account/export/").json()

    assert data["community"]["membership"]["status"] == "approved"
    assert data["community"]["membership"]["organisation"] == "Child Focus"
