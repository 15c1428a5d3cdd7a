"""Handing messages to the mail server, with every failure classified by what it means for a retry.

- `TemporaryDeliveryError`: the server certainly did not accept the message (a 4xx reply, or the connection failed
  before DATA was answered with 354). Safe to try again later.
- `PermanentDeliveryError`: the server refused it for good (a 5xx reply). The address is suppressed.
- `AmbiguousDeliveryError`: the connection broke after the message body was sent and before the server answered.
  The server may have accepted it, so it is never retried (at most once).

With Django's SMTP backend configured, we speak SMTP ourselves (smtplib, step by step) to know which phase
failed. Any other backend (the development mail directory, the test outbox) is used through Django."""

from __future__ import annotations

import smtplib
import ssl
from typing import Protocol

from django.conf import settings
from django.core.mail import get_connection
from django.core.mail.message import EmailMessage

from bik.bulletin.emails import ascii_address

SMTP_BACKEND = "django.core.mail.backends.smtp.EmailBackend"


class DeliveryError(Exception):
    def __init__(self, message: str, code: int | None = None) -> None:
        super().__init__(message)
        self.code = code


class TemporaryDeliveryError(DeliveryError):
    pass


class PermanentDeliveryError(DeliveryError):
    """`address_refused`: the server refused the recipient itself (RCPT 5xx), so the address is suppressed."""

    def __init__(self, message: str, code: int | None = None, *, address_refused: bool = False) -> None:
        super().__init__(message, code)
        self.address_refused = address_refused


class AmbiguousDeliveryError(DeliveryError):
    pass


class Transport(Protocol):
    def open(self) -> None: ...

    def send(self, envelope_from: str, recipient: str, message: bytes) -> None: ...

    def close(self) -> None: ...


def _classify(code: int, reply: bytes | str, *, phase: str) -> DeliveryError:
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else reply
    message = f"{phase}: {code} {text}"[:480]
    if phase == "MAIL":
        # The server refuses our sender, not this recipient: a configuration or server problem for everyone.
        return TemporaryDeliveryError(message, None)
    if 400 <= code < 500:
        return TemporaryDeliveryError(message, code)
    return PermanentDeliveryError(message, code, address_refused=phase == "RCPT")


def _envelope_address(address: str) -> bytes:
    """The RCPT command for an address; one that cannot be written in it (see emails.ascii_address) is refused."""
    try:
        return f"RCPT TO:<{ascii_address(address)}>\r\n".encode("ascii")
    except ValueError as exc:
        raise PermanentDeliveryError(f"RCPT: {exc}", address_refused=True) from exc


class SmtpTransport:
    def __init__(self) -> None:
        self.connection: smtplib.SMTP | None = None
        self._mail_from: tuple[str, bytes] = ("", b"")

    def open(self) -> None:
        if self.connection is not None:
            return
        host = str(settings.EMAIL_HOST)
        port = settings.EMAIL_PORT
        timeout = settings.EMAIL_TIMEOUT
        try:
            if settings.EMAIL_USE_SSL:
                connection: smtplib.SMTP = smtplib.SMTP_SSL(
                    host, port, timeout=timeout, context=ssl.create_default_context()
                )
            else:
                connection = smtplib.SMTP(host, port, timeout=timeout)
                if settings.EMAIL_USE_TLS:
                    connection.starttls(context=ssl.create_default_context())
            connection.ehlo_or_helo_if_needed()
            user = settings.EMAIL_HOST_USER
            if user:
                connection.login(user, settings.EMAIL_HOST_PASSWORD)
        except (OSError, smtplib.SMTPException) as exc:
            raise TemporaryDeliveryError(f"cannot connect to the mail server: {exc}") from exc
        self.connection = connection

    def close(self) -> None:
        if self.connection is None:
            return
        try:
            self.connection.quit()
        except (OSError, smtplib.SMTPException):
            self.connection.close()
        self.connection = None

    def _drop(self) -> None:
        if self.connection is not None:
            self.connection.close()
        self.connection = None

    def _command(self, connection: smtplib.SMTP, line: bytes) -> tuple[int, bytes]:
        connection.send(line)
        return connection.getreply()

    def send(self, envelope_from: str, recipient: str, message: bytes) -> None:
        # Commands are written directly rather than through smtplib's mail()/rcpt(), which parse both addresses
        # again for every message; ours come from validated fields, checked here for what could break a line.
        rcpt = _envelope_address(recipient)
        self.open()
        connection = self.connection
        if connection is None:
            raise TemporaryDeliveryError("no connection to the mail server")
        if self._mail_from[0] != envelope_from:
            self._mail_from = (envelope_from, f"MAIL FROM:<{envelope_from}>\r\n".encode("ascii"))
        try:
            code, reply = self._command(connection, self._mail_from[1])
            if code != 250:
                connection.rset()
                raise _classify(code, reply, phase="MAIL")
            code, reply = self._command(connection, rcpt)
            if code not in (250, 251):
                connection.rset()
                raise _classify(code, reply, phase="RCPT")
            code, reply = self._command(connection, b"DATA\r\n")
            if code != 354:
                connection.rset()
                raise _classify(code, reply, phase="DATA")
        except (OSError, smtplib.SMTPServerDisconnected) as exc:
            self._drop()
            raise TemporaryDeliveryError(f"connection lost before the message was sent: {exc}") from exc
        try:
            # The body is already in canonical CRLF form; dot-stuff it as smtplib.data() would (our base64
            # bodies and headers have no line starting with a dot, so the search usually finds nothing).
            quoted = message
            if quoted.startswith(b".") or b"\n." in quoted:
                quoted = smtplib._quote_periods(message)  # type: ignore[attr-defined]
            if not quoted.endswith(b"\r\n"):
                quoted += b"\r\n"
            connection.send(quoted + b".\r\n")
            code, reply = connection.getreply()
        except (OSError, smtplib.SMTPServerDisconnected) as exc:
            self._drop()
            raise AmbiguousDeliveryError(f"connection lost after the message was sent: {exc}") from exc
        if code != 250:
            raise _classify(code, reply, phase="DATA")


class _RawMessage(EmailMessage):
    """Lets a non-SMTP Django backend store the bytes we built, unchanged."""

    def __init__(self, envelope_from: str, recipient: str, raw: bytes) -> None:
        super().__init__(from_email=envelope_from, to=[recipient])
        self.raw = raw

    def message(self, *, policy: object = None) -> _RawBytes:
        return _RawBytes(self.raw)


class _RawBytes:
    def __init__(self, raw: bytes) -> None:
        self.raw = raw

    def as_bytes(self, *args: object, **kwargs: object) -> bytes:
        return self.raw.replace(b"\r\n", b"\n") if kwargs.get("linesep") == "\n" else self.raw

    def as_string(self, *args: object, **kwargs: object) -> str:
        return self.raw.decode("utf-8", "replace")

    def __getitem__(self, name: str) -> str | None:
        import email
        from email.policy import default

        return email.message_from_bytes(self.raw, policy=default)[name]  # type: ignore[no-any-return]


class DjangoTransport:
    def __init__(self) -> None:
        self.connection = get_connection()

    def open(self) -> None:
        self.connection.open()

    def send(self, envelope_from: str, recipient: str, message: bytes) -> None:
        self.connection.send_messages([_RawMessage(envelope_from, recipient, message)])

    def close(self) -> None:
        self.connection.close()


def get_transport() -> Transport:
    if settings.EMAIL_BACKEND == SMTP_BACKEND:
        return SmtpTransport()
    return DjangoTransport()
