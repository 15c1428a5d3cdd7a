"""Who may do what with the impact figures: a centre's reporters log its activities; a centre's staff see the
downloads of its resources; network admins and statistics (network) coordinators see the network's figures and
export them; only network admins set the targets. Every staff role
signs in with a second factor; everyone else is refused."""

from __future__ import annotations

from allauth.mfa.utils import is_mfa_enabled
from django.contrib.auth.models import AnonymousUser

from bik.accounts.models import User
from bik.accounts.roles import Role, has_role
from bik.network import access
from bik.network.access import is_network_admin
from bik.network.models import Centre, CentreRole

__all__ = [
    "STAFF_KINDS",
    "can_see_network_figures",
    "is_network_admin",
    "needs_second_factor",
    "reporting_centres",
    "staff_centres",
]

# The centre roles that make someone part of a centre's staff (a youth coordinator works with young people).
STAFF_KINDS = (
    CentreRole.Kind.MEMBER,
    CentreRole.Kind.COORDINATOR,
    CentreRole.Kind.HOTLINE_ANALYST,
    CentreRole.Kind.CENTRE_REPORTER,
)


def reporting_centres(user: User | AnonymousUser) -> list[Centre]:
    """The centres whose activities this person logs."""
    return access.centres_with_role(user, (CentreRole.Kind.CENTRE_REPORTER,))


def staff_centres(user: User | AnonymousUser) -> list[Centre]:
    """The centres this person works for (who may see their resources' downloads)."""
    return access.centres_with_role(user, STAFF_KINDS)


def needs_second_factor(user: User | AnonymousUser) -> bool:
    """Someone with an impact role who has not set up a second factor yet."""
    person = access.signed_in(user)
    if person is None or is_mfa_enabled(person):
        return False
    return (
        is_network_admin(person, require_mfa=False)
        or has_role(person, Role.STATISTICS_COORDINATOR)
        or access.holds_centre_role(person, STAFF_KINDS)
    )


def can_see_network_figures(user: User | AnonymousUser) -> bool:
    """The network's KPI page and its CSV export: network admins and the network's (statistics) coordinators."""
    person = access.signed_in(user)
    if person is None:
        return False
    if is_network_admin(person):
        return True
    return has_role(person, Role.STATISTICS_COORDINATOR) and bool(is_mfa_enabled(person))
