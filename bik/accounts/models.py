from __future__ import annotations

from typing import Any, ClassVar

from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.utils.translation import gettext_lazy as _


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def _create_user(self, email: str, password: str | None, **extra: Any) -> User:
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra: Any) -> User:
        extra.setdefault("is_staff", False)
        extra.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra)

    def create_superuser(self, email: str, password: str | None = None, **extra: Any) -> User:
        extra["is_staff"] = True
        extra["is_superuser"] = True
        return self._create_user(email, password, **extra)


class User(AbstractUser):
    """A person with an account. Signs in with an email address; `display_name` is what others see,
    so youth accounts can stay pseudonymous."""

    username = None  # type: ignore[assignment]
    email = models.EmailField(_("email address"), unique=True)
    display_name = models.CharField(
        _("display name"),
        max_length=60,
        blank=True,
        help_text=_("The name other people see. It does not have to be your real name."),
    )
    preferred_language = models.CharField(_("preferred language"), max_length=8, blank=True)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: ClassVar[list[str]] = []

    objects: ClassVar[UserManager] = UserManager()  # type: ignore[assignment]

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self) -> str:
        return self.public_name

    @property
    def public_name(self) -> str:
        return self.display_name or self.get_full_name() or self.email.split("@", 1)[0]

    @property
    def email_language(self) -> str:
        """The language emails to this person are written in: their preferred one if the platform speaks it,
        else the default (English)."""
        available = {code for code, _name in settings.LANGUAGES}
        return self.preferred_language if self.preferred_language in available else settings.LANGUAGE_CODE


def member_name(user: User | None, *, full: bool = False) -> str:
    """What others read as the author of something: the display name (or, with `full`, the real name where
    the space shows real names), and "deleted member" once the account is gone — leaving deletes the person,
    not what they wrote in shared spaces."""
    if user is None:
        return str(_("deleted member"))
    if full:
        return user.get_full_name() or user.public_name
    return user.public_name
