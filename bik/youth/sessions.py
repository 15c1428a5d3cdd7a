"""A young member's signed-in devices keep no network address.

allauth lists each account's sessions (bik/templates/usersessions/usersession_list.html) with the address and
browser each was used from. An address tells roughly where someone is, and the platform keeps no location data
of young people: a young member's session records the unspecified address instead (`NO_ADDRESS`), from the
first save on, and an account that becomes a young member's forgets the addresses its sessions held. The
browser's description stays, so a young member can still tell their devices apart and sign the others out."""

from __future__ import annotations

from typing import Any

from allauth.usersessions.models import UserSession

from bik.accounts.models import User
from bik.accounts.roles import Role, has_role

NO_ADDRESS = "0.0.0.0"  # noqa: S104 -- an address stored in place of one, never one to listen on


def keep_no_address(sender: type[UserSession], instance: UserSession, **kwargs: Any) -> None:
    """`pre_save` of allauth's UserSession."""
    if instance.ip != NO_ADDRESS and has_role(instance.user, Role.YOUTH_MEMBER):
        instance.ip = NO_ADDRESS


def keeps_addresses(user: User) -> bool:
    """Whether `user`'s sessions record the addresses they were used from (not a young member's)."""
    return not has_role(user, Role.YOUTH_MEMBER)


def forget_addresses(user: User) -> int:
    """The addresses of `user`'s sessions, forgotten (they have just become a young member); returns how many."""
    return int(UserSession.objects.filter(user=user).exclude(ip=NO_ADDRESS).update(ip=NO_ADDRESS))
