"""The helper other folders' tests called before tests.factories.guide existed (search, performance), kept as a
thin wrapper over the factories until they use them directly."""

from __future__ import annotations

from tests.factories.guide import live_services_in_bulk


def add_services_in_bulk(count: int, *, prefix: str = "Bulk service") -> None:
    live_services_in_bulk(count, name=prefix)
