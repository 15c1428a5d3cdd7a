"""The abstract audit entry. Plain values rather than foreign keys, so deleting an account or an item never
rewrites the log (a cascade or SET_NULL would be an update). Each concrete log adds a database trigger with
bik.audit.triggers.AppendOnlyTrigger in a migration."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from django.db import models
from django.utils import timezone

if TYPE_CHECKING:
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
