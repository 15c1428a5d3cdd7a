"""The people of the helplines' statistics: each helpline's staff, who enter its figures, and the network's
coordinators, who review and lock them."""

from __future__ import annotations

from bik.accounts.roles import Role
from bik.network.models import CentreRole, Strand
from tests.factories.accounts import UserFactory
from tests.factories.network import CentrePersonFactory


class HelplineStaffFactory(CentrePersonFactory):
    """Someone of Belgium's helpline (`country` picks another) who enters its quarterly statistics."""

    class Params:
        role = Role.HELPLINE_STAFF
        kind = CentreRole.Kind.HELPLINE_STAFF
        strand = Strand.HELPLINE


class StatisticsCoordinatorFactory(UserFactory):
    """A coordinator of the network's statistics, with the second factor the role must have (`mfa=False` for
    one who has not set it up yet). The role belongs to no centre."""

    class Params:
        role = Role.STATISTICS_COORDINATOR
        mfa = True
