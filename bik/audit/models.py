"""The abstract audit entry. Plain values rather than foreign keys, so deleting an account or an item never
rewrites the log (a cascade or SET_NULL would be an update). Each concrete log adds a database trigger with
bik.audit.triggers.AppendOnlyTrigger in a migration."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar

from django.db import models
from django.utils import timezone

if TYPE_CHECKING:
    from django.contrib.auth.base_user import AbstractBaseUser
    from django_stubs_ext import StrOrPromise

E = TypeVar("E", bound="AuditEntryBase")


class AppendOnlyError(ValueError):
    """Raised when code tries to change or remove an audit entry."""


class AppendOnlyQuerySet(models.QuerySet[E]):
    def update(self, **kwargs: Any) -> int:
        raise AppendOnlyError(self.model.refusal())

    def delete(self) -> tuple[int, dict[str, int]]:
        raise AppendOnlyError(self.model.refusal())


class AuditEntryBase(models.Model):
    created_at: models.DateTimeField[Any, Any] = models.DateTimeField(
        default=timezone.now, editable=False, db_index=True
    )
    actor_id: models.BigIntegerField[Any, Any] = models.BigIntegerField(null=True, editable=False)
    action: models.CharField[Any, Any] = models.CharField(max_length=40, editable=False)

    log_name: ClassVar[str] = "audit log"  # as the refusals name it: "The <log_name> is append-only."
    # What each action code means, in the reader's language: the logs show these words, the code stays in the row.
    action_labels: ClassVar[Mapping[str, StrOrPromise]] = {}

    objects: ClassVar[AppendOnlyQuerySet[Any]] = AppendOnlyQuerySet.as_manager()  # type: ignore[assignment]

    class Meta:
        abstract = True
        ordering = ("-created_at", "-pk")

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise AppendOnlyError(self.refusal())
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise AppendOnlyError(self.refusal())

    @classmethod
    def refusal(cls) -> str:
        return f"The {cls.log_name} is append-only."

    @property
    def action_label(self) -> str:
        """The action in words (the code itself for one this version does not know)."""
        return str(self.action_labels.get(self.action, self.action))


class SignedAuditEntryBase(AuditEntryBase):
    """A log of staff work that keeps who acted by name too (their email then), so that it still reads right
    once the account is gone. The moderation log does not: it is pseudonymised, and names its actors when read."""

    actor_name: models.CharField[Any, Any] = models.CharField(max_length=200, editable=False)

    class Meta(AuditEntryBase.Meta):
        abstract = True

    @classmethod
    def record(cls, actor: AbstractBaseUser, action: str, **values: Any) -> Self:
        """Append one entry for `actor`; `values` are the log's own fields."""
        entry = cls(actor_id=actor.pk, actor_name=actor.get_username(), action=action, **values)
        entry.save()
        return entry
