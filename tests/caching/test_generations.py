"""A generation's entries all go stale at once when it is renewed, and never come back."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.cache import cache

from bik.caching.generations import Generation


def test_renewing_makes_every_earlier_entry_unreachable() -> None:
    pages = Generation("test-pages")
    cache.set(pages.key("home", "en"), "before")
    cache.set(pages.key("home", "fr"), "avant")

    pages.renew()

    assert cache.get(pages.key("home", "en")) is None
    assert cache.get(pages.key("home", "fr")) is None


def test_the_token_never_expires_and_is_never_reused(monkeypatch: pytest.MonkeyPatch) -> None:
    timeouts: list[object] = []
    for method in ("add", "set"):
        original = getattr(cache, method)

        def spy(key: str, value: object, timeout: object = "default", *, _original: Any = original) -> Any:
            timeouts.append(timeout)
            return _original(key, value, timeout)

        monkeypatch.setattr(cache, method, spy)
    pages = Generation("test-pages")
    first = pages.current()
    assert cache.get(pages.cache_key) == first

    tokens = {first}
    for _ in range(20):
        pages.renew()
        tokens.add(pages.current())
    assert len(tokens) == 21  # random tokens: no earlier generation can come back as a counter's would
    assert timeouts
    assert all(timeout is None for timeout in timeouts)


def test_a_dropped_token_starts_an_empty_generation() -> None:
    pages = Generation("test-pages")
    cache.set(pages.key("home"), "before")

    cache.delete(pages.cache_key)

    assert cache.get(pages.key("home")) is None


@pytest.mark.django_db
def test_a_request_reads_each_generation_once_and_the_next_request_sees_a_renewal(
    client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bik.caching.lookups import LOOKUPS

    client.get("/en/")  # the site's look-ups are kept
    before = LOOKUPS.current()
    reads: list[str] = []
    original = cache.get

    def spy(key: str, default: object = None, version: int | None = None, *, _original: Any = original) -> Any:
        reads.append(key)
        return _original(key, default, version)

    monkeypatch.setattr(cache, "get", spy)
    assert client.get("/en/?any=1").status_code == 200
    assert reads.count(LOOKUPS.cache_key) == 1

    LOOKUPS.renew()  # as another process does after a change
    reads.clear()
    assert client.get("/en/?any=2").status_code == 200
    assert reads.count(LOOKUPS.cache_key) == 1
    assert LOOKUPS.current() != before


def test_a_renewal_during_a_request_is_seen_by_that_request_at_once() -> None:
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    pages = Generation("test-pages")
    for signal in (request_started, request_finished):  # as Django's test client does: no database here
        signal.disconnect(close_old_connections)
    request_started.send(sender=None)
    try:
        first = pages.current()
        pages.renew()
        assert pages.current() != first
        assert pages.current() == cache.get(pages.cache_key)
    finally:
        request_finished.send(sender=None)
        for signal in (request_started, request_finished):
            signal.connect(close_old_connections)
