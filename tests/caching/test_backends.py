"""The Redis cache keeps one client per connection pool and works through it."""

from __future__ import annotations

import uuid

from bik.caching.backends import RedisCache


def test_the_redis_cache_builds_its_client_once_and_reads_what_it_wrote() -> None:
    cache = RedisCache("redis://127.0.0.1:6379/0", {"KEY_PREFIX": f"bik-test-backends-{uuid.uuid4().hex}"})
    client = cache._cache.get_client(write=True)  # type: ignore[attr-defined]

    assert cache._cache.get_client() is client  # type: ignore[attr-defined]
    assert cache._cache.get_client(write=True) is client  # type: ignore[attr-defined]
    try:
        cache.set("greeting", {"text": "hello"}, 30)
        assert cache.get("greeting") == {"text": "hello"}
        assert cache.get_many(["greeting", "missing"]) == {"greeting": {"text": "hello"}}
    finally:
        cache.delete("greeting")
