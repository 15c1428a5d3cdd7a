"""Membership of the community: request, approve or decline with a reason, invite, revoke, and the members
directory. Views, the admin and management commands all call these functions."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.core.paginator import Page, Paginator
from django.db import models, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from bik.accounts.models import User
from bik.accounts.roles import Role
from bik.community import access, mail
from bik.community.models import Invitation, Membership
from bik.moderation import services as moderation
from bik.moderation.models import ModeratedItem, Status
from bik.network.models import Centre, CentreRole, Strand

INVITATION_MAX_AGE = 14 * 24 * 60 * 60
_INVITATION_SALT = "bik.community.invitation"
DIRECTORY_PAGE_SIZE = 24


class MembershipError(Exception):
    """A request that cannot be made (already a member, a youth account, a used invitation…)."""


YOUTH_REFUSED = _("Youth accounts cannot join the community of Safer Internet Centre staff.")


def is_youth_account(user: User) -> bool:
    return user.groups.filter(name=Role.YOUTH_MEMBER.value).exists() or hasattr(user, "youth_profile")


def role_conflict(user: User | None, group_names: set[str]) -> str:
    """Why an account may not hold these roles together, or "" when it may: the youth role never goes with
    the community member role or a pending or approved community membership. For forms that set roles
    directly (the admin's user form); the membership and youth services refuse the same on their own."""
    youth = Role.YOUTH_MEMBER.value in group_names or (user is not None and hasattr(user, "youth_profile"))
    if not youth:
        return ""
    in_community = Role.SIC_MEMBER.value in group_names or (
        user is not None
        and Membership.objects.filter(
            user=user, status__in=(Membership.Status.PENDING, Membership.Status.APPROVED)
        ).exists()
    )
    return str(YOUTH_REFUSED) if in_community else ""


def _refuse_youth_account(user: User) -> None:
    """A young person's account never also holds a community membership (the community shows real names,
    roles and email addresses to staff); bik.youth.services refuses the other direction."""
    if is_youth_account(user):
        raise MembershipError(YOUTH_REFUSED)


def _clean_strands(strands: Iterable[str]) -> list[str]:
    valid = set(Strand.values)
    return sorted({strand for strand in strands if strand in valid})


def approvers_of(centre: Centre) -> list[User]:
    """Who is told about a new request: the centre's coordinators who are members, else the network admins."""
    coordinators = list(
        User.objects.filter(
            is_active=True,
            centre_roles__centre=centre,
            centre_roles__role=CentreRole.Kind.COORDINATOR,
            community_membership__status=Membership.Status.APPROVED,
        ).distinct()
    )
    if coordinators:
        return coordinators
    return list(User.objects.filter(is_active=True, groups__name=Role.NETWORK_ADMIN.value).distinct())


@transaction.atomic
def request_membership(
    user: User,
    *,
    centre: Centre,
    strands: Iterable[str],
    job_title: str,
    organisation: str,
    expertise: str = "",
    motivation: str = "",
    first_name: str | None = None,
    last_name: str | None = None,
) -> Membership:
    """Ask to join, under the name given (the account's name when not). A declined or revoked person may ask
    again; their earlier record is reused."""
    _refuse_youth_account(user)
    existing = Membership.objects.select_for_update().filter(user=user).first()
    if existing is not None and existing.status in (Membership.Status.PENDING, Membership.Status.APPROVED):
        raise MembershipError(_("You have already asked to join."))
    _rename(user, first_name, last_name)
    membership = existing or Membership(user=user)
    membership.centre = centre
    membership.strands = _clean_strands(strands)
    membership.job_title = job_title
    membership.organisation = organisation
    membership.expertise = expertise
    membership.motivation = motivation
    membership.status = Membership.Status.PENDING
    membership.requested_at = timezone.now()
    membership.decided_at = None
    membership.decided_by = None
    membership.decision_reason = ""
    membership.save()
    approvals = mail.absolute(reverse("community:approvals"))
    for approver in approvers_of(centre):
        mail.send_to(
            approver,
            _("New request to join the BIK Community"),
            "membership_requested",
            {"membership": membership, "url": approvals},
        )
    return membership


def _grant(membership: Membership) -> None:
    membership.user.groups.add(Group.objects.get(name=Role.SIC_MEMBER.value))
    for strand in membership.strands or [""]:
        CentreRole.objects.get_or_create(
            user=membership.user, centre=membership.centre, role=CentreRole.Kind.MEMBER, strand=strand
        )


def _withdraw(membership: Membership) -> None:
    membership.user.groups.remove(Group.objects.get(name=Role.SIC_MEMBER.value))
    CentreRole.objects.filter(user=membership.user, role=CentreRole.Kind.MEMBER).delete()


def _decide(
    decider: User, membership: Membership, *, expected: str, status: str, reason: str, reason_required: bool
) -> Membership:
    """Record a decision on a membership; the reason is what the person reads."""
    if not access.can_approve(decider, membership.centre) or decider.pk == membership.user_id:
        raise PermissionDenied
    if membership.status != expected:
        if expected == Membership.Status.PENDING:
            raise MembershipError(_("This request has already been decided."))
        raise MembershipError(_("Only an approved membership can be revoked."))
    if reason_required and not reason.strip():
        raise MembershipError(_("Please give a reason: the person will read it."))
    membership.status = status
    membership.decided_at = timezone.now()
    membership.decided_by = decider
    membership.decision_reason = reason.strip()
    membership.save(update_fields=["status", "decided_at", "decided_by", "decision_reason"])
    return membership


@transaction.atomic
def approve(decider: User, membership: Membership, reason: str = "") -> Membership:
    _refuse_youth_account(membership.user)  # became a youth account since asking
    _decide(
        decider,
        membership,
        expected=Membership.Status.PENDING,
        status=Membership.Status.APPROVED,
        reason=reason,
        reason_required=False,
    )
    _grant(membership)
    mail.send_to(
        membership.user,
        _("Welcome to the BIK Community"),
        "membership_approved",
        {"membership": membership, "url": mail.absolute(reverse("community:home"))},
    )
    return membership


@transaction.atomic
def decline(decider: User, membership: Membership, reason: str) -> Membership:
    _decide(
        decider,
        membership,
        expected=Membership.Status.PENDING,
        status=Membership.Status.DECLINED,
        reason=reason,
        reason_required=True,
    )
    mail.send_to(
        membership.user,
        _("Your request to join the BIK Community"),
        "membership_declined",
        {"membership": membership, "url": mail.absolute(reverse("community:join"))},
    )
    return membership


@transaction.atomic
def revoke(decider: User, membership: Membership, reason: str) -> Membership:
    """End someone's membership: they lose access at their next request, and their role in the centre."""
    _decide(
        decider,
        membership,
        expected=Membership.Status.APPROVED,
        status=Membership.Status.REVOKED,
        reason=reason,
        reason_required=True,
    )
    _withdraw(membership)
    mail.send_to(
        membership.user, _("Your BIK Community membership has ended"), "membership_revoked", {"membership": membership}
    )
    return membership


# --- Invitations ----------------------------------------------------------------------------------------


def invitation_token(invitation: Invitation) -> str:
    return signing.dumps({"i": invitation.pk}, salt=_INVITATION_SALT)


def invitation_url(invitation: Invitation) -> str:
    return mail.absolute(reverse("community:join") + "?invitation=" + invitation_token(invitation))


@transaction.atomic
def invite(inviter: User, *, email: str, centre: Centre, strands: Iterable[str], language: str = "") -> Invitation:
    if not access.can_approve(inviter, centre):
        raise PermissionDenied
    invitation = Invitation.objects.create(
        email=email.strip().lower(), centre=centre, strands=_clean_strands(strands), invited_by=inviter
    )
    mail.send_to(
        invitation.email,
        _("You are invited to the BIK Community"),
        "invitation",
        {"invitation": invitation, "inviter": inviter, "url": invitation_url(invitation)},
        language=language,
    )
    return invitation


def invitation_for_token(token: str) -> Invitation:
    try:
        data = signing.loads(token, salt=_INVITATION_SALT, max_age=INVITATION_MAX_AGE)
    except signing.BadSignature as error:
        raise MembershipError(_("This invitation link is not valid or has expired.")) from error
    invitation = Invitation.objects.select_related("centre").filter(pk=data.get("i")).first()
    if invitation is None or invitation.accepted_at is not None:
        raise MembershipError(_("This invitation has already been used."))
    return invitation


def _owns_address(user: User, email: str) -> bool:
    from allauth.account.models import EmailAddress

    return bool(EmailAddress.objects.filter(user=user, email__iexact=email, verified=True).exists())


def _rename(user: User, first_name: str | None, last_name: str | None) -> None:
    if first_name is not None and last_name is not None:
        user.first_name, user.last_name = first_name, last_name
        user.save(update_fields=["first_name", "last_name"])


@transaction.atomic
def accept_invitation(
    user: User,
    invitation: Invitation,
    *,
    job_title: str,
    organisation: str,
    expertise: str = "",
    first_name: str | None = None,
    last_name: str | None = None,
) -> Membership:
    """The invited person, signed in with the invited and verified address, joins without waiting (under the name
    given, the account's name when not)."""
    _refuse_youth_account(user)
    if not _owns_address(user, invitation.email):
        raise MembershipError(
            _("This invitation was sent to another email address. Sign in with that address to accept it.")
        )
    membership = Membership.objects.select_for_update().filter(user=user).first() or Membership(user=user)
    if membership.status == Membership.Status.APPROVED and membership.pk:
        raise MembershipError(_("You are already a member."))
    _rename(user, first_name, last_name)
    membership.centre = invitation.centre
    membership.strands = invitation.strands
    membership.job_title = job_title
    membership.organisation = organisation
    membership.expertise = expertise
    membership.status = Membership.Status.APPROVED
    membership.requested_at = membership.decided_at = timezone.now()
    membership.decided_by = invitation.invited_by
    membership.decision_reason = ""
    membership.invitation = invitation
    membership.save()
    invitation.accepted_at = timezone.now()
    invitation.save(update_fields=["accepted_at"])
    _grant(membership)
    return membership


# --- Directory and profiles -----------------------------------------------------------------------------


@dataclass(frozen=True)
class DirectoryFilters:
    text: str = ""
    country: str = ""
    strand: str = ""


def directory(filters: DirectoryFilters) -> models.QuerySet[Membership]:
    members = Membership.objects.approved().select_related("user", "centre").filter(user__is_active=True)
    if filters.text:
        words = filters.text.split()[:5]
        for word in words:
            members = members.filter(
                models.Q(user__first_name__icontains=word)
                | models.Q(user__last_name__icontains=word)
                | models.Q(user__display_name__icontains=word)
                | models.Q(organisation__icontains=word)
                | models.Q(expertise__icontains=word)
                | models.Q(job_title__icontains=word)
            )
    if filters.country:
        members = members.filter(centre__country=filters.country)
    if filters.strand:
        # JSON containment is not portable to SQLite; strands are few, so match the stored JSON text.
        members = members.filter(strands__icontains=f'"{filters.strand}"')
    return members.order_by("centre__country", "user__last_name", "user__first_name", "pk")


def directory_page(filters: DirectoryFilters, number: str | int | None) -> Page[Membership]:
    return Paginator(directory(filters), DIRECTORY_PAGE_SIZE).get_page(number)


def update_profile(
    membership: Membership, *, job_title: str, organisation: str, expertise: str, strands: Iterable[str]
) -> Membership:
    membership.job_title = job_title
    membership.organisation = organisation
    membership.expertise = expertise
    new_strands = _clean_strands(strands)
    changed = new_strands != membership.strands
    membership.strands = new_strands
    membership.save(update_fields=["job_title", "organisation", "expertise", "strands"])
    if changed and membership.status == Membership.Status.APPROVED:
        with transaction.atomic():
            CentreRole.objects.filter(user=membership.user, role=CentreRole.Kind.MEMBER).delete()
            _grant(membership)
    return membership


# --- Moderation records for community content -----------------------------------------------------------


def moderation_record(author: User, model: type[models.Model], space_key: str) -> ModeratedItem:
    """Open the moderation record of a new forum post, blog post or comment. Staff of the network write for
    each other, so content is published at once (no screen, no pre-moderation); any member can report it, and
    moderators act on reports through the shared engine. Suspensions and the posting rate limit still apply.
    Save the content with `moderation=record`, then call `attach_record`."""
    if moderation.active_suspension(author) is not None:
        raise moderation.Suspended(_("Your account is suspended from posting."))
    moderation.check_rate_limit(author, "community-post", (30, 60 * 60))
    return ModeratedItem.objects.create(
        content_type=ContentType.objects.get_for_model(model),
        object_id=None,
        space_key=space_key,
        author=author,
        status=Status.PUBLISHED,
    )


def attach_record(record: ModeratedItem, obj: models.Model) -> None:
    record.object_id = obj.pk
    record.save(update_fields=["object_id"])
