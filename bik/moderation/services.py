"""What people do with moderated content: submit it (screened, pre- or post-moderated), report it, and
moderate it (approve, reject with a statement of reasons, request an edit, hide, warn, suspend). Every
moderator action and every report is written to the append-only audit log."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.contenttypes.models import ContentType
from django.contrib.contenttypes.prefetch import GenericPrefetch
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from bik.accounts.models import User
from bik.accounts.roles import Role, has_role
from bik.moderation import screen as screening
from bik.moderation import spaces, tasks
from bik.moderation.models import (
    FLAGGED_AUTHOR,
    Action,
    ActorRole,
    AuditEntry,
    ModeratedContent,
    ModeratedItem,
    Report,
    Sanction,
    Status,
)
from bik.moderation.screen import Allowlist, ScreenResult
from bik.outbox.services import enqueue_on_commit


def premoderated_first_posts() -> int:
    return settings.BIK_MODERATION_PREMODERATED_POSTS


class RateLimitError(Exception):
    """Too many actions of one kind in the current window."""


class Suspended(PermissionDenied):
    """The account is suspended from posting."""


def check_rate_limit(user: User, action: str, limit: tuple[int, int]) -> None:
    """Count one `action` by `user` in a fixed window held in the cache; refuse beyond the limit."""
    allowed, window = limit
    key = f"moderation:rate:{action}:{user.pk}"
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
        count = 1
    if count > allowed:
        raise RateLimitError(action)


def _role_of(actor: User | None, action: str, item: ModeratedItem | None) -> ActorRole:
    if actor is None:
        return ActorRole.SCREEN
    if action == "reported":
        return ActorRole.REPORTER
    if item is not None and item.author_id == actor.pk and action in ("edited", "resubmitted", "deleted_by_author"):
        return ActorRole.AUTHOR
    return ActorRole.MODERATOR


def audit(
    actor: User | None,
    action: str,
    *,
    item: ModeratedItem | None = None,
    subject: User | None = None,
    reason: str = "",
    role: ActorRole | None = None,
) -> AuditEntry:
    """Append one entry. The actor is kept by id and role only (see AuditEntry); `reason` must not copy
    what a member wrote (a report's details stay in the report)."""
    return AuditEntry.objects.create(
        actor_id=actor.pk if actor else None,
        actor_role=role or _role_of(actor, action, item),
        action=action,
        item_id=item.pk if item else None,
        space_key=item.space_key if item else "",
        subject_user_id=(subject.pk if subject else (item.author_id if item else None)),
        reason=reason,
    )


@dataclass(frozen=True)
class AuditRow:
    """An audit entry as a reader sees it: who acted, named at read time."""

    entry: AuditEntry
    actor: str


def actor_label(actor_id: int | None, role: str, names: dict[int, str]) -> str:
    """ "BlueFox27 (moderator)", "deleted member #12 (author)" or "automatic screen"."""
    role_label = ActorRole(role).label if role in ActorRole.values else role
    if actor_id is None:
        return str(role_label)
    name = names.get(actor_id) or _("deleted member #%(number)s") % {"number": actor_id}
    return _("%(name)s (%(role)s)") % {"name": name, "role": role_label}


def audit_rows(entries: Iterable[AuditEntry]) -> list[AuditRow]:
    """Entries with their actors' current public names (one query): the log stores ids only, so an account
    deleted since reads "deleted member #N"."""
    listed = list(entries)
    ids = {entry.actor_id for entry in listed if entry.actor_id is not None}
    names = {user.pk: user.public_name for user in User.objects.filter(pk__in=ids)}
    return [AuditRow(entry, actor_label(entry.actor_id, entry.actor_role, names)) for entry in listed]


def active_suspension(user: User) -> Sanction | None:
    return running_suspensions().filter(user=user).first()


def running_suspensions(now: dt.datetime | None = None) -> models.QuerySet[Sanction]:
    now = now or timezone.now()
    return Sanction.objects.filter(kind=Sanction.Kind.SUSPENSION, lifted_at__isnull=True).filter(
        models.Q(until__isnull=True) | models.Q(until__gt=now)
    )


@dataclass(frozen=True)
class Submission:
    item: ModeratedItem
    result: ScreenResult


def _require_writing(author: User) -> None:
    if active_suspension(author) is not None:
        raise Suspended(_("Your account is suspended from posting."))
    check_rate_limit(author, "post", settings.BIK_MODERATION_POST_RATE)


def _hold_reason(author: User, result: ScreenResult, *, trusted: bool, exclude: ModeratedItem | None = None) -> str:
    """Why new or changed text waits for a moderator ("" when it does not): the screen flagged it, or the
    author is still within their first pre-moderated posts."""
    if result.held:
        return "screen"
    if trusted:
        return ""
    published_before = ModeratedItem.objects.filter(author=author, status=Status.PUBLISHED)
    if exclude is not None:
        published_before = published_before.exclude(pk=exclude.pk)
    return "new_account" if published_before.count() < premoderated_first_posts() else ""


ALLOWLIST_CACHE_SECONDS = 10 * 60
GROOMING_WINDOW = dt.timedelta(days=7)
# Distinct grooming signals from one author in one conversation within the window that hold the post and
# flag the author (e.g. a question about age, then flattery, then secrecy).
GROOMING_SIGNALS_TO_FLAG = 3
_GROOMING_KINDS = frozenset(
    {
        *screening.WEAK_SIGNALS,
        screening.SECRECY,
        screening.PRIVATE_CHANNEL,
        screening.MEET_UP,
        screening.IMAGE_REQUEST,
        screening.GROOMING,
        screening.SEXUAL,
    }
)
GROOMING_RISK = "grooming_risk"


def screen_allowlist() -> Allowlist:
    """The helpline numbers and websites of the network's centres: never held as contact details."""
    cached = cache.get("moderation:screen-allowlist")
    if isinstance(cached, Allowlist):
        return cached
    from bik.network.models import Service  # the network's directory; imported late to keep apps independent

    numbers: set[str] = set()
    domains: set[str] = set()
    for phone, website in Service.objects.values_list("phone", "website"):
        digits = "".join(char for char in phone if char.isdigit())
        if digits:
            numbers.update({digits, digits.removeprefix("00"), digits.lstrip("0")})
        host = website.split("//", 1)[-1].split("/", 1)[0].lower().removeprefix("www.")
        if host:
            domains.add(host)
    allowlist = Allowlist(frozenset(numbers), frozenset(domains))
    cache.set("moderation:screen-allowlist", allowlist, ALLOWLIST_CACHE_SECONDS)
    return allowlist


def screen(text: str, language: str | None, also: tuple[str | None, ...] = ()) -> ScreenResult:
    """The screen with the centres' helplines allowed: what every moderated text goes through."""
    return screening.screen(text, language, also=also, allow=screen_allowlist())


def grooming_signals(author: User, space_key: str, conversation: str, now: dt.datetime) -> set[str]:
    """The grooming signals in the author's recent messages of one conversation."""
    seen: set[str] = set()
    recent = ModeratedItem.objects.filter(
        author=author, space_key=space_key, conversation=conversation, created_at__gte=now - GROOMING_WINDOW
    ).values_list("screen_reasons", "screen_signals")
    for reasons, signals in recent:
        seen.update(_GROOMING_KINDS.intersection([*reasons, *signals]))
    return seen


def screen_and_create_item(
    author: User,
    content_type: ContentType,
    space_key: str,
    text: str,
    language: str | None,
    *,
    trusted: bool = False,
    also: tuple[str | None, ...] = (),
    conversation: str = "",
) -> Submission:
    """Screen `text` and open the moderation record for new content (its object id is set by `attach`).

    Held when the screen flags it, or while the author is within their first pre-moderated posts; trusted
    authors (the space's coordinators) are only held when the screen flags them. Grooming signals that are
    weak alone are added up over the author's recent messages in the same conversation: enough of them hold
    the text with the grooming reason and flag the author for the coordinators."""
    _require_writing(author)
    result = screen(text, language, also)
    now = timezone.now()
    flag_author = False
    own = _GROOMING_KINDS.intersection([*result.reasons, *result.signals])
    if own:
        seen = own | grooming_signals(author, space_key, conversation, now)
        if len(seen) >= GROOMING_SIGNALS_TO_FLAG:
            flag_author = True
            reasons = {*result.reasons, screening.GROOMING}
            result = ScreenResult(tuple(r for r in screening.ALL_REASONS if r in reasons), result.signals)
    held_because = GROOMING_RISK if flag_author else _hold_reason(author, result, trusted=trusted)
    item = ModeratedItem(
        content_type=content_type,
        object_id=None,
        space_key=space_key,
        author=author,
        status=Status.HELD if held_because else Status.PUBLISHED,
        screen_reasons=list(result.reasons),
        screen_signals=list(result.signals),
        held_because=held_because,
        conversation=conversation,
        urgent=result.urgent,
        created_at=now,
        queued_at=now,
    )
    return Submission(item=item, result=result)


def attach(submission: Submission, object_id: int) -> ModeratedItem:
    item = submission.item
    item.object_id = object_id
    item.save()
    if item.status == Status.HELD:
        audit(None, "held", item=item, reason=", ".join(item.screen_reasons) or item.held_because)
    if item.held_because == GROOMING_RISK:
        audit(None, FLAGGED_AUTHOR, item=item, reason=GROOMING_RISK)
    if item.urgent:
        # The coordinators are emailed once the post is stored, never for a write that was rolled back.
        item_id = item.pk
        enqueue_on_commit(tasks.send_urgent_alert, item_id)
    return item


def flagged_authors(space_key: str, since: dt.timedelta = dt.timedelta(days=30)) -> list[User]:
    """Authors the screen flagged in a space recently (their messages added up to a grooming risk)."""
    ids = (
        AuditEntry.objects.filter(action=FLAGGED_AUTHOR, space_key=space_key, created_at__gte=timezone.now() - since)
        .values_list("subject_user_id", flat=True)
        .distinct()
    )
    return list(User.objects.filter(pk__in=list(ids)).order_by("display_name", "pk"))


def resubmit(
    item: ModeratedItem, author: User, text: str, language: str | None, also: tuple[str | None, ...] = ()
) -> ScreenResult:
    """After an edit the author was asked for: screen again and go back to the queue."""
    if item.author_id != author.pk or item.status not in (Status.CHANGES_REQUESTED, Status.HELD):
        raise PermissionDenied
    result = screen(text, language, also)
    _screened_again(item, result, held_because="edited")
    audit(author, "resubmitted", item=item)
    return result


def rescreen(
    item: ModeratedItem,
    author: User,
    text: str,
    language: str | None,
    also: tuple[str | None, ...] = (),
    *,
    trusted: bool = False,
) -> ScreenResult:
    """Content its author changed on their own (a reply, a profile's "about me"): screened like new content.
    Held when the screen flags it or while the author is new; content still waiting for a moderator stays held
    (in its place in the queue), and content a moderator had stopped (rejected, hidden, edit requested) goes back
    to the queue rather than straight back to everyone."""
    if item.author_id != author.pk:
        raise PermissionDenied
    _require_writing(author)
    result = screen(text, language, also)
    if item.status in (Status.REJECTED, Status.HIDDEN, Status.CHANGES_REQUESTED):
        held_because = "edited"
    elif not text.strip():
        held_because = ""  # nothing left to read
    elif item.status == Status.HELD:
        held_because = item.held_because or "edited"  # no moderator has read it yet: changing it does not let it out
    else:
        held_because = _hold_reason(author, result, trusted=trusted, exclude=item)
    newly_held = _screened_again(item, result, held_because=held_because)
    audit(author, "edited", item=item)
    if newly_held:
        audit(None, "held", item=item, reason=", ".join(item.screen_reasons) or held_because)
    return result


def _screened_again(item: ModeratedItem, result: ScreenResult, *, held_because: str) -> bool:
    """What the screen found in changed content, as for new content: held (back in the queue) or published, and
    words that need someone at once alert the coordinators, once the change is stored. True when it was not
    waiting in the queue before and is now."""
    newly_urgent = result.urgent and not item.urgent
    waiting = item.status == Status.HELD  # keeps its place in the queue
    item.status = Status.HELD if held_because else Status.PUBLISHED
    item.screen_reasons = list(result.reasons)
    item.screen_signals = list(result.signals)
    item.urgent = item.urgent or result.urgent
    item.held_because = held_because
    fields = ["status", "screen_reasons", "screen_signals", "urgent", "held_because"]
    if held_because and not waiting:
        item.queued_at = timezone.now()
        fields.append("queued_at")
    item.save(update_fields=fields)
    if newly_urgent:
        enqueue_on_commit(tasks.send_urgent_alert, item.pk)
    return bool(held_because) and not waiting


# --- Visibility -----------------------------------------------------------------------------------------


def visible_filter(user: User | AnonymousUser, space_key: str, prefix: str = "moderation__") -> models.Q:
    """A filter for content models: published items, plus the viewer's own items in any state but hidden,
    plus everything for the space's moderators."""
    if isinstance(user, User) and spaces.can_moderate(user, space_key):
        return models.Q()
    condition = models.Q(**{f"{prefix}status": Status.PUBLISHED})
    if isinstance(user, User) and user.is_authenticated:
        condition |= models.Q(**{f"{prefix}author": user}) & ~models.Q(**{f"{prefix}status": Status.HIDDEN})
    return condition


def can_see(user: User | AnonymousUser, item: ModeratedItem) -> bool:
    if item.status == Status.PUBLISHED:
        return True
    if isinstance(user, User) and spaces.can_moderate(user, item.space_key):
        return True
    return isinstance(user, User) and item.author_id == user.pk and item.status != Status.HIDDEN


def may_report(user: User | AnonymousUser, item: ModeratedItem) -> bool:
    """Whoever may see the item's space and the item; and anyone signed in where the item is published for
    everyone beyond its space (a young person's resource in the public gallery)."""
    if spaces.can_view(user, item.space_key) and can_see(user, item):
        return True
    content = item.content_object
    return (
        isinstance(user, User)
        and user.is_authenticated
        and item.status == Status.PUBLISHED
        and isinstance(content, ModeratedContent)
        and content.shown_to_everyone()
    )


# --- Reports --------------------------------------------------------------------------------------------


def report(reporter: User, item: ModeratedItem, reason: str, details: str = "") -> Report:
    check_rate_limit(reporter, "report", settings.BIK_MODERATION_REPORT_RATE)
    created = Report.objects.create(item=item, reporter=reporter, reason=reason, details=details)
    if item.status == Status.PUBLISHED and not item.reports.filter(status=Report.State.OPEN).exclude(pk=created.pk):
        item.queued_at = timezone.now()
        item.save(update_fields=["queued_at"])
    audit(reporter, "reported", item=item, reason=reason)
    return created


def _close_reports(item: ModeratedItem, state: str, outcome: str) -> None:
    item.reports.filter(status=Report.State.OPEN).update(status=state, outcome=outcome, resolved_at=timezone.now())


# --- Moderator actions ----------------------------------------------------------------------------------


REASON_REQUIRED = frozenset({Action.REJECT, Action.REQUEST_EDIT, Action.HIDE, Action.WARN, Action.SUSPEND})
SUSPENSION_DAYS = 7


# What a content type does once a moderator decides about it (e.g. a resource made by young people is published
# in the gallery when approved): registered by the domain that owns the content, run inside the decision's
# transaction, so the decision and its effect are stored together or not at all.
DecisionHook = Callable[[ModeratedItem, str, User], None]
_DECISION_HOOKS: dict[type[models.Model], DecisionHook] = {}


def on_decision(model: type[models.Model], hook: DecisionHook) -> None:
    _DECISION_HOOKS[model] = hook


def _require_moderator(moderator: User, item: ModeratedItem) -> None:
    if not spaces.can_moderate(moderator, item.space_key):
        raise PermissionDenied


@transaction.atomic
def moderate(moderator: User, item: ModeratedItem, action: str, reason: str = "") -> ModeratedItem:
    """Apply one moderator action. The reason is the statement of reasons the author reads."""
    _require_moderator(moderator, item)
    reason = reason.strip()
    if action in REASON_REQUIRED and not reason:
        raise ValueError("A reason is required for this action.")
    now = timezone.now()
    if action == Action.APPROVE:
        item.status = Status.PUBLISHED
        _close_reports(item, Report.State.DISMISSED, reason or str(_("A moderator checked it: no rule was broken.")))
    elif action == Action.REJECT:
        item.status = Status.REJECTED
        _close_reports(item, Report.State.UPHELD, str(_("A moderator removed it.")))
    elif action == Action.REQUEST_EDIT:
        item.status = Status.CHANGES_REQUESTED
        _close_reports(item, Report.State.UPHELD, str(_("A moderator asked the author to change it.")))
    elif action == Action.HIDE:
        item.status = Status.HIDDEN
        _close_reports(item, Report.State.UPHELD, str(_("A moderator hid it.")))
    elif action in (Action.WARN, Action.SUSPEND):
        until = now + dt.timedelta(days=SUSPENSION_DAYS) if action == Action.SUSPEND else None
        kind = Sanction.Kind.SUSPENSION if action == Action.SUSPEND else Sanction.Kind.WARNING
        if item.author is not None:  # an author who left cannot be warned or suspended any more
            Sanction.objects.create(user=item.author, kind=kind, reason=reason, until=until, issued_by=moderator)
        if item.status == Status.HELD:
            item.status = Status.REJECTED
        elif item.status == Status.PUBLISHED:
            item.status = Status.HIDDEN
        _close_reports(item, Report.State.UPHELD, str(_("A moderator took action against the author.")))
    else:
        raise ValueError(f"Unknown action {action!r}")
    if action != Action.APPROVE or reason:
        item.decision_reason = reason
    item.decided_by = moderator
    item.decided_at = now
    item.save(update_fields=["status", "decision_reason", "decided_by", "decided_at"])
    hook = _DECISION_HOOKS.get(item.content_type.model_class() or models.Model)
    if hook is not None:
        hook(item, str(action), moderator)
    entry = audit(moderator, str(action), item=item, reason=reason)
    if action in REASON_REQUIRED:
        # The statement of reasons goes to the author once the decision is stored, never before.
        enqueue_on_commit(tasks.send_statement_of_reasons, entry.pk)
    return item


def can_lift_suspensions(user: User | AnonymousUser) -> bool:
    """Network admins (and superusers), with their second factor."""
    return (
        isinstance(user, User)
        and spaces.is_global_moderator(user)
        and (user.is_superuser or has_role(user, Role.NETWORK_ADMIN))
    )


class SuspensionError(Exception):
    """A suspension that cannot be lifted (already over or lifted)."""


@transaction.atomic
def lift_suspension(admin: User, sanction: Sanction, reason: str) -> Sanction:
    """End a running suspension early. Network admins only; the reason is written to the audit log and,
    once the change is stored, emailed to the member in their language."""
    if not can_lift_suspensions(admin):
        raise PermissionDenied
    reason = reason.strip()
    if not reason:
        raise ValueError("A reason is required to lift a suspension.")
    locked = Sanction.objects.select_for_update().select_related("user").get(pk=sanction.pk)
    if not running_suspensions().filter(pk=locked.pk).exists():
        raise SuspensionError(_("This suspension has already ended or been lifted."))
    locked.lifted_at = timezone.now()
    locked.lifted_by = admin
    locked.lift_reason = reason
    locked.save(update_fields=["lifted_at", "lifted_by", "lift_reason"])
    audit(admin, "lift_suspension", subject=locked.user, reason=reason)
    enqueue_on_commit(tasks.send_suspension_lifted, locked.pk)
    return locked


def has_open_report(item: ModeratedItem) -> bool:
    return item.reports.filter(status=Report.State.OPEN).exists()


@transaction.atomic
def delete_by_author(author: User, item: ModeratedItem) -> None:
    """The writer deletes what they wrote: the item and its content go (the audit log keeps its plain entry). Not
    while a report about it waits for a moderator: it may be what keeps someone safe."""
    if item.author_id != author.pk:
        raise PermissionDenied
    if has_open_report(item):
        raise ValidationError(
            _("A moderator is looking at a report about this. You can delete it once they have decided.")
        )
    audit(author, "deleted_by_author", item=item)
    item.delete()


def with_pages(lookup: str = "content_object") -> GenericPrefetch[Any]:
    """Items' content fetched with what each one's get_absolute_url reads (ModeratedContent.page_related), so a
    list that links to them makes one query per kind of content, not one per link."""
    kinds = [model for model in apps.get_models() if issubclass(model, ModeratedContent)]
    return GenericPrefetch(lookup, [model._default_manager.select_related(*model.page_related) for model in kinds])


def decisions_about(author: User) -> models.QuerySet[ModeratedItem]:
    """The author's content a moderator decided against, newest decision first."""
    return (
        ModeratedItem.objects.filter(author=author, decided_at__isnull=False)
        .exclude(decision_reason="")
        .select_related("content_type")
        .prefetch_related(with_pages())
        .order_by("-decided_at", "-pk")
    )


def current_sanctions(user: User) -> list[Sanction]:
    """Warnings and suspensions of the last month, and suspensions still running."""
    now = timezone.now()
    recent = models.Q(created_at__gte=now - dt.timedelta(days=30)) | models.Q(until__gt=now)
    return list(Sanction.objects.filter(user=user).filter(recent).order_by("-created_at"))


# --- Queues ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class QueueSummary:
    space_key: str
    label: str
    waiting: int
    oldest: dt.datetime | None
    urgent: int = 0


def queue(moderator: User, space_key: str) -> models.QuerySet[ModeratedItem]:
    if not spaces.can_moderate(moderator, space_key):
        raise PermissionDenied
    return (
        ModeratedItem.objects.in_queue()
        .filter(space_key=space_key)
        .select_related("author", "content_type")
        .prefetch_related("content_object")
        .order_by("-urgent", "queued_at", "pk")
    )


def queue_summaries(moderator: User) -> list[QueueSummary]:
    keys = spaces.moderated_keys(moderator)
    labels = spaces.space_labels(keys)
    rows = {
        row["space_key"]: row
        for row in ModeratedItem.objects.in_queue()
        .filter(space_key__in=keys)
        .values("space_key")
        .annotate(
            waiting=models.Count("pk", distinct=True),
            oldest=models.Min("queued_at"),
            urgent=models.Count("pk", filter=models.Q(urgent=True, status=Status.HELD), distinct=True),
        )
    }
    return [
        QueueSummary(
            space_key=key,
            label=labels[key],
            waiting=rows[key]["waiting"] if key in rows else 0,
            oldest=rows[key]["oldest"] if key in rows else None,
            urgent=rows[key]["urgent"] if key in rows else 0,
        )
        for key in keys
    ]


# --- Data export ----------------------------------------------------------------------------------------


def export_user_data(user: User) -> dict[str, object] | None:
    """The moderation engine's part of a person's data export (bik/accounts/export.py): the reports they made
    and what came of them, decisions about what they wrote, and warnings or suspensions."""
    reports = Report.objects.filter(reporter=user).select_related("item__content_type").order_by("created_at")
    decisions = decisions_about(user).prefetch_related(None)
    sanctions = Sanction.objects.filter(user=user).order_by("created_at")
    data: dict[str, object] = {
        "reports_made": [
            {
                "about": f"{r.item.content_type.model} #{r.item.object_id}",
                "reason": r.reason,
                "details": r.details,
                "status": r.status,
                "outcome": r.outcome,
                "created_at": r.created_at.isoformat(),
                "resolved_at": r.resolved_at.isoformat() if r.resolved_at else None,
            }
            for r in reports
        ],
        "decisions_about_my_content": [
            {
                "about": f"{item.content_type.model} #{item.object_id}",
                "status": item.status,
                "statement_of_reasons": item.decision_reason,
                "decided_at": item.decided_at.isoformat() if item.decided_at else None,
            }
            for item in decisions
        ],
        # Every line of the audit log about them or by them, with the other side named by role only.
        "audit_log": [
            {
                "at": entry.created_at.isoformat(),
                "action": entry.action,
                "actor": "you" if entry.actor_id == user.pk else entry.actor_role,
                "about_you": entry.subject_user_id == user.pk,
                "item": entry.item_id,
                "reason": entry.reason,
            }
            for entry in AuditEntry.objects.filter(
                models.Q(actor_id=user.pk) | models.Q(subject_user_id=user.pk)
            ).order_by("created_at", "pk")
        ],
        "sanctions": [
            {
                "kind": s.kind,
                "reason": s.reason,
                "until": s.until.isoformat() if s.until else None,
                "created_at": s.created_at.isoformat(),
                "lifted_at": s.lifted_at.isoformat() if s.lifted_at else None,
                "lift_reason": s.lift_reason,
            }
            for s in sanctions
        ],
    }
    return data if any(data.values()) else None
