"""Who holds which role at which centre: the one per-centre role check that the hotline, helpline statistics and
impact figures share. Nobody signed out, inactive or without the role gets a centre; staff roles also need a
second factor unless the caller says otherwise (and then checks it at its own door)."""

from __future__ import annotations

from collections.abc import Iterable

from allauth.mfa.utils import is_mfa_enabled
from django.contrib.auth.models import AnonymousUser

from bik.accounts.models import User
from bik.accounts.roles import Role, has_role
from bik.network.models import Centre, CentreRole


def signed_in(user: User | AnonymousUser) -> User | None:
    """The person, when signed in with an active account."""
    if isinstance(user, User) and user.is_authenticated and user.is_active:
        return user
    return None


def centres_with_role(
    user: User | AnonymousUser,
    kinds: Iterable[str],
    *,
    require_mfa: bool = True,
    account_role: Role | None = None,
) -> list[Centre]:
    """The centres where `user` holds one of the centre roles `kinds`, by country. With `account_role`, the
    person must also hold that account role (bik.accounts.roles); with `require_mfa`, a second factor."""
    person = signed_in(user)
    if person is None or (require_mfa and not is_mfa_enabled(person)):
        return []
    if account_role is not None and not has_role(person, account_role):
        return []
    return list(Centre.objects.filter(roles__user=person, roles__role__in=list(kinds)).distinct().order_by("country"))


def holds_centre_role(user: User | AnonymousUser, kinds: Iterable[str]) -> bool:
    """Whether `user` holds one of `kinds` at any centre, second factor or not (to ask them to set one up)."""
    person = signed_in(user)
    return person is not None and CentreRole.objects.filter(user=person, role__in=list(kinds)).exists()


def lacks_second_factor(user: User | AnonymousUser, kinds: Iterable[str]) -> bool:
    """Someone holding one of `kinds` who has not set up a second factor yet."""
    person = signed_in(user)
    return person is not None and not is_mfa_enabled(person) and holds_centre_role(person, kinds)


def is_network_admin(user: User | AnonymousUser, *, require_mfa: bool = True) -> bool:
    person = signed_in(user)
    if person is None or not (person.is_superuser or has_role(person, Role.NETWORK_ADMIN)):
        return False
    return not require_mfa or bool(is_mfa_enabled(person))


def role_addresses(kind: str, *, centre: Centre | None = None, country: str = "") -> list[str]:
    """The email addresses of the active people holding centre role `kind` at `centre`, or at the centres of
    `country`: whom a workflow writes to (helpline staff, policy contacts)."""
    at: dict[str, Centre | str] = (
        {"centre_roles__centre": centre} if centre is not None else {"centre_roles__centre__country": country}
    )
    holders = User.objects.filter(centre_roles__role=kind, is_active=True, **at)
    return list(holders.values_list("email", flat=True).distinct())
