"""Demo members of the community: several centres and strands, a centre coordinator who approves requests for
Belgium, and one request still waiting. Every demo member signs in with the demo password and the shared demo
TOTP secret (`make totp`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.contrib.auth.models import Group

from bik.accounts.models import User
from bik.accounts.roles import Role
from bik.community import services
from bik.community.models import Membership
from bik.demo.services import DEMO_PASSWORD, DEMO_TOTP_SECRET
from bik.network.models import Centre, CentreRole, Strand

_APPROVED_ON = dt.datetime(2026, 2, 2, 9, 0, tzinfo=dt.UTC)


@dataclass(frozen=True)
class DemoMember:
    email: str
    first_name: str
    last_name: str
    country: str
    strands: tuple[str, ...]
    job_title: str
    expertise: str
    coordinator: bool = False
    pending: bool = False


DEMO_MEMBERS = (
    DemoMember(
        "sic-member@bik.example",
        "Sam",
        "Peeters",
        "BE",
        (Strand.HELPLINE,),
        "Helpline counsellor",
        "sextortion, peer support, chat counselling",
    ),
    DemoMember(
        "coordinator-be@bik.example",
        "Lotte",
        "Janssens",
        "BE",
        (Strand.AWARENESS, Strand.YOUTH),
        "Centre coordinator",
        "campaigns, youth participation",
        coordinator=True,
    ),
    DemoMember(
        "awareness-fr@bik.example",
        "Camille",
        "Martin",
        "FR",
        (Strand.AWARENESS,),
        "Awareness officer",
        "teacher training, media literacy",
    ),
    DemoMember(
        "helpline-de@bik.example",
        "Jonas",
        "Weber",
        "DE",
        (Strand.HELPLINE,),
        "Helpline team lead",
        "cyberbullying, parents' questions",
    ),
    DemoMember(
        "hotline-ie@bik.example",
        "Aoife",
        "Byrne",
        "IE",
        (Strand.HOTLINE,),
        "Hotline analyst",
        "CSAM reporting, notice and takedown",
    ),
    DemoMember(
        "youthpanel-it@bik.example",
        "Giulia",
        "Rossi",
        "IT",
        (Strand.YOUTH,),
        "Youth panel coordinator",
        "youth panels, Safer Internet Day",
    ),
    DemoMember(
        "hotline-pt@bik.example",
        "Tiago",
        "Costa",
        "PT",
        (Strand.HOTLINE, Strand.HELPLINE),
        "Hotline and helpline manager",
        "hate speech, reporting statistics",
    ),
    DemoMember(
        "awareness-gr@bik.example",
        "Eleni",
        "Papadopoulou",
        "GR",
        (Strand.AWARENESS,),
        "Education officer",
        "resources for schools, gaming",
    ),
    DemoMember(
        "applicant@bik.example",
        "Noah",
        "Dubois",
        "BE",
        (Strand.HOTLINE,),
        "Hotline analyst",
        "image analysis",
        pending=True,
    ),
)


def _account(member: DemoMember) -> User:
    user = User.objects.filter(email=member.email).first()
    if user is None:
        user = User.objects.create_user(
            member.email,
            DEMO_PASSWORD,
            first_name=member.first_name,
            last_name=member.last_name,
            display_name=f"{member.first_name} {member.last_name}",
        )
    EmailAddress.objects.update_or_create(user=user, email=member.email, defaults={"verified": True, "primary": True})
    if not member.pending and not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
        TOTP.activate(user, DEMO_TOTP_SECRET)
    if not user.first_name:
        user.first_name, user.last_name = member.first_name, member.last_name
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
    for member in DEMO_MEMBERS:
        user = _account(member)
        if services.is_youth_account(user):
            continue
        centre = Centre.objects.get(country=member.country)
        if Membership.objects.filter(user=user).exists():
            continue
        Membership.objects.create(
            user=user,
            centre=centre,
            strands=list(member.strands),
            job_title=member.job_title,
            organisation=centre.name,
            expertise=member.expertise,
            motivation="I would like to share our helpline's experience." if member.pending else "",
            status=Membership.Status.PENDING if member.pending else Membership.Status.APPROVED,
            requested_at=_APPROVED_ON - dt.timedelta(days=3),
            decided_at=None if member.pending else _APPROVED_ON,
        )
        if member.pending:
            continue
        user.groups.add(sic_members)
        for strand in member.strands:
            CentreRole.objects.get_or_create(user=user, centre=centre, role=CentreRole.Kind.MEMBER, strand=strand)
        if member.coordinator:
            CentreRole.objects.get_or_create(user=user, centre=centre, role=CentreRole.Kind.COORDINATOR, strand="")
    if out is not None:
        out.write(
            f"{Membership.objects.approved().count()} community members ready "
            "(e.g. coordinator-be@bik.example approves Belgian requests; applicant@bik.example is waiting)."
        )


def demo_members() -> list[User]:
    """The approved demo members, for the forums', blogs' and meetings' demo content."""
    emails = [member.email for member in DEMO_MEMBERS if not member.pending]
    users = {user.email: user for user in User.objects.filter(email__in=emails)}
    return [users[email] for email in emails if email in users]
