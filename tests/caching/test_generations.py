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
