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
    in_many: list[bool] = []  # the local-memory cache's get_many reads each key with get: one round trip
    original, original_many = cache.get, cache.get_many

    def spy(key: str, default: object = None, version: int | None = None, *, _original: Any = original) -> Any:
        if not in_many:
            reads.append(key)
        return _original(key, default, version)

    def spy_many(keys: list[str], version: int | None = None, *, _original: Any = original_many) -> Any:
        reads.extend(keys)
        in_many.append(True)
        try:
            return _original(keys, version)
        finally:
            in_many.pop()

    monkeypatch.setattr(cache, "get", spy)
    monkeypatch.setattr(cache, "get_many", spy_many)
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


@pytest.mark.django_db
def test_a_request_keeps_what_it_read_under_the_tokens_of_its_start(rf: Any) -> None:
    """A view queries, another process commits a change and renews the fragments, then the template reads the
    fragments' token: it must be the one from before the view's queries, or the old rows would be kept in the
    new generation and served until the next change."""
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections
    from django.http import HttpResponse

    from bik.caching.fragments import FRAGMENTS
    from bik.caching.pages import AnonymousPageCacheMiddleware

    before = FRAGMENTS.current()
    seen: list[str] = []

    def view(request: Any) -> HttpResponse:
        cache.set(FRAGMENTS.cache_key, "renewed-by-another-process", None)  # after the view's queries
        seen.append(FRAGMENTS.current())  # as {% fragment %} in the template
        return HttpResponse("page")

    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    for path in ("/en/", "/en/?page=2"):  # kept whole, and never kept (a query string)
        request_started.send(sender=None)
        try:
            AnonymousPageCacheMiddleware(view)(rf.get(path))
        finally:
            request_finished.send(sender=None)
        cache.set(FRAGMENTS.cache_key, before, None)
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)

    assert seen == [before, before]


def test_tokens_renewed_only_with_their_epoch_are_read_again_only_when_it_changes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from bik.caching import generations

    keys = [f"test-under-epoch:{n}" for n in range(50)]
    first = generations.tokens_under_epoch("default", "test-under-epoch:epoch", keys)
    read: list[list[str]] = []
    original = cache.get_many

    def spy(wanted: list[str], version: int | None = None) -> Any:
        read.append(list(wanted))
        return original(wanted, version)

    monkeypatch.setattr(cache, "get_many", spy)
    again = generations.tokens_under_epoch("default", "test-under-epoch:epoch", keys)
    assert again == first
    assert read == [["test-under-epoch:epoch"]], "under the same epoch only the epoch is read"

    renewed = {keys[3]: "new-token", "test-under-epoch:epoch": "new-epoch"}  # one write, as pages.renew does
    cache.set_many(renewed, None)
    read.clear()
    after = generations.tokens_under_epoch("default", "test-under-epoch:epoch", keys)
    assert after[keys[3]] == "new-token"
    assert after["test-under-epoch:epoch"] == "new-epoch"
    assert sorted(map(len, read)) == [1, len(keys)]
