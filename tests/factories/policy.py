"""The national policy contacts, who answer their country's yearly policy questionnaire."""

from __future__ import annotations

from bik.accounts.roles import Role
from bik.network.models import CentreRole
from tests.factories.network import CentrePersonFactory


class PolicyContactFactory(CentrePersonFactory):
    """The policy contact of Belgium (`country` picks another country's centre), with the second factor the role
    must have (`mfa=False` for one who has not set it up yet)."""

    class Params:
        role = Role.POLICY_CONTACT
        mfa = True
        kind = CentreRole.Kind.POLICY_CONTACT
