"""The names moderators read for the screen's reason codes (the codes themselves live in screen.py)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from bik.moderation import screen

REASON_LABELS = {
    screen.PHONE: _("Phone number"),
    screen.EMAIL: _("Email address"),
    screen.ADDRESS: _("Street address or school"),
    screen.SOCIAL_HANDLE: _("Social media account"),
    screen.LINK: _("Link"),
    screen.PRIVATE_CHANNEL: _("Move to a private chat"),
    screen.MEET_UP: _("Meeting up"),
    screen.SECRECY: _("Keeping secrets"),
    screen.IMAGE_REQUEST: _("Asking for images"),
    screen.GROOMING: _("Grooming signals"),
    screen.SEXUAL: _("Sexual content"),
    screen.INSULT: _("Insult or bullying"),
    screen.HATE: _("Hate against a group"),
    screen.SELF_HARM: _("Self-harm"),
    screen.ABUSE: _("Abuse"),
}


def reason_label(code: str) -> str:
    return str(REASON_LABELS.get(code, code))
