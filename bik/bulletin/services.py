"""What the bulletin does: subscriptions (double opt-in, consent, one-click unsubscribe, preferences), the
archive, and mailings (test sends, scheduling, starting, progress, bounces). Views, admin views, tasks and
the webhook all call these functions; the request glue (query strings, forms) stays in the views."""

from __future__ import annotations

import datetime as dt
import logging
import secrets
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core import signing
from django.core.cache import cache
from django.core.mail import EmailMultiAlternatives
from django.db import connection, transaction
from django.db.models import Count, Q, QuerySet
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Page

from bik.accounts.models import User
from bik.accounts.roles import Role, has_role, is_staff_member
from bik.bulletin import emails, sending
from bik.bulletin.models import (
    CONSENT_WORDING_VERSION,
    Audience,
    BulletinIndexPage,
    BulletinIssuePage,
    Delivery,
    Mailing,
    MailingContent,
    MemberOptOut,
    Subscriber,
)
from bik.outbox.services import enqueue_on_commit, send_message_on_commit
from bik.pages.numbers import strict_id

logger = logging.getLogger(__name__)

CONFIRM_SALT = "bik.bulletin.confirm"
CONFIRMATION_MAX_AGE = dt.timedelta(days=3)
# One confirmation email per address per interval: subscribing cannot be used to flood someone's inbox.
CONFIRMATION_INTERVAL = dt.timedelta(minutes=5)
# The unsubscribe token of test sends: its page says the message was a test and unsubscribes nobody.
TEST_TOKEN = "test"  # noqa: S105 -- not a secret
LANGUAGE_CODES = {code for code, _name in settings.LANGUAGES}


# --- Subscriptions --------------------------------------------------------------------------------------


def subscribe(email: str, language: str) -> None:
    """Start a subscription. Whatever the address's state, the visitor sees the same answer; only the
    address's owner learns more, by email. Consent is recorded when they confirm."""
    email = email.strip().lower()
    language = language if language in LANGUAGE_CODES else settings.LANGUAGE_CODE
    throttle_key = f"bulletin:confirm:{signing.Signer(salt='bik.bulletin.throttle').signature(email)}"
    if not cache.add(throttle_key, 1, timeout=int(CONFIRMATION_INTERVAL.total_seconds())):
        return
    with transaction.atomic():
        subscriber, _created = Subscriber.objects.get_or_create(email=email, defaults={"language": language})
        if subscriber.status == Subscriber.Status.CONFIRMED and subscriber.suppressed_at is None:
            _send_already_subscribed(subscriber)
            return
        subscriber.confirmation_nonce = secrets.token_hex(12)
        subscriber.confirmation_sent_at = timezone.now()
        if subscriber.status != Subscriber.Status.CONFIRMED:
            subscriber.language = language
            subscriber.status = Subscriber.Status.PENDING
        subscriber.save()
    _send_confirmation(subscriber)


def confirmation_token(subscriber: Subscriber) -> str:
    return signing.TimestampSigner(salt=CONFIRM_SALT).sign_object(
        {"s": subscriber.pk, "n": subscriber.confirmation_nonce}
    )


def _send_confirmation(subscriber: Subscriber) -> None:
    with translation.override(subscriber.language):
        url = emails.absolute(reverse("bulletin:confirm", kwargs={"token": confirmation_token(subscriber)}))
        context = {
            "confirm_url": url,
            "hours": int(CONFIRMATION_MAX_AGE.total_seconds() // 3600),
            "language": subscriber.language,
        }
        _send_simple(
            subscriber.email,
            _("Confirm your subscription to the BIK Bulletin"),
            "bulletin/email/confirm",
            context,
        )


def _send_already_subscribed(subscriber: Subscriber) -> None:
    with translation.override(subscriber.language):
        url = emails.preferences_url(emails.preferences_token(subscriber.pk), subscriber.language)
        _send_simple(
            subscriber.email,
            _("You are already subscribed to the BIK Bulletin"),
            "bulletin/email/already_subscribed",
            {"preferences_url": url, "language": subscriber.language},
        )


def _send_simple(to: str, subject: str, template: str, context: dict[str, Any]) -> None:
    message = EmailMultiAlternatives(
        subject=f"{settings.ACCOUNT_EMAIL_SUBJECT_PREFIX}{subject}",
        body=render_to_string(f"{template}.txt", context),
        to=[to],
    )
    message.attach_alternative(render_to_string(f"{template}.html", context), "text/html")
    # Queued, for a new, a pending and a confirmed address alike: the visitor's answer takes the same time.
    send_message_on_commit(message)


class InvalidLinkError(Exception):
    pass


def subscriber_for_confirmation(token: str) -> Subscriber:
    """The pending subscriber a confirmation link belongs to; InvalidLinkError if expired, used or forged."""
    try:
        payload = signing.TimestampSigner(salt=CONFIRM_SALT).unsign_object(
            token, max_age=CONFIRMATION_MAX_AGE.total_seconds()
        )
    except signing.BadSignature as exc:
        raise InvalidLinkError from exc
    subscriber = Subscriber.objects.filter(pk=payload.get("s")).first()
    if subscriber is None or not subscriber.confirmation_nonce or subscriber.confirmation_nonce != payload.get("n"):
        raise InvalidLinkError
    return subscriber


def confirm(token: str) -> Subscriber:
    """Confirm a subscription (double opt-in), recording consent; the link then stops working."""
    with transaction.atomic():
        subscriber = subscriber_for_confirmation(token)
        now = timezone.now()
        updated = Subscriber.objects.filter(pk=subscriber.pk, confirmation_nonce=subscriber.confirmation_nonce).update(
            status=Subscriber.Status.CONFIRMED,
            confirmation_nonce="",
            confirmed_at=now,
            consent_at=now,
            consent_wording_version=CONSENT_WORDING_VERSION,
            unsubscribed_at=None,
            suppressed_at=None,
            suppression_reason="",
        )
        if not updated:
            raise InvalidLinkError
    subscriber.refresh_from_db()
    return subscriber


def subscriber_for_preferences(token: str) -> Subscriber:
    try:
        value = signing.Signer(salt=emails.PREFERENCES_SALT).unsign(token)
    except signing.BadSignature as exc:
        raise InvalidLinkError from exc
    pk = strict_id(value[1:]) if value.startswith("s") else None
    subscriber = Subscriber.objects.filter(pk=pk).first() if pk is not None else None
    if subscriber is None:
        raise InvalidLinkError
    return subscriber


def change_language(subscriber: Subscriber, language: str) -> None:
    if language in LANGUAGE_CODES:
        Subscriber.objects.filter(pk=subscriber.pk).update(language=language)
        subscriber.language = language


def unsubscribe_subscriber(subscriber: Subscriber) -> None:
    Subscriber.objects.filter(pk=subscriber.pk).exclude(status=Subscriber.Status.UNSUBSCRIBED).update(
        status=Subscriber.Status.UNSUBSCRIBED, unsubscribed_at=timezone.now(), confirmation_nonce=""
    )


@dataclass(frozen=True)
class UnsubscribeTarget:
    delivery: Delivery | None
    test: bool = False

    @property
    def language(self) -> str:
        return self.delivery.language if self.delivery is not None else settings.LANGUAGE_CODE


def unsubscribe_target(token: str) -> UnsubscribeTarget:
    if token == TEST_TOKEN:
        return UnsubscribeTarget(delivery=None, test=True)
    try:
        value = signing.Signer(salt=emails.UNSUBSCRIBE_SALT).unsign(token)
    except signing.BadSignature as exc:
        raise InvalidLinkError from exc
    pk = strict_id(value[1:]) if value.startswith("d") else None
    if pk is None:
        raise InvalidLinkError
    delivery = Delivery.objects.filter(pk=pk).select_related("subscriber").first()
    if delivery is None:
        raise InvalidLinkError
    return UnsubscribeTarget(delivery=delivery)


def unsubscribe(token: str) -> UnsubscribeTarget:
    """One-click unsubscribe from a received message (RFC 8058): no confirmation, no sign-in. Idempotent."""
    target = unsubscribe_target(token)
    delivery = target.delivery
    if delivery is None:
        return target
    now = timezone.now()
    Delivery.objects.filter(pk=delivery.pk, unsubscribed_at__isnull=True).update(unsubscribed_at=now)
    if delivery.subscriber is not None:
        unsubscribe_subscriber(delivery.subscriber)
    elif delivery.user_id is not None:
        MemberOptOut.objects.get_or_create(user_id=delivery.user_id)
    return target


# --- Reading ---------------------------------------------------------------------------------------------


def may_read_issue(user: User | AnonymousUser, issue: BulletinIssuePage) -> bool:
    """Community updates are internal: SIC members and staff only. Public issues are for everyone."""
    if issue.audience != Audience.COMMUNITY:
        return True
    return isinstance(user, User) and (has_role(user, Role.SIC_MEMBER) or is_staff_member(user))


def archived_issues(index: BulletinIndexPage) -> QuerySet[BulletinIssuePage]:
    """Issues a visitor may read in the archive: live, public, for subscribers, and actually sent."""
    sent_keys = Mailing.objects.filter(status=Mailing.Status.SENT).values("issue_key")
    issues: QuerySet[BulletinIssuePage] = (
        BulletinIssuePage.objects.live()
        .public()
        .child_of(index)
        .filter(audience=Audience.SUBSCRIBERS, translation_key__in=sent_keys)
        .order_by("-issue_date", "-pk")
    )
    return issues


# --- Mailings --------------------------------------------------------------------------------------------


class MailingError(Exception):
    pass


def can_send(user: User, issue: BulletinIssuePage) -> bool:
    """Sending reaches every subscriber's inbox: it needs the right to publish the issue."""
    return bool(issue.permissions_for_user(user).can_publish())


def can_prepare(user: User, issue: BulletinIssuePage) -> bool:
    return bool(issue.permissions_for_user(user).can_edit())


def live_translations(issue: BulletinIssuePage) -> dict[str, BulletinIssuePage]:
    """The issue's published translations by language (the other languages' aliases are the English issue)."""
    pages = BulletinIssuePage.objects.filter(
        translation_key=issue.translation_key, live=True, alias_of__isnull=True
    ).select_related("locale")
    return {page.locale.language_code: page for page in pages}


def send_test(issue: BulletinIssuePage, user: User) -> None:
    """Send the issue, as it is now, to the editor themself (marked as a test, with inert links)."""
    if not can_prepare(user, issue):
        raise MailingError(_("You may not send this issue."))
    rendered = emails.render_issue(issue)
    factory = emails.MessageFactory(rendered, list_id="BIK Bulletin", test=True)
    message = factory.build(
        emails.Recipient(
            email=user.email, delivery_id=None, subscriber_id=None, message_key=f"bulletin-test.{secrets.token_hex(8)}"
        )
    )
    from bik.bulletin.transport import get_transport

    transport = get_transport()
    try:
        transport.send(factory.envelope_from, user.email, message)
    finally:
        transport.close()


def current_mailing(issue: BulletinIssuePage) -> Mailing | None:
    return Mailing.objects.filter(issue_key=issue.translation_key).exclude(status=Mailing.Status.CANCELLED).first()


def schedule(issue: BulletinIssuePage, user: User, when: dt.datetime | None = None) -> Mailing:
    """Schedule the issue (or send it now when `when` is None or past). Only a published issue can be sent,
    and only once."""
    from bik.bulletin import tasks

    if not can_send(user, issue):
        raise MailingError(_("You may not send this issue: it needs someone who may publish it."))
    if not issue.live:
        raise MailingError(_("Publish the issue before sending it."))
    if current_mailing(issue) is not None:
        raise MailingError(_("This issue has already been scheduled or sent."))
    now = timezone.now()
    start_now = when is None or when <= now
    with transaction.atomic():
        mailing = Mailing.objects.create(
            issue=issue,
            issue_key=issue.translation_key,
            audience=issue.audience,
            scheduled_for=None if start_now else when,
            created_by=user,
        )
    if start_now:
        enqueue_on_commit(tasks.start_mailing, mailing.pk)
    else:
        enqueue_on_commit(tasks.start_mailing, mailing.pk, run_after=when)
    return mailing


def cancel(mailing: Mailing, user: User) -> None:
    if not can_send(user, mailing.issue):
        raise MailingError(_("You may not cancel this mailing."))
    Mailing.objects.filter(pk=mailing.pk, status__in=(Mailing.Status.SCHEDULED, Mailing.Status.SENDING)).update(
        status=Mailing.Status.CANCELLED, finished_at=timezone.now()
    )
    Delivery.objects.filter(mailing=mailing, state=Delivery.State.PENDING).update(state=Delivery.State.SKIPPED)


def start(mailing_id: int, *, now: dt.datetime | None = None) -> bool:
    """Freeze the content of every language and create one delivery per recipient; True when it started."""
    now = now or timezone.now()
    mailing = Mailing.objects.select_related("issue").filter(pk=mailing_id).first()
    if mailing is None or mailing.status != Mailing.Status.SCHEDULED:
        return False
    if mailing.scheduled_for is not None and mailing.scheduled_for > now:
        return False  # a task delivered early; the scheduled one will come
    translations = live_translations(mailing.issue)
    if not translations:
        Mailing.objects.filter(pk=mailing.pk).update(status=Mailing.Status.CANCELLED, finished_at=now)
        return False
    if settings.LANGUAGE_CODE not in translations:
        translations[settings.LANGUAGE_CODE] = mailing.issue
    with transaction.atomic():
        if not Mailing.objects.filter(pk=mailing.pk, status=Mailing.Status.SCHEDULED).update(
            status=Mailing.Status.SENDING, started_at=now, heartbeat_at=now
        ):
            return False
        for language, page in translations.items():
            rendered = emails.render_issue(page)
            MailingContent.objects.create(
                mailing=mailing,
                language=language,
                issue=page,
                subject=rendered.subject,
                html=rendered.html,
                text=rendered.text,
            )
        _create_deliveries(mailing, set(translations))
    return True


def _create_deliveries(mailing: Mailing, languages: set[str]) -> None:
    if mailing.audience == Audience.COMMUNITY:
        opted_out = MemberOptOut.objects.values("user_id")
        members = (
            User.objects.filter(is_active=True, groups__name=Role.SIC_MEMBER.value)
            .exclude(pk__in=opted_out)
            .exclude(email="")
            .distinct()
            .only("pk", "email", "preferred_language")
        )
        Delivery.objects.bulk_create(
            (
                Delivery(
                    mailing=mailing,
                    user=member,
                    email=member.email.lower(),
                    language=member.preferred_language
                    if member.preferred_language in languages
                    else settings.LANGUAGE_CODE,
                )
                for member in members.iterator()
            ),
            batch_size=1000,
            ignore_conflicts=True,
        )
        return
    # Subscribers can number hundreds of thousands: one INSERT … SELECT, no rows through Python.
    delivery = Delivery._meta.db_table
    subscriber = Subscriber._meta.db_table
    ordered = sorted(languages)
    placeholders = ", ".join(["%s"] * len(ordered))
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            INSERT INTO {delivery}
                (mailing_id, subscriber_id, user_id, email, language, state, claim_token, attempts, error)
            SELECT %s, s.id, NULL, s.email,
                   CASE WHEN s.language IN ({placeholders}) THEN s.language ELSE %s END,
                   %s, '', 0, ''
            FROM {subscriber} s
            WHERE s.status = %s AND s.suppressed_at IS NULL
            ORDER BY s.id
            ON CONFLICT DO NOTHING
            """,  # noqa: S608 -- table names come from the models, values are parameters
            [mailing.pk, *ordered, settings.LANGUAGE_CODE, Delivery.State.PENDING, Subscriber.Status.CONFIRMED],
        )


@dataclass(frozen=True)
class Progress:
    status: str
    status_label: str
    total: int
    sent: int
    failed: int
    skipped: int
    remaining: int
    rate: float  # messages per second, over the last minute
    eta_seconds: int | None
    bounces: int
    unsubscribes: int

    @property
    def percent(self) -> int:
        done = self.sent + self.failed + self.skipped
        return int(100 * done / self.total) if self.total else (100 if self.status == Mailing.Status.SENT else 0)

    def as_dict(self) -> dict[str, Any]:
        return {**vars(self), "percent": self.percent}


RATE_WINDOW = dt.timedelta(seconds=30)


def progress(mailing: Mailing, *, now: dt.datetime | None = None) -> Progress:
    now = now or timezone.now()
    rows = Delivery.objects.filter(mailing=mailing)
    counts = {row["state"]: row["n"] for row in rows.values("state").annotate(n=Count("id"))}
    extra = rows.aggregate(
        bounces=Count("id", filter=Q(bounced_at__isnull=False)),
        unsubscribes=Count("id", filter=Q(unsubscribed_at__isnull=False)),
        recent=Count("id", filter=Q(sent_at__gte=now - RATE_WINDOW)),
    )
    state = Delivery.State
    remaining = sum(counts.get(s, 0) for s in (state.PENDING, state.CLAIMED, state.SENDING))
    window = RATE_WINDOW.total_seconds()
    if mailing.started_at is not None:
        window = max(1.0, min(window, (now - mailing.started_at).total_seconds()))
    rate = extra["recent"] / window
    return Progress(
        status=mailing.status,
        status_label=str(mailing.get_status_display()),
        total=sum(counts.values()),
        sent=counts.get(state.SENT, 0),
        failed=counts.get(state.FAILED, 0) + counts.get(state.INTERRUPTED, 0),
        skipped=counts.get(state.SKIPPED, 0),
        remaining=remaining,
        rate=round(rate, 1),
        eta_seconds=int(remaining / rate) if rate > 0 and remaining else (0 if not remaining else None),
        bounces=extra["bounces"],
        unsubscribes=extra["unsubscribes"],
    )


def resume_if_stalled(mailing: Mailing, *, now: dt.datetime | None = None) -> bool:
    """Restart the batch tasks of a mailing that made no progress for a whole lease (its workers died)."""
    from bik.bulletin import tasks

    now = now or timezone.now()
    stale_before = now - sending.lease()
    if mailing.status != Mailing.Status.SENDING:
        return False
    if (
        not Mailing.objects.filter(pk=mailing.pk, status=Mailing.Status.SENDING)
        .filter(Q(heartbeat_at__isnull=True) | Q(heartbeat_at__lt=stale_before))
        .update(heartbeat_at=now)
    ):
        return False
    for _chain in range(sending.parallel_chains()):
        enqueue_on_commit(tasks.send_mailing_batch, mailing.pk)
    return True


# --- Bounces ---------------------------------------------------------------------------------------------

HARD_BOUNCE_KINDS = {"hard_bounce", "bounce", "complaint", "spam_complaint"}


def record_bounce(email: str, kind: str, message_id: str = "") -> bool:
    """A report from the mail provider. Hard bounces and complaints suppress the address; True if they did."""
    if kind not in HARD_BOUNCE_KINDS:
        return False
    email = email.strip().lower()
    now = timezone.now()
    keys = sending.parse_message_key(message_id) if message_id else None
    deliveries = Delivery.objects.filter(email=email, bounced_at__isnull=True)
    if keys is not None:
        deliveries = deliveries.filter(mailing_id=keys[0], pk=keys[1])
    else:
        deliveries = deliveries.filter(pk__in=Delivery.objects.filter(email=email).order_by("-pk").values("pk")[:1])
    deliveries.update(bounced_at=now)
    Subscriber.objects.filter(email=email, suppressed_at__isnull=True).update(
        suppressed_at=now, suppression_reason=kind
    )
    return True


def sendable_subscribers() -> QuerySet[Subscriber]:
    return Subscriber.objects.filter(status=Subscriber.Status.CONFIRMED, suppressed_at__isnull=True)


def mailing_summaries() -> list[tuple[Mailing, Progress]]:
    mailings = list(Mailing.objects.select_related("issue")[:50])
    return [(mailing, progress(mailing)) for mailing in mailings]


def issue_page(page_id: int) -> BulletinIssuePage | None:
    page = Page.objects.filter(pk=page_id).first()
    specific = page.specific if page is not None else None
    return specific if isinstance(specific, BulletinIssuePage) else None
