"""The statement of reasons by email: when a moderator rejects, hides, asks for an edit, warns or suspends,
the author is told what was decided and why, in their own language. Generic over content types: it needs
only the content's `moderation_text()` (for a short excerpt) and `get_absolute_url()` (for the link)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from bik.moderation import labels, spaces
from bik.moderation.models import AuditEntry, ModeratedItem, Sanction, Status

EXCERPT_CHARS = 60
# The actions whose audit entry carries a statement of reasons for the author.
NOTIFIED_ACTIONS = frozenset({"reject", "request_edit", "hide", "warn", "suspend"})


# What an excerpt never repeats, even to the author: an email may be read on a shared screen.
_PERSONAL_DATA = re.compile(r"https?://\S+|www\.\S+|\S+@\S+|\+?\d[\d\s().-]{4,}\d")


def excerpt(content: object) -> str:
    """A few words to recognise the content by (its first line: a post's title), never the whole text, and
    without phone numbers, email addresses or links."""
    moderation_text = getattr(content, "moderation_text", None)
    lines = str(moderation_text()).strip().splitlines() if callable(moderation_text) else []
    first = _PERSONAL_DATA.sub("[…]", " ".join(lines[0].split())) if lines else ""
    return Truncator(first).chars(EXCERPT_CHARS)


def absolute(path: str) -> str:
    return f"{settings.SITE_URL}{path}"


@dataclass(frozen=True)
class DecisionEmail:
    to: str
    language: str
    subject: str
    text: str
    html: str


def _headline(action: str) -> str:
    return {
        "reject": _("A moderator did not publish what you wrote"),
        "request_edit": _("A moderator asks you to change what you wrote"),
        "hide": _("A moderator hid what you wrote"),
        "warn": _("A moderator sent you a warning"),
        "suspend": _("Your account cannot write for a while"),
    }[action]


def _link(item: ModeratedItem, content: object) -> tuple[str, str]:
    """Where the author can read the decision: the content itself while they can still see it (rejected, or
    waiting for their edit), otherwise the page that lists decisions about what they wrote."""
    get_url = getattr(content, "get_absolute_url", None)
    if item.status != Status.HIDDEN and callable(get_url):
        return absolute(str(get_url())), _("See it")
    return absolute(reverse("moderation:my_reports")), _("See the decisions about what you wrote")


def build(entry: AuditEntry) -> DecisionEmail | None:
    """The message for one audit entry, or None when there is nothing to send (an approval, a deleted item
    or account)."""
    if entry.action not in NOTIFIED_ACTIONS or entry.item_id is None or not entry.reason:
        return None
    item = ModeratedItem.objects.select_related("author", "content_type").filter(pk=entry.item_id).first()
    if item is None or item.author is None or not item.author.email or not item.author.is_active:
        return None
    author, content = item.author, item.content_object
    suspension = None
    if entry.action == "suspend":
        suspension = (
            Sanction.objects.filter(user=author, kind=Sanction.Kind.SUSPENSION, created_at__lte=entry.created_at)
            .order_by("-created_at")
            .first()
        )
    language = author.email_language
    with translation.override(language):
        url, link_label = _link(item, content)
        context = {
            "name": author.public_name,
            "action": entry.action,
            "headline": _headline(entry.action),
            "kind": str(content._meta.verbose_name) if content is not None else _("content"),
            "excerpt": excerpt(content),
            "space": spaces.space_label(item.space_key),
            "reason": entry.reason,
            "until": suspension.until if suspension else None,
            "url": url,
            "link_label": link_label,
            "help_url": absolute(reverse("network:help")),
            "site_url": settings.SITE_URL,
        }
        subject = settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + str(context["headline"])
        text = render_to_string("moderation/email/decision.txt", context)
        html = render_to_string("moderation/email/decision.html", context)
    return DecisionEmail(to=author.email, language=language, subject=subject, text=text, html=html)


def send_statement_of_reasons(entry_id: int) -> bool:
    entry = AuditEntry.objects.filter(pk=entry_id).first()
    message = build(entry) if entry is not None else None
    if message is None:
        return False
    email = EmailMultiAlternatives(subject=message.subject, body=message.text, to=[message.to])
    email.attach_alternative(message.html, "text/html")
    email.extra_headers["Content-Language"] = message.language
    email.send()
    return True


def send_suspension_lifted(sanction_id: int) -> bool:
    """The member's email when a suspension is lifted early, in their language; nothing for a deleted or
    deactivated account."""
    sanction = Sanction.objects.select_related("user").filter(pk=sanction_id, lifted_at__isnull=False).first()
    if sanction is None or not sanction.user.email or not sanction.user.is_active:
        return False
    member = sanction.user
    language = member.email_language
    with translation.override(language):
        context = {
            "name": member.public_name,
            "reason": sanction.lift_reason,
            "url": absolute(reverse("moderation:my_reports")),
            "site_url": settings.SITE_URL,
        }
        subject = settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + _("You can write again")
        text = render_to_string("moderation/email/suspension_lifted.txt", context)
    email = EmailMultiAlternatives(subject=subject, body=text, to=[member.email])
    email.extra_headers["Content-Language"] = language
    email.send()
    return True


def send_urgent_alert(item_id: int) -> int:
    """Email each coordinator of the item's space, in their own language, that an urgent item waits at the
    top of the queue. The message carries no words of the post (an email may be read on a shared screen):
    the reasons and a link to the item, which only moderators of the space can open."""
    item = ModeratedItem.objects.filter(pk=item_id, urgent=True).first()
    if item is None:
        return 0
    sent = 0
    for person in spaces.coordinators(item.space_key):
        with translation.override(person.email_language):
            context = {
                "name": person.public_name,
                "space": spaces.space_label(item.space_key),
                "reasons": [labels.reason_label(code) for code in item.screen_reasons],
                "url": absolute(reverse("moderation:item", kwargs={"pk": item.pk})),
                "queue_url": absolute(reverse("moderation:queue", kwargs={"space_key": item.space_key})),
                "site_url": settings.SITE_URL,
            }
            subject = settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + _("Urgent: someone may be in danger in %(space)s") % {
                "space": context["space"]
            }
            text = render_to_string("moderation/email/urgent.txt", context)
            html = render_to_string("moderation/email/urgent.html", context)
        email = EmailMultiAlternatives(subject=subject, body=text, to=[person.email])
        email.attach_alternative(html, "text/html")
        email.extra_headers["Content-Language"] = person.email_language
        email.extra_headers["X-Priority"] = "1"
        email.send()
        sent += 1
    return sent
