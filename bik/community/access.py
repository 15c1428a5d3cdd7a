"""Who may enter the community, and the one decorator every community view goes through.

Deny by default: anonymous visitors are sent to sign in; signed-in people without an approved membership get a
"members only" page (403) on index pages and a 404 on any object URL, so nobody learns what exists. Members must
have a second factor. Access is read from the database on every request, so a revoked membership locks the
person out at their next click. Responses are never cached by browsers or proxies."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db import models, transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from bik.accounts.gates import private, set_up_second_factor
from bik.accounts.models import User
from bik.accounts.roles import Role, has_role
from bik.community.models import Membership
from bik.moderation import spaces as moderation_spaces
from bik.network.models import Centre, CentreRole

R = TypeVar("R", bound=models.Model)
D = TypeVar("D")

FORUMS_SPACE = "community-forums"
BLOGS_SPACE = "community-blogs"
_SPACE_LABELS = {FORUMS_SPACE: gettext_lazy("Community forums"), BLOGS_SPACE: gettext_lazy("Community blogs")}


def _signed_in(user: User | AnonymousUser) -> User | None:
    return user if isinstance(user, User) and user.is_authenticated and user.is_active else None


def remembered(user: User | AnonymousUser, name: str, compute: Callable[[], bool]) -> bool:
    """A right of `user` (`name`: "member", "moderator", "post"…) worked out once per user object: the
    community's gate and then the view's own checks ask the same questions. Views get a fresh `request.user` on
    every request, so a changed role or a revoked membership counts from the next request on."""
    if not isinstance(user, User):
        return compute()
    rights: dict[str, bool] = user.__dict__.setdefault("_bik_community_rights", {})
    if name not in rights:
        rights[name] = compute()
    return rights[name]


def is_member(user: User | AnonymousUser) -> bool:
    """An approved member of the community."""
    person = _signed_in(user)
    if person is None:
        return False
    return remembered(person, "member", lambda: Membership.objects.approved().filter(user=person).exists())


def is_community_staff(user: User | AnonymousUser) -> bool:
    """Moderators (reports), editors (promoting blog posts) and network admins (approvals) may read the
    community without a membership of their own."""
    person = _signed_in(user)
    if person is None:
        return False
    return bool(
        person.is_superuser
        or person.groups.filter(name__in=(Role.MODERATOR.value, Role.EDITOR.value, Role.NETWORK_ADMIN.value)).exists()
    )


def can_enter(user: User | AnonymousUser) -> bool:
    return is_member(user) or is_community_staff(user)


def is_network_admin(user: User | AnonymousUser) -> bool:
    person = _signed_in(user)
    return person is not None and (person.is_superuser or has_role(person, Role.NETWORK_ADMIN))


def approvable_centres(user: User | AnonymousUser) -> list[Centre]:
    """The centres whose membership requests this person decides: every centre for network admins, their own
    centre for a centre coordinator who is an approved member."""
    person = _signed_in(user)
    if person is None:
        return []
    if is_network_admin(person):
        return list(Centre.objects.order_by("country"))
    if not is_member(person):
        return []
    return list(
        Centre.objects.filter(roles__user=person, roles__role=CentreRole.Kind.COORDINATOR)
        .distinct()
        .order_by("country")
    )


def can_approve(user: User | AnonymousUser, centre: Centre) -> bool:
    return any(candidate.pk == centre.pk for candidate in approvable_centres(user))


def can_see_membership(user: User | AnonymousUser, membership: Membership) -> bool:
    """An approved membership is seen by everyone in the community; a request (pending, declined or revoked)
    only by whoever decides on it — never its name, role or centre by other members."""
    return membership.status == Membership.Status.APPROVED or can_approve(user, membership.centre)


def mfa_required() -> bool:
    return settings.COMMUNITY_MFA_REQUIRED


ViewFunction = Callable[..., HttpResponse]


def community_view(view: ViewFunction | None = None, *, object_view: bool = False) -> Any:
    """Wrap a community view. `object_view=True` for URLs that name one thing (a thread, a file, a member):
    outsiders get a 404 there instead of the members-only page."""

    def decorate(function: ViewFunction) -> ViewFunction:
        @functools.wraps(function)
        def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            user = _signed_in(request.user)
            if user is None:
                return private(redirect_to_login(request.get_full_path()))
            if not can_enter(user):
                if object_view:
                    raise Http404
                return private(render(request, "community/members_only.html", status=403))
            if mfa_required() and not is_mfa_enabled(user):
                warning = _("Community members must set up two-factor authentication first.")
                return private(set_up_second_factor(request, warning))
            return private(function(request, *args, **kwargs))

        return wrapper

    if view is not None:
        return decorate(view)
    return decorate


def signed_in_user(request: HttpRequest) -> User:
    """The member behind a request that `community_view` let through."""
    user = _signed_in(request.user)
    if user is None:
        raise Http404
    return user


def register_moderation_policy() -> None:
    """Reports on community posts and comments go to the platform's moderators and network admins."""
    moderation_spaces.register(
        moderation_spaces.SpacePolicy(
            prefix="community-",
            can_moderate=lambda _user, _key: False,  # beyond moderators and network admins: nobody
            coordinated_keys=lambda _user: [],
            labels=lambda keys: {key: str(_SPACE_LABELS.get(key, key)) for key in keys},
            all_keys=lambda: list(_SPACE_LABELS),
            can_view=lambda user, _key: can_enter(user),
        )
    )


@transaction.atomic
def save_details(
    user: User,
    record: R,
    details: D,
    *,
    may: Callable[[User], bool],
    check: Callable[[D], None],
    apply: Callable[[R, D], None],
) -> R:
    """Create or update `record` (a meeting, a competition round, …) from an organiser's `details`: refused
    unless `may(user)`, the details checked (`check` raises the space's own error) before `apply` copies them."""
    if not may(user):
        raise PermissionDenied
    check(details)
    apply(record, details)
    record.save()
    return record
