"""Demo members of the community (bik/demo/data/community.yaml): several centres and strands, a centre coordinator
who approves requests for Belgium, and one request still waiting. Every demo member signs in with the demo password
and the shared demo TOTP secret (`make totp`)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.contrib.auth.models import Group

from bik.accounts.models import User
from bik.accounts.roles import Role
from bik.community import services
from bik.community.models import Membership
from bik.demo.datafiles import demo_data
from bik.demo.services import DEMO_TOTP_SECRET, demo_account
from bik.network.models import Centre, CentreRole

_APPROVED_ON = dt.datetime(2026, 2, 2, 9, 0, tzinfo=dt.UTC)


def _members() -> list[dict[str, Any]]:
    """The demo members' entries in the data file, in their order."""
    members: list[dict[str, Any]] = demo_data("community")["members"]
    return members


def _account(member: dict[str, Any]) -> User:
    email, first_name, last_name = member["email"], member["first_name"], member["last_name"]
    user = demo_account(email, first_name=first_name, last_name=last_name, display_name=f"{first_name} {last_name}")
    if (
        not member.get("pending", False)
        and not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
    ):
        TOTP.activate(user, DEMO_TOTP_SECRET)
    if not user.first_name:
        user.first_name, user.last_name = first_name, last_name
        user.save(update_fields=["first_name", "last_name"])
    return user


def load(home: Any, out: Any = None) -> None:
    sic_members = Group.objects.get(name=Role.SIC_MEMBER.value)
    # Earlier demo data made a youth member a community member too, a combination the platform refuses.
    for stale in Membership.objects.filter(user__youth_profile__isnull=False, user__email__endswith="@bik.example"):
        stale.user.groups.remove(sic_members)
        CentreRole.objects.filter(
            user=stale.user, role__in=(CentreRole.Kind.MEMBER, CentreRole.Kind.COORDINATOR)
        ).delete()
        stale.delete()
    for member in _members():
        user = _account(member)
        if services.is_youth_account(user):
            continue
        centre = Centre.objects.get(country=member["country"])
        if Membership.objects.filter(user=user).exists():
            continue
        pending = member.get("pending", False)
        Membership.objects.create(
            user=user,
            centre=centre,
            strands=list(member["strands"]),
            job_title=member["job_title"],
            organisation=centre.name,
            expertise=member["expertise"],
            motivation=member.get("motivation", ""),
            status=Membership.Status.PENDING if pending else Membership.Status.APPROVED,
            requested_at=_APPROVED_ON - dt.timedelta(days=3),
            decided_at=None if pending else _APPROVED_ON,
        )
        if pending:
            continue
        user.groups.add(sic_members)
        for strand in member["strands"]:
            CentreRole.objects.get_or_create(user=user, centre=centre, role=CentreRole.Kind.MEMBER, strand=strand)
        if member.get("coordinator", False):
            CentreRole.objects.get_or_create(user=user, centre=centre, role=CentreRole.Kind.COORDINATOR, strand="")
    if out is not None:
        out.write(
            f"{Membership.objects.approved().count()} community members ready "
            "(e.g. coordinator-be@bik.example approves Belgian requests; applicant@bik.example is waiting)."
        )


def demo_members() -> list[User]:
    """The approved demo members, for the forums', blogs' and meetings' demo content."""
    emails = [member["email"] for member in _members() if not member.get("pending", False)]
    users = {user.email: user for user in User.objects.filter(email__in=emails)}
    return [users[email] for email in emails if email in users]
