"""Generations: a random token per kind of cached content, kept without expiry, inside every key of that kind.

Renewing the token makes every entry built under the old one unreachable at once, in every process that
shares the cache, without knowing their keys. The token never expires, so an entry from before a change can
never come back (a counter that restarts at 1 when it expires would revive them); if the cache drops it,
a new random token simply starts an empty generation.
"""

from __future__ import annotations

import secrets

from django.core.cache import BaseCache, caches


class Generation:
    def __init__(self, name: str, alias: str = "default") -> None:
        self.cache_key = f"bik:generation:{name}"
        self.alias = alias

    @property
    def cache(self) -> BaseCache:
        return caches[self.alias]

    def current(self) -> str:
        token = self.cache.get(self.cache_key)
        if token is None:
            self.cache.add(self.cache_key, secrets.token_hex(8), None)
            token = self.cache.get(self.cache_key)  # the one another process added first, if it did
        # A cache that keeps nothing (BIK_CACHE=dummy) gives a token used once, so nothing is ever shared.
        return str(token) if token is not None else secrets.token_hex(8)

    def renew(self) -> None:
        self.cache.set(self.cache_key, secrets.token_hex(8), None)

    def key(self, *parts: object) -> str:
        """A cache key inside the current generation."""
        return ":".join([self.cache_key, self.current(), *(str(part) for part in parts)])
