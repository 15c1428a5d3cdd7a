"""What a person can do with their own account beyond signing in: export and delete it."""

from __future__ import annotations

from typing import Any

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.usersessions.models import UserSession
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils import timezone

from bik.accounts import export, leaving
from bik.accounts.models import User
from bik.network.models import CentreRole


def export_user_data(user: User) -> dict[str, Any]:
    """Everything the platform holds about `user`, as JSON-ready data (secrets such as password hashes
    and TOTP seeds are described, never included)."""
    return {
        "exported_at": timezone.now().isoformat(),
        "account": {
            "email": user.email,
            "display_name": user.display_name,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "preferred_language": user.preferred_language,
            "date_joined": user.date_joined.isoformat(),
            "last_login": user.last_login.isoformat() if user.last_login else None,
        },
        "email_addresses": [
            {"email": a.email, "verified": a.verified, "primary": a.primary}
            for a in EmailAddress.objects.filter(user=user).order_by("email")
        ],
        "roles": sorted(group.name for group in user.groups.all()),
        "centre_roles": [
            {"country": r.centre.country.code, "centre": r.centre.name, "role": r.role, "strand": r.strand}
            for r in CentreRole.objects.filter(user=user).select_related("centre").order_by("centre__country")
        ],
        "two_factor_methods": sorted(a.type for a in Authenticator.objects.filter(user=user)),
        "sessions": [
            {
                "ip": s.ip,
                "user_agent": s.user_agent,
                "created_at": s.created_at.isoformat(),
                "last_seen_at": s.last_seen_at.isoformat(),
            }
            for s in UserSession.objects.filter(user=user).order_by("-last_seen_at")
        ],
        # What each domain holds (youth profile and posts, reports, ...): see bik/accounts/export.py.
        **export.sections(user),
    }


@transaction.atomic
def delete_account(user: User) -> None:
    """Remove the account and what is only theirs (profile, memberships, follows, answers, sessions, so other
    devices are signed out). What they wrote in shared spaces stays, shown as "deleted member", and nobody
    else's data goes with them (see bik/accounts/leaving.py)."""
    for session in UserSession.objects.filter(user=user):
        session.end()
    leaving.run(user)
    user.delete()


def equal_password_work(password: str) -> None:
    """Hash `password` and forget the result: the work a new account's password costs, done on the path for
    an address that already has an account, so both answers take the same time. The password itself never
    goes to the task queue."""
    make_password(password)
