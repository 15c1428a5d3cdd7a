from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import ngettext


class MaximumLengthValidator:
    """Allow long pass-phrases (OWASP ASVS 2.1.2 asks for at least 128) but refuse absurd lengths that
    would only make hashing expensive."""

    def __init__(self, max_length: int = 1024) -> None:
        self.max_length = max_length

    def validate(self, password: str, user: Any = None) -> None:
        if len(password) > self.max_length:
            raise ValidationError(
                ngettext(
                    "This password is too long. It must contain at most %(max_length)d character.",
                    "This password is too long. It must contain at most %(max_length)d characters.",
                    self.max_length,
                ),
                code="password_too_long",
                params={"max_length": self.max_length},
            )

    def get_help_text(self) -> str:
        return ngettext(
            "Your password can be up to %(max_length)d character long.",
            "Your password can be up to %(max_length)d characters long; a long pass-phrase is good.",
            self.max_length,
        ) % {"max_length": self.max_length}
