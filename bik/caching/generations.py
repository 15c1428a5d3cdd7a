"""Generations: a random token per kind of cached content, kept without expiry, inside every key of that kind.

Renewing the token makes every entry built under the old one unreachable at once, in every process that
shares the cache, without knowing their keys. The token never expires, so an entry from before a change can
never come back (a counter that restarts at 1 when it expires would revive them); if the cache drops it,
a new random token simply starts an empty generation.

A request reads each token once: the first read is remembered until the request ends (one page asks for dozens
of keys of the same generation, and each read would be a round trip to Redis). The request then sees one
consistent generation of each kind; a renewal by this request is seen by it at once, a renewal by another
process from its next request on. Outside requests (tasks, commands) every read goes to the cache.

A token must be read before the data kept under it: a request that read the rows before a change committed and
the token after its renewal would keep the old rows in the new generation, where they would be served until the
next change. A template reads the fragments' token late ({% fragment %}), after its view has queried, so the page-cache
middleware pins every generation's token (`pin`, one round trip per cache) before the view runs.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Collection
from typing import Any

from django.core.cache import BaseCache, caches
from django.core.signals import request_finished, request_started

_read_in_request = threading.local()  # .tokens: {(alias, key): token} while a request runs in this thread
_ALL: dict[tuple[str, str], Generation] = {}  # every generation made, by (cache alias, key): what `pin` reads


def _tokens() -> dict[tuple[str, str], str] | None:
    tokens: dict[tuple[str, str], str] | None = getattr(_read_in_request, "tokens", None)
    return tokens


def _request_started(**_kwargs: Any) -> None:
    _read_in_request.tokens = {}


def _request_finished(**_kwargs: Any) -> None:
    _read_in_request.tokens = None


request_started.connect(_request_started, dispatch_uid="bik.caching.generations.started")
request_finished.connect(_request_finished, dispatch_uid="bik.caching.generations.finished")


class Generation:
    def __init__(self, name: str, alias: str = "default") -> None:
        self.cache_key = f"bik:generation:{name}"
        self.alias = alias
        _ALL.setdefault((alias, self.cache_key), self)

    @property
    def cache(self) -> BaseCache:
        return caches[self.alias]

    def current(self) -> str:
        tokens = _tokens()
        if tokens is not None and (self.alias, self.cache_key) in tokens:
            return tokens[self.alias, self.cache_key]
        current = read_tokens(self.cache, [self.cache_key])[self.cache_key]
        if tokens is not None:
            tokens[self.alias, self.cache_key] = current
        return current

    def renew(self) -> None:
        token = secrets.token_hex(8)
        self.cache.set(self.cache_key, token, None)
        tokens = _tokens()
        if tokens is not None:
            tokens[self.alias, self.cache_key] = token

    def key(self, *parts: object) -> str:
        """A cache key inside the current generation."""
        return ":".join([self.cache_key, self.current(), *(str(part) for part in parts)])


def read_tokens(cache: BaseCache, keys: Collection[str]) -> dict[str, str]:
    """The token kept under each key, in one round trip; a key the cache does not hold gets a new random token,
    never expiring (another process's, if it added one first). A cache that keeps nothing (BIK_CACHE=dummy)
    gives a token used once, so nothing is ever shared."""
    found = cache.get_many(list(keys))
    missing = [key for key in keys if key not in found]
    for key in missing:
        cache.add(key, secrets.token_hex(8), None)
    if missing:
        found |= cache.get_many(missing)
    return {key: str(found.get(key) or secrets.token_hex(8)) for key in keys}


def pin() -> None:
    """Read every generation's current token now, once per cache, and keep it for the rest of the request, so
    whatever the request reads later is kept under a token read before it (see the module's docstring).
    Outside a request it does nothing: there every read goes to the cache."""
    tokens = _tokens()
    if tokens is None:
        return
    by_alias: dict[str, list[str]] = {}
    for alias, key in _ALL:
        if (alias, key) not in tokens:
            by_alias.setdefault(alias, []).append(key)
    for alias, keys in by_alias.items():
        for key, token in read_tokens(caches[alias], keys).items():
            tokens[alias, key] = token


def tokens(alias: str, keys: Collection[str]) -> dict[str, str]:
    """The tokens kept under `keys` in the cache `alias` (`read_tokens`), each read once per request like the
    generations' own: the page cache's tags (bik/caching/tags.py) are read so."""
    memo = _tokens()
    if memo is None:
        return read_tokens(caches[alias], keys)
    unread = [key for key in keys if (alias, key) not in memo]
    if unread:
        for key, token in read_tokens(caches[alias], unread).items():
            memo[alias, key] = token
    return {key: memo[alias, key] for key in keys}


# Tokens renewed only together with an epoch's token (in the same write), as read in this process under that
# epoch: (alias, epoch key) → (the epoch's token, {key: token}).
_under_epoch: dict[tuple[str, str], tuple[str, dict[str, str]]] = {}


def tokens_under_epoch(alias: str, epoch_key: str, keys: Collection[str]) -> dict[str, str]:
    """`tokens(alias, [epoch_key, *keys])` for tokens that are never renewed without the epoch's: while the
    epoch keeps the token they were read under, this process uses them again, and a request reads one key, not
    all of them (the page cache's hundred-odd tags on every page it builds).

    Safe as `tokens` is: a token is renewed after the change it stands for has committed, so one read before a
    request's data is never newer than that data; one read earlier still (by an earlier request under the same
    epoch) is at worst older, and a page kept with an older token is built again, never served stale."""
    epoch = tokens(alias, [epoch_key])[epoch_key]
    held = _under_epoch.get((alias, epoch_key))
    if held is None or held[0] != epoch or not held[1].keys() >= set(keys):
        held = (epoch, read_tokens(caches[alias], keys))
        _under_epoch[alias, epoch_key] = held
    memo = _tokens()
    if memo is None:
        return {epoch_key: epoch, **{key: held[1][key] for key in keys}}
    for key in keys:
        memo.setdefault((alias, key), held[1][key])  # a token this request renewed or read first stays
    return {epoch_key: epoch, **{key: memo[alias, key] for key in keys}}


def renewed(alias: str, new: dict[str, str]) -> None:
    """This request has set these tokens: it sees them at once, as a generation renewed by it."""
    memo = _tokens()
    if memo is not None:
        for key, token in new.items():
            memo[alias, key] = token
