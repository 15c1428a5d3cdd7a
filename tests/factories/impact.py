"""The centres' reporters, who log their centre's activities and reach for the network's impact figures."""

from __future__ import annotations

from bik.accounts.roles import Role
from bik.network.models import CentreRole
from tests.factories.network import CentrePersonFactory


class CentreReporterFactory(CentrePersonFactory):
    """The reporter of Belgium's centre (`country` picks another), with the second factor the role must have
    (`mfa=False` for one who has not set it up yet)."""

    class Params:
        role = Role.CENTRE_REPORTER
        mfa = True
        kind = CentreRole.Kind.CENTRE_REPORTER
