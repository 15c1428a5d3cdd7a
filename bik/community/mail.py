"""Emails to members, each in the recipient's own language, sent once the decision behind them is committed."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.functional import Promise

from bik.accounts.models import User
from bik.outbox.services import send_on_commit


def language_of(user: User | None) -> str:
    return user.email_language if user is not None else settings.LANGUAGE_CODE


def absolute(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def send_to(
    recipient: User | str, subject: str | Promise, template: str, context: Mapping[str, Any], *, language: str = ""
) -> None:
    """Render `community/email/<template>.txt` in the recipient's language; send it after commit."""
    user = recipient if isinstance(recipient, User) else None
    address = recipient.email if isinstance(recipient, User) else recipient
    with translation.override(language or language_of(user)):
        body = render_to_string(f"community/email/{template}.txt", {**context, "recipient": user})
        send_on_commit(to=address, subject=settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + str(subject), body=body)
