"""The Redis cache keeps one client per connection pool and works through it."""

from __future__ import annotations

import os
import uuid
import warnings
from typing import Any

import pytest
from django.conf import settings

from bik.caching.backends import RedisCache


def test_the_redis_cache_builds_its_client_once_and_reads_what_it_wrote() -> None:
    if not settings.REDIS_URL:
        # `make test` on a machine without Redis: the embedded defaults use no Redis. CI always sets REDIS_URL.
        assert os.environ.get("CI") != "true", "CI runs with REDIS_URL"
        pytest.skip("no Redis configured (REDIS_URL)")
    redis = RedisCache(settings.REDIS_URL, {"KEY_PREFIX": f"bik-test-backends-{uuid.uuid4().hex}"})
    cache: Any = redis
    client = cache._cache.get_client(write=True)
    long_key = "a key memcached would refuse: " + "x" * 300

    assert cache._cache.get_client() is client
    assert cache._cache.get_client(write=True) is client
    try:
        redis.set("greeting", {"text": "hello"}, 30)
        assert redis.get("greeting") == {"text": "hello"}
        assert redis.get_many(["greeting", "missing"]) == {"greeting": {"text": "hello"}}
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # Django's CacheKeyWarning for memcached's limits is not raised
            redis.set(long_key, 1, 30)
            assert redis.get(long_key) == 1
    finally:
        redis.delete("greeting")
        redis.delete(long_key)
