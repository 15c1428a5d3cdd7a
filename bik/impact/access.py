"""Who may do what with the impact figures: a centre's reporters log its activities; a centre's staff see the
downloads of its resources; network admins see the network's figures and set the targets. Every staff role
signs in with a second factor; everyone else is refused."""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser

from bik.accounts.models import User
from bik.network import access
from bik.network.access import is_network_admin
from bik.network.models import Centre, CentreRole

__all__ = ["STAFF_KINDS", "is_network_admin", "needs_second_factor", "reporting_centres", "staff_centres"]

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
    return access.lacks_second_factor(user, STAFF_KINDS) or (
        is_network_admin(user, require_mfa=False) and not is_network_admin(user)
    )
