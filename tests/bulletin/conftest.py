"""A real SMTP server (aiosmtpd) in-process, and the bulletin's settings for tests."""

from __future__ import annotations

import email
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.policy import default as default_policy
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

from tests.browser.conftest import _free_port
from tests.conftest import clear_test_cache


@dataclass
class Received:
    envelope_from: str
    recipients: list[str]
    raw: bytes

    @property
    def message(self) -> EmailMessage:
        parsed = email.message_from_bytes(self.raw, policy=default_policy)
        assert isinstance(parsed, EmailMessage)
        return parsed


@dataclass
class SmtpSink:
    """What the server received; `reject` makes it answer RCPT for an address with a given code."""

    host: str
    port: int
    messages: list[Received] = field(default_factory=list)
    reject: dict[str, tuple[int, str]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def to(self, address: str) -> list[Received]:
        return [m for m in self.messages if address in m.recipients]

    def clear(self) -> None:
        with self.lock:
            self.messages.clear()


class _Handler:
    def __init__(self, sink: SmtpSink) -> None:
        self.sink = sink

    async def handle_RCPT(  # noqa: N802 -- aiosmtpd's hook name
        self, server: SMTP, session: Session, envelope: Envelope, address: str, rcpt_options: list[str]
    ) -> str:
        if address in self.sink.reject:
            code, text = self.sink.reject[address]
            return f"{code} {text}"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:  # noqa: N802
        raw = envelope.original_content or b""
        with self.sink.lock:
            self.sink.messages.append(Received(str(envelope.mail_from), list(envelope.rcpt_tos), raw))
        return "250 Message accepted for delivery"


@pytest.fixture
def smtp(settings: Any) -> Iterator[SmtpSink]:
    port = _free_port()
    sink = SmtpSink("127.0.0.1", port)
    controller = Controller(_Handler(sink), hostname="127.0.0.1", port=port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    try:
        yield sink
    finally:
        controller.stop()


@pytest.fixture(autouse=True)
def bulletin_settings(settings: Any) -> None:
    settings.ROOT_URLCONF = "tests.bulletin.urls"
    settings.SITE_URL = "https://bik.example"
    settings.BULLETIN_BOUNCE_WEBHOOK_SECRET = "bounce-secret-for-tests"
    settings.BULLETIN_BATCH_SIZE = 10
    settings.BULLETIN_CHUNK_SIZE = 4
    settings.BULLETIN_CHUNK_MIN = 4  # fixed chunks: what a killed worker leaves is then known exactly
    settings.BULLETIN_PARALLEL_BATCHES = 1
    clear_test_cache()
