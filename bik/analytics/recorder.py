"""Counting without tracking: events are added up in this process's memory and written in one batch, so a page
never waits for a write and a thousand views of a page cost one statement, not a thousand.

An event is a (kind, day, subject, object, language, source) key; nothing about the visitor is part of it, and
a visitor whose browser sends `DNT: 1` or `Sec-GPC: 1` is not counted at all. The buffer is written after a
response has been sent (Django's `request_finished`) once it holds BIK_ANALYTICS_BATCH_SIZE events or its
oldest event is BIK_ANALYTICS_FLUSH_SECONDS old, and when the process exits: handed to the task queue as one
task, so no request waits for the database either. The worker's write is one insert of the missing rows plus
one `count = count + n` update per key, in one transaction: correct with several processes writing at once, on
SQLite and PostgreSQL alike. A process that dies loses at most its unqueued events."""

from __future__ import annotations

import atexit
import logging
import re
import threading
import time
from collections import Counter
from typing import Any, NamedTuple

from django.conf import settings
from django.core.signals import request_finished
from django.db import DatabaseError, transaction
from django.db.models import F
from django.http import HttpRequest
from django.utils import timezone

from bik.analytics.models import SUBJECT_MAX_LENGTH, DailyCount, Kind, Source

logger = logging.getLogger(__name__)

SEARCH_MAX_LENGTH = 100


class Key(NamedTuple):
    kind: str
    day: str  # ISO date: the key stays hashable and cheap
    subject: str = ""
    object_id: int = 0
    language: str = ""
    source: str = ""


class Buffer:
    """Events waiting to be written, shared by the threads of one process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counts: Counter[Key] = Counter()
        self._events = 0
        self._since = 0.0

    def add(self, key: Key) -> None:
        with self._lock:
            if not self._events:
                self._since = time.monotonic()
            self._counts[key] += 1
            self._events += 1

    def due(self) -> bool:
        if not self._events:
            return False
        return (
            self._events >= settings.BIK_ANALYTICS_BATCH_SIZE
            or time.monotonic() - self._since >= settings.BIK_ANALYTICS_FLUSH_SECONDS
        )

    def take(self) -> Counter[Key]:
        with self._lock:
            counts, self._counts, self._events = self._counts, Counter(), 0
        return counts


BUFFER = Buffer()


def refuses_counting(request: HttpRequest) -> bool:
    """Do Not Track and Global Privacy Control: the visitor asked not to be counted."""
    return request.headers.get("DNT", "").strip() == "1" or request.headers.get("Sec-GPC", "").strip() == "1"


def _today() -> str:
    return timezone.localdate().isoformat()


def _add(request: HttpRequest | None, key: Key) -> None:
    if request is not None and refuses_counting(request):
        return
    BUFFER.add(key)


def count_page(request: HttpRequest, path: str) -> None:
    _add(request, Key(Kind.PAGE, _today(), subject=path[:SUBJECT_MAX_LENGTH]))


def count_video(request: HttpRequest, video_id: int) -> None:
    _add(request, Key(Kind.VIDEO, _today(), object_id=video_id))


def count_download(request: HttpRequest, resource_id: int, language: str) -> None:
    _add(request, Key(Kind.DOWNLOAD, _today(), object_id=resource_id, language=language[:8]))


_LONG_NUMBER = re.compile(r"\d[\d\s().+-]{3,}\d")
_SPACES = re.compile(r"\s+")


def search_words(text: str) -> str:
    """A search as counted: lower case, single spaces, at most 100 characters; email addresses and long numbers
    (phone numbers, ids) are replaced, so a search for someone's contact details is not kept."""
    words = [("@" if "@" in word else word) for word in _SPACES.split(text.lower().strip())]
    joined = _LONG_NUMBER.sub("#", " ".join(word for word in words if word))
    return joined[:SEARCH_MAX_LENGTH].strip()


def count_search(request: HttpRequest, source: Source, text: str, *, found: bool, language: str) -> None:
    words = search_words(text)
    if not words:
        return
    kind = Kind.SEARCH if found else Kind.FAILED_SEARCH
    _add(request, Key(kind, _today(), subject=words, language=language[:8], source=source))


def flush() -> int:
    """Hand the buffered events to the task queue as one batch (the worker writes them; with the immediate
    backend of tests, at once). Returns how many events the batch holds."""
    from bik.analytics.tasks import write_counts

    counts = BUFFER.take()
    if not counts:
        return 0
    rows = [[*key, n] for key, n in counts.items()]
    try:
        write_counts.enqueue(rows)
    except Exception:  # the queue is down: counting must never break the site, the batch is dropped
        logger.exception("Could not queue %s analytics events", sum(counts.values()))
        return 0
    return sum(counts.values())


def write(rows: list[list[Any]]) -> int:
    """Add a batch to the day's counts: one insert of the missing rows, then one `count = count + n` update per
    row, in one transaction. Correct with several writers at once, on SQLite and PostgreSQL alike."""
    counts = {Key(*row[:-1]): int(row[-1]) for row in rows}
    try:
        with transaction.atomic():
            DailyCount.objects.bulk_create(
                [DailyCount(**key._asdict(), count=0) for key in counts], ignore_conflicts=True
            )
            for key, n in counts.items():
                DailyCount.objects.filter(**key._asdict()).update(count=F("count") + n)
    except DatabaseError:
        logger.exception("Could not write %s analytics events", sum(counts.values()))
        return 0
    return sum(counts.values())


def flush_if_due(**kwargs: Any) -> None:
    if BUFFER.due():
        flush()


def _flush_at_exit() -> None:
    try:
        flush()
    except Exception:  # the database may already be gone when the process ends
        logger.warning("Analytics events lost at exit", exc_info=True)


def count_document_download(sender: Any, instance: Any, request: HttpRequest, **kwargs: Any) -> None:
    """Wagtail serves the resource gallery's files (`/documents/<id>/<name>`, bik.resources language versions):
    a file that is a resource's language version counts as a download of that resource in that language."""
    if refuses_counting(request):
        return
    from bik.resources.models import ResourceLanguageVersion

    version = (
        ResourceLanguageVersion.objects.filter(document_id=instance.pk, resource__is_original=True)
        .values_list("resource_id", "language")
        .first()
    )
    if version is not None:
        count_download(request, version[0], version[1])


def connect() -> None:
    from wagtail.documents.models import document_served

    request_finished.connect(flush_if_due, dispatch_uid="bik.analytics.flush")
    document_served.connect(count_document_download, dispatch_uid="bik.analytics.download")
    if not settings.TESTING:  # a test run's events belong to its test database, gone by the time it exits
        atexit.register(_flush_at_exit)
