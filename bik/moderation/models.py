"""The moderation state of any piece of user content, reports about it, sanctions and the audit log.

Design: each moderated content model (a youth post, a comment, later a community post) carries a one-to-one
link to a `ModeratedItem` through the abstract `ModeratedContent` mixin. The item holds the state (status,
screen reasons, the decision and its statement of reasons) and points back to its content with a generic
foreign key. So every queue is one table ordered by age, whatever the content types, while content lists
filter by `moderation__status` with a plain join (no generic-relation queries on hot paths).
"""

from __future__ import annotations

from typing import ClassVar

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from bik.audit.models import AuditEntryBase


class Status(models.TextChoices):
    HELD = "held", _("Held for review")
    PUBLISHED = "published", _("Published")
    REJECTED = "rejected", _("Rejected")
    HIDDEN = "hidden", _("Hidden")
    CHANGES_REQUESTED = "changes_requested", _("Edit requested")


class ModeratedItemQuerySet(models.QuerySet["ModeratedItem"]):
    def in_queue(self) -> ModeratedItemQuerySet:
        """Waiting for a moderator: held items and published items with an open report."""
        open_reports = Report.objects.filter(item=models.OuterRef("pk"), status=Report.State.OPEN)
        return self.annotate(has_open_report=models.Exists(open_reports)).filter(
            models.Q(status=Status.HELD) | models.Q(status=Status.PUBLISHED, has_open_report=True)
        )


class ModeratedItem(models.Model):
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    # Empty only for the moment between opening the record and saving the content it belongs to.
    object_id = models.PositiveBigIntegerField(null=True)
    content_object = GenericForeignKey("content_type", "object_id")
    # Which queue the item belongs to, e.g. "youth-fr"; a registered space policy says who moderates it.
    space_key = models.CharField(_("space"), max_length=60, db_index=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="moderated_items",
        verbose_name=_("author"),
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.HELD)
    screen_reasons = models.JSONField(_("screen reasons"), default=list, blank=True)
    # Weak grooming signals the screen saw (a question about age, flattery): added up across an author's
    # recent messages in one conversation.
    screen_signals = models.JSONField(_("screen signals"), default=list, blank=True)
    # The thread the content belongs to (a post's comments share one), "" for content addressed to the space.
    conversation = models.CharField(_("conversation"), max_length=60, blank=True)
    # Someone may be in danger (self-harm, abuse): first in the queue, and the coordinators are emailed.
    urgent = models.BooleanField(_("urgent"), default=False)
    held_because = models.CharField(_("held because"), max_length=30, blank=True)
    decision_reason = models.TextField(_("statement of reasons"), blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    created_at = models.DateTimeField(_("submitted at"), default=timezone.now, db_index=True)
    # When it (re-)entered the queue: the service level is measured from here.
    queued_at = models.DateTimeField(_("queued at"), default=timezone.now)

    objects: ClassVar[ModeratedItemQuerySet] = ModeratedItemQuerySet.as_manager()  # type: ignore[assignment]

    class Meta:
        constraints = [models.UniqueConstraint(fields=("content_type", "object_id"), name="one_item_per_content")]
        indexes = [
            models.Index(fields=("space_key", "status", "queued_at")),
            models.Index(fields=("author", "space_key", "created_at")),
        ]
        verbose_name = _("moderated item")
        verbose_name_plural = _("moderated items")

    def __str__(self) -> str:
        return f"{self.content_type.model} #{self.object_id} ({self.get_status_display()})"


class ModeratedContent(models.Model):
    """Mixin for content models that go through moderation. Subclasses provide `moderation_text()` (what a
    moderator reads) and `get_absolute_url()`."""

    # The item and its content live and die together (deleting an account removes both).
    moderation = models.OneToOneField(ModeratedItem, on_delete=models.CASCADE, related_name="+", editable=False)

    # What get_absolute_url reads beyond the row (select_related paths): a list of items fetches it with their
    # content (services.with_pages) instead of one query per link.
    page_related: ClassVar[tuple[str, ...]] = ()

    class Meta:
        abstract = True

    def moderation_text(self) -> str:
        raise NotImplementedError

    def shown_to_everyone(self) -> bool:
        """Published for everyone beyond its space (anyone signed in may then report it)."""
        return False


class Report(models.Model):
    """A user's report about an item. The reporter sees its state and the outcome note."""

    class Reason(models.TextChoices):
        BULLYING = "bullying", _("Bullying or insults")
        PERSONAL_DATA = "personal_data", _("Shares personal details")
        INAPPROPRIATE = "inappropriate", _("Inappropriate or sexual content")
        GROOMING = "grooming", _("Someone is asking me to meet or to talk in private")
        SELF_HARM = "self_harm", _("Someone may be in danger")
        SPAM = "spam", _("Spam or advertising")
        OTHER = "other", _("Something else")

    class State(models.TextChoices):
        OPEN = "open", _("Waiting for a moderator")
        UPHELD = "upheld", _("Action taken")
        DISMISSED = "dismissed", _("No rule broken")

    item = models.ForeignKey(ModeratedItem, on_delete=models.CASCADE, related_name="reports")
    # Empty once the reporter deleted their account: the report still counts for the item it is about.
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="reports_made"
    )
    reason = models.CharField(_("reason"), max_length=20, choices=Reason.choices)
    details = models.TextField(_("details"), max_length=1000, blank=True)
    status = models.CharField(_("status"), max_length=12, choices=State.choices, default=State.OPEN)
    outcome = models.TextField(_("what happened"), blank=True)
    created_at = models.DateTimeField(_("reported at"), default=timezone.now)
    resolved_at = models.DateTimeField(_("resolved at"), null=True, blank=True)

    class Meta:
        ordering = ("-created_at",)
        verbose_name = _("report")
        verbose_name_plural = _("reports")

    def __str__(self) -> str:
        return f"{self.get_reason_display()} — {self.item}"


class Sanction(models.Model):
    class Kind(models.TextChoices):
        WARNING = "warning", _("Warning")
        SUSPENSION = "suspension", _("Suspension")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="sanctions")
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    reason = models.TextField(_("reason"))
    until = models.DateTimeField(_("until"), null=True, blank=True)
    issued_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    # A network admin may lift a suspension early, with a reason (audited; the member is told).
    lifted_at = models.DateTimeField(_("lifted at"), null=True, blank=True)
    lifted_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    lift_reason = models.TextField(_("reason for lifting"), blank=True)

    class Meta:
        ordering = ("-created_at",)
        verbose_name = _("sanction")
        verbose_name_plural = _("sanctions")

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.user}"


class ActorRole(models.TextChoices):
    """In what capacity the actor of an audit entry acted."""

    SCREEN = "screen", _("automatic screen")
    AUTHOR = "author", _("author")
    REPORTER = "reporter", _("reporter")
    MODERATOR = "moderator", _("moderator")
    ADMIN = "admin", _("network admin")


class Action(models.TextChoices):
    """What a moderator decides about an item."""

    APPROVE = "approve", _("Approve (publish, or keep published and close reports)")
    REJECT = "reject", _("Reject")
    REQUEST_EDIT = "request_edit", _("Ask the author to edit")
    HIDE = "hide", _("Hide")
    WARN = "warn", _("Warn the author and hide it")
    SUSPEND = "suspend", _("Suspend the author and hide it")


# Logged when the screen holds a post from an author it flagged for the coordinators.
FLAGGED_AUTHOR = "flagged_author"


class AuditEntry(AuditEntryBase):
    """One line of the append-only audit log: who did what to which item, when and why.

    Pseudonymised: people are stored by account id and the role they acted in, never by name or email, and a
    report's own words stay in the report (only its reason code is logged). Names are looked up when the log
    is read, so once an account is deleted its entries read "deleted member #N" with nothing to rewrite.
    Plain values rather than foreign keys, so deleting an account or an item never rewrites the log (a
    cascade or SET_NULL would be an update). The database refuses updates too (see migration 0002)."""

    actor_role = models.CharField(max_length=20, choices=ActorRole.choices, editable=False)
    item_id = models.BigIntegerField(null=True, editable=False)
    space_key = models.CharField(max_length=60, blank=True, editable=False)
    subject_user_id = models.BigIntegerField(null=True, editable=False)
    reason = models.TextField(blank=True, editable=False)

    log_name = "moderation audit log"
    # The moderators' decisions as done (the form names them as choices), then what the screen, authors, reporters
    # and admins did.
    action_labels = {
        Action.APPROVE: _("Approved"),
        Action.REJECT: Status.REJECTED.label,
        Action.REQUEST_EDIT: Status.CHANGES_REQUESTED.label,
        Action.HIDE: Status.HIDDEN.label,
        Action.WARN: _("Author warned, content hidden"),
        Action.SUSPEND: _("Author suspended, content hidden"),
        "held": Status.HELD.label,
        FLAGGED_AUTHOR: _("Author flagged for the coordinators"),
        "edited": _("Edited by the author"),
        "resubmitted": _("Sent again by the author"),
        "reported": _("Reported"),
        "lift_suspension": _("Suspension lifted"),
        "deleted_by_author": _("Deleted by the author"),
    }

    class Meta(AuditEntryBase.Meta):
        default_permissions = ("view",)
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit log")

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.actor_role} #{self.actor_id}: {self.action}"
