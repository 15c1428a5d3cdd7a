"""Who moderates which queue. A domain that uses the engine registers a policy for its space keys' prefix
(the youth area registers "youth-"); moderators and network admins may moderate every space."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from allauth.mfa.models import Authenticator
from allauth.mfa.utils import is_mfa_enabled
from django.contrib.auth.models import AnonymousUser, Group
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy

from bik.accounts.models import User
from bik.accounts.roles import Role, has_role


@dataclass(frozen=True)
class SpacePolicy:
    prefix: str
    # May this (non-moderator) user moderate the space with this key?
    can_moderate: Callable[[User, str], bool]
    # The space keys this user coordinates, for the list of queues.
    coordinated_keys: Callable[[User], list[str]]
    # Human names for space keys (asked for many at once, answered with one query), and the keys that exist.
    labels: Callable[[list[str]], dict[str, str]]
    all_keys: Callable[[], list[str]]
    # May this user see the space's content at all (to report it, say)?
    can_view: Callable[[User, str], bool]
    # The people told at once about an urgent item in the space (someone may be in danger).
    coordinators: Callable[[str], list[User]] = lambda _space_key: []


_POLICIES: dict[str, SpacePolicy] = {}


def register(policy: SpacePolicy) -> None:
    _POLICIES[policy.prefix] = policy


def policy_for(space_key: str) -> SpacePolicy | None:
    return next((p for prefix, p in _POLICIES.items() if space_key.startswith(prefix)), None)


def holds_moderator_role(user: User | AnonymousUser) -> bool:
    """Moderators, network admins and superusers: the people who moderate every space once they have a second
    factor."""
    if not isinstance(user, User) or not user.is_authenticated:
        return False
    return bool(user.is_superuser or has_role(user, Role.MODERATOR) or has_role(user, Role.NETWORK_ADMIN))


def is_global_moderator(user: User | AnonymousUser) -> bool:
    """Someone who moderates every space. Queues hold what young people wrote before anyone else reads it (a
    phone number, a school), so the role counts only with a second factor set up, as for youth coordinators;
    asked once per user object."""
    if not isinstance(user, User):
        return False
    known: bool | None = user.__dict__.get("_bik_global_moderator")
    if known is None:
        known = holds_moderator_role(user) and bool(is_mfa_enabled(user))
        user.__dict__["_bik_global_moderator"] = known
    return known


def global_moderators() -> list[User]:
    """Every active user `is_global_moderator` holds for, in one query."""
    in_role = Group.objects.filter(user=OuterRef("pk"), name__in=[Role.MODERATOR.value, Role.NETWORK_ADMIN.value])
    second_factor = Authenticator.objects.filter(user=OuterRef("pk"))
    people = User.objects.filter(Q(is_superuser=True) | Exists(in_role), Exists(second_factor), is_active=True)
    return list(people.order_by("pk"))


def moderator_lacks_second_factor(user: User | AnonymousUser) -> bool:
    """A moderator who has not set up a second factor yet: sent to set one up."""
    return holds_moderator_role(user) and not is_global_moderator(user)


MODERATOR_SECOND_FACTOR = gettext_lazy("Moderators must set up two-factor authentication first.")


def can_moderate(user: User | AnonymousUser, space_key: str) -> bool:
    if not isinstance(user, User) or not user.is_authenticated:
        return False
    policy = policy_for(space_key)
    if policy is None:
        return False
    return is_global_moderator(user) or policy.can_moderate(user, space_key)


def space_label(space_key: str) -> str:
    return space_labels([space_key])[space_key]


def space_labels(space_keys: list[str]) -> dict[str, str]:
    """A human name for each key, one question per policy rather than per key."""
    found = {key: key for key in space_keys}
    for prefix, policy in _POLICIES.items():
        mine = [key for key in space_keys if key.startswith(prefix)]
        if mine:
            found.update(policy.labels(mine))
    return found


def moderated_keys(user: User | AnonymousUser) -> list[str]:
    """Every space key whose queue `user` may open."""
    if not isinstance(user, User) or not user.is_authenticated:
        return []
    keys: list[str] = []
    for policy in _POLICIES.values():
        keys.extend(policy.all_keys() if is_global_moderator(user) else policy.coordinated_keys(user))
    return keys


def can_view(user: User | AnonymousUser, space_key: str) -> bool:
    if not isinstance(user, User) or not user.is_authenticated:
        return False
    policy = policy_for(space_key)
    return policy is not None and (can_moderate(user, space_key) or policy.can_view(user, space_key))


def coordinators(space_key: str) -> list[User]:
    """Who is emailed about an urgent item in the space: its coordinators who can open the item (a second factor
    set up), else the global moderators. An email to someone who cannot act on it would leave the item waiting."""
    policy = policy_for(space_key)
    named = policy.coordinators(space_key) if policy else []
    people = [person for person in named if can_moderate(person, space_key)]
    if not people:
        people = global_moderators()
    return [person for person in people if person.is_active and person.email]
