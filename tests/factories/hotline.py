"""The hotlines' analysts, who see the reports made to their centre's hotline."""

from __future__ import annotations

from bik.accounts.roles import Role
from bik.network.models import CentreRole, Strand
from tests.factories.network import CentrePersonFactory


class HotlineAnalystFactory(CentrePersonFactory):
    """An analyst of Belgium's hotline (`country` picks another), with the second factor analysts must have
    (`mfa=False` for one who has not set it up yet)."""

    class Params:
        role = Role.HOTLINE_ANALYST
        mfa = True
        kind = CentreRole.Kind.HOTLINE_ANALYST
        strand = Strand.HOTLINE
