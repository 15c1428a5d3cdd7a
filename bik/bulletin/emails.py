"""The bulletin as an email: rendered once per language, then personalised per recipient by substituting
tokens into pre-encoded bytes, so a worker spends its time talking SMTP rather than building MIME trees.

Every message is multipart/alternative (plain text first, then HTML with inline styles), carries its own
Message-ID, an HTTPS List-Unsubscribe header with List-Unsubscribe-Post (RFC 8058), and nothing a DKIM-signing
relay would need to rewrite (no header is added or changed after this point)."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
import secrets
import time
from dataclasses import dataclass
from email.header import Header
from email.utils import formatdate, parseaddr
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core import signing
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.encoding import force_bytes

if TYPE_CHECKING:
    from bik.bulletin.models import BulletinIssuePage

UNSUBSCRIBE_PLACEHOLDER = "@@BIK-UNSUBSCRIBE@@"
PREFERENCES_PLACEHOLDER = "@@BIK-PREFERENCES@@"
_TOKEN = "BIKTOKEN0"  # noqa: S105 -- not a secret; stands for a signed token while a URL is reversed once per language
UNSUBSCRIBE_SALT = "bik.bulletin.unsubscribe"
PREFERENCES_SALT = "bik.bulletin.preferences"


@dataclass(frozen=True)
class RenderedIssue:
    language: str
    subject: str
    html: str
    text: str


def absolute(path: str) -> str:
    return f"{settings.SITE_URL}{path}"


def page_url(page: Any) -> str:
    """The page's public address on the main site, whatever host Wagtail's Site records."""
    parts = page.get_url_parts()
    return absolute(parts[2]) if parts else settings.SITE_URL


def unsubscribe_token(delivery_id: int) -> str:
    return signing.Signer(salt=UNSUBSCRIBE_SALT).sign(f"d{delivery_id}")


def preferences_token(subscriber_id: int) -> str:
    return signing.Signer(salt=PREFERENCES_SALT).sign(f"s{subscriber_id}")


def one_click_url(token: str, language: str) -> str:
    """The RFC 8058 target. It lives outside the language prefix (bik/urls.py mounts bik.bulletin.mail_urls)
    so a mail client's POST never meets a language redirect; until it is mounted, the prefixed page does."""
    try:
        return absolute(reverse("bulletin-mail:one-click", kwargs={"token": token}))
    except NoReverseMatch:
        with translation.override(language):
            return absolute(reverse("bulletin:unsubscribe", kwargs={"token": token}))


def unsubscribe_page_url(token: str, language: str) -> str:
    with translation.override(language):
        return absolute(reverse("bulletin:unsubscribe", kwargs={"token": token}))


def preferences_url(token: str, language: str) -> str:
    with translation.override(language):
        return absolute(reverse("bulletin:preferences", kwargs={"token": token}))


def render_issue(issue: BulletinIssuePage, *, preview: bool = False) -> RenderedIssue:
    """The issue in its own language, with placeholders where each recipient's links go."""
    language = issue.locale.language_code
    with translation.override(language):
        context = {
            "issue": issue,
            "language": language,
            "web_url": page_url(issue),
            "unsubscribe_url": UNSUBSCRIBE_PLACEHOLDER,
            "preferences_url": PREFERENCES_PLACEHOLDER,
            "features": [(block.block_type, block.block.label, block.value) for block in issue.features],
            "picks": [block.value.specific for block in issue.picks if block.value is not None and block.value.live],
            "site_url": settings.SITE_URL,
            "preview": preview,
        }
        # Rich text links to the site's own pages are relative; in an email they must be absolute.
        html = re.sub(
            r'(href|src)="/(?!/)', rf'\1="{settings.SITE_URL}/', render_to_string("bulletin/email/issue.html", context)
        )
        text = render_to_string("bulletin/email/issue.txt", context)
    return RenderedIssue(language=language, subject=str(issue.title), html=html, text=text)


class FastSigner:
    """Makes exactly the tokens `signing.Signer(salt=…).sign()` makes (and unsigns), with the derived HMAC key
    computed once instead of per token: a worker signs two tokens per message."""

    def __init__(self, salt: str) -> None:
        # As django.utils.crypto.salted_hmac derives it for Signer (salt + "signer", SHA-256).
        key = hashlib.sha256(force_bytes(f"{salt}signer") + force_bytes(settings.SECRET_KEY)).digest()
        self._mac = hmac.new(key, digestmod=hashlib.sha256)

    def sign(self, value: str) -> str:
        mac = self._mac.copy()
        mac.update(value.encode())
        return f"{value}:{base64.urlsafe_b64encode(mac.digest()).rstrip(b'=').decode()}"


def _b64(text: str) -> bytes:
    """Base64 in 76-character CRLF lines, as email.encoders would write it, in one C call plus slicing."""
    raw = binascii.b2a_base64(text.encode("utf-8"), newline=False)
    return b"".join([raw[i : i + 76] + b"\r\n" for i in range(0, len(raw), 76)])


_date_cache: tuple[int, str] = (0, "")


def _date_header() -> bytes:
    """The Date header, formatted once per second rather than once per message."""
    global _date_cache
    now = int(time.time())
    if _date_cache[0] != now:
        _date_cache = (now, formatdate(now, localtime=False, usegmt=True))
    return f"Date: {_date_cache[1]}\r\n".encode("ascii")


def _header(name: str, value: str) -> bytes:
    try:
        value.encode("ascii")
        encoded = value
    except UnicodeEncodeError:
        encoded = Header(value, "utf-8", header_name=name).encode()
    return f"{name}: {encoded}\r\n".encode("ascii")


def ascii_address(address: str) -> str:
    """An address as SMTP and headers carry it without SMTPUTF8: an internationalised domain in its IDNA
    form. ValueError for a local part that is not ASCII or anything that could break a command line."""
    local, _at, domain = address.rpartition("@")
    if not local or not local.isascii() or any(c in address for c in "\r\n<>"):
        raise ValueError(f"{address!r} cannot be written in an SMTP command")
    if not domain.isascii():
        try:
            domain = domain.encode("idna").decode("ascii")
        except UnicodeError as exc:
            raise ValueError(f"{address!r} has an invalid domain") from exc
    return f"{local}@{domain}"


def _mail_domain() -> str:
    address = parseaddr(str(settings.DEFAULT_FROM_EMAIL))[1]
    return address.rpartition("@")[2] or "bik.localhost"


def _to_address(address: str) -> str:
    try:
        return ascii_address(address)
    except ValueError:
        return address  # the transport refuses it; the header only has to be well-formed until then


@dataclass(frozen=True)
class Recipient:
    email: str
    delivery_id: int | None  # None for a test send
    subscriber_id: int | None
    message_key: str  # unique per message: the left part of the Message-ID


class MessageFactory:
    """Builds the bytes of one language's message for any recipient. Everything that is the same for all
    recipients (subject, bodies, boundaries) is encoded once; per recipient only short tokens change."""

    def __init__(self, rendered: RenderedIssue, *, list_id: str, test: bool = False) -> None:
        self.rendered = rendered
        self.language = rendered.language
        self.test = test
        self.from_header = str(settings.DEFAULT_FROM_EMAIL)
        self.envelope_from = parseaddr(str(settings.DEFAULT_FROM_EMAIL))[1]
        self.domain = _mail_domain()
        self.boundary = f"=_bik_{secrets.token_hex(12)}"
        self.list_id = list_id
        subject = rendered.subject
        if test:
            with translation.override(self.language):
                subject = f"[TEST] {subject}"
        self._head = b"".join(
            [
                _header("From", self.from_header),
                _header("Subject", subject),
                _header("Content-Language", self.language),
                _header("List-Id", f"{self.list_id} <{self.list_id.lower().replace(' ', '-')}.{self.domain}>"),
                _header("Auto-Submitted", "auto-generated" if test else "no"),
                b"Precedence: bulk\r\n",
                b"MIME-Version: 1.0\r\n",
                f'Content-Type: multipart/alternative; boundary="{self.boundary}"\r\n'.encode(),
            ]
        )
        # Bodies are split where per-recipient links go, and the links themselves are reversed once with a
        # stand-in token: personalising a message is string joins, not template rendering or URL reversing.
        self._text_parts = rendered.text.split(UNSUBSCRIBE_PLACEHOLDER)
        self._html_parts = rendered.html.split(UNSUBSCRIBE_PLACEHOLDER)
        self._one_click = one_click_url(_TOKEN, self.language).split(_TOKEN)
        self._unsubscribe_page = unsubscribe_page_url(_TOKEN, self.language).split(_TOKEN)
        self._preferences = preferences_url(_TOKEN, self.language).split(_TOKEN)
        self._unsubscribe_signer = FastSigner(UNSUBSCRIBE_SALT)
        self._preferences_signer = FastSigner(PREFERENCES_SALT)
        self._list_unsubscribe_post = b"List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"

    def _personalise(self, parts: list[str], unsubscribe: str, preferences: str) -> str:
        return unsubscribe.join(parts).replace(PREFERENCES_PLACEHOLDER, preferences)

    def build(self, recipient: Recipient) -> bytes:
        if recipient.delivery_id is not None:
            token = self._unsubscribe_signer.sign(f"d{recipient.delivery_id}")
            one_click = token.join(self._one_click)
            visible_unsubscribe = token.join(self._unsubscribe_page)
        else:  # a test send: the links lead to a page that says so
            one_click = visible_unsubscribe = "test".join(self._unsubscribe_page)
        preferences = (
            self._preferences_signer.sign(f"s{recipient.subscriber_id}").join(self._preferences)
            if recipient.subscriber_id is not None
            else visible_unsubscribe
        )
        head = b"".join(
            [
                _header("To", _to_address(recipient.email)),
                _date_header(),
                _header("Message-ID", f"<{recipient.message_key}@{self.domain}>"),
                _header("List-Unsubscribe", f"<{one_click}>"),
                self._list_unsubscribe_post,
                self._head,
            ]
        )
        boundary = self.boundary.encode()
        return b"".join(
            [
                head,
                b"\r\n--",
                boundary,
                b'\r\nContent-Type: text/plain; charset="utf-8"\r\nContent-Transfer-Encoding: base64\r\n\r\n',
                _b64(self._personalise(self._text_parts, visible_unsubscribe, preferences)),
                b"--",
                boundary,
                b'\r\nContent-Type: text/html; charset="utf-8"\r\nContent-Transfer-Encoding: base64\r\n\r\n',
                _b64(self._personalise(self._html_parts, visible_unsubscribe, preferences)),
                b"--",
                boundary,
                b"--\r\n",
            ]
        )
