"""What a process served or read lately, bounded in bytes: the whole pages a hit reads instead of the cache's copy
(bik/caching/pages.py), the finished responses replayed before Django (bik/caching/replay.py), the fragments kept
by their values (bik/caching/fragments.py) and the values `tags.remember` read (bik/caching/tags.py)."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Generic, TypeVar

S = TypeVar("S")
V = TypeVar("V")


class Recent(Generic[S, V]):
    """Entries this process served or read lately, each with a stamp (the epoch it was last found current in, the
    tokens it was kept with, …): bounded in bytes (`size` of a value), the least recently used let go first."""

    def __init__(self, limit: int, size: Callable[[V], int]) -> None:
        self.limit = limit
        self.measure = size
        self.size = 0
        self.entries: OrderedDict[str, tuple[S, V]] = OrderedDict()
        self.lock = threading.Lock()  # gthread workers serve from several threads

    def get(self, key: str) -> tuple[S, V] | None:
        with self.lock:
            found = self.entries.get(key)
            if found is not None:
                self.entries.move_to_end(key)
            return found

    def put(self, key: str, stamp: S, value: V) -> None:
        with self.lock:
            old = self.entries.pop(key, None)
            if old is not None:
                self.size -= self.measure(old[1])
            self.entries[key] = (stamp, value)
            self.size += self.measure(value)
            while self.size > self.limit and self.entries:
                _key, (_stamp, dropped) = self.entries.popitem(last=False)
                self.size -= self.measure(dropped)
