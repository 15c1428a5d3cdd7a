"""The community's part of a person's data export: their membership and what they wrote or sent there."""

from __future__ import annotations

from typing import Any

from bik.accounts.models import User
from bik.community.models import Membership


def export_user_data(user: User) -> dict[str, Any] | None:
    membership = Membership.objects.filter(user=user).select_related("centre").first()
    if membership is None:
        return None
    return {
        "membership": {
            "status": membership.status,
            "centre": membership.centre.name,
            "country": membership.centre.country.code,
            "strands": membership.strands,
            "role_in_centre": membership.job_title,
            "organisation": membership.organisation,
            "expertise": membership.expertise,
            "requested_at": membership.requested_at.isoformat(),
            "decided_at": membership.decided_at.isoformat() if membership.decided_at else None,
            "decision_reason": membership.decision_reason,
        },
    }
