from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from django.conf import settings
from django.core.mail.backends.base import BaseEmailBackend
from django.core.mail.message import EmailMessage
from django.utils import timezone
from django.utils.crypto import get_random_string


def mail_dir() -> Path:
    path = Path(settings.BIK_MAIL_DIR)
    path.mkdir(parents=True, exist_ok=True)
    return path


class MailDirBackend(BaseEmailBackend):
    """Writes one RFC 5322 .eml file per message, named so that a directory listing sorts by time."""

    def send_messages(self, email_messages: Sequence[EmailMessage]) -> int:
        directory = mail_dir()
        sent = 0
        for message in email_messages:
            stamp = timezone.now().strftime("%Y%m%dT%H%M%S%f")
            slug = re.sub(r"[^a-z0-9]+", "-", str(message.subject).lower()).strip("-")[:40] or "message"
            path = directory / f"{stamp}-{get_random_string(4).lower()}-{slug}.eml"
            path.write_bytes(message.message().as_bytes(linesep="\n"))
            sent += 1
        return sent
