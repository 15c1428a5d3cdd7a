"""Where each public content type tells site search how to find its records.

A domain registers one provider, usually in its AppConfig.ready():

    from bik.search.registry import SearchHit, register

    def search_resources(query: str, language: str, limit: int) -> list[SearchHit]:
        ...  # only published, public records; the visitor's language first

    register("resources", _("Resources"), search_resources)

Site search calls every registered provider; a provider that fails is logged and left out, so one broken
domain never breaks the search page. Nothing here imports another domain."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from django.utils.functional import Promise


@dataclass(frozen=True)
class SearchHit:
    """One result as the search page shows it. `kind` labels its type (e.g. "News article");
    `language` is the language code of the record's text."""

    title: str
    url: str
    kind: str
    language: str
    summary: str = ""
    date: dt.date | None = None


@dataclass(frozen=True)
class SearchProvider:
    key: str
    label: str | Promise  # lazy, so that each visitor reads it in their language
    search: Callable[[str, str, int], Sequence[SearchHit]]
    order: int = 100


_providers: dict[str, SearchProvider] = {}


def register(
    key: str, label: str | Promise, search: Callable[[str, str, int], Sequence[SearchHit]], order: int = 100
) -> None:
    """Add (or replace) the provider called `key`; `label` names its results' group on the search page."""
    _providers[key] = SearchProvider(key=key, label=label, search=search, order=order)


def unregister(key: str) -> None:
    _providers.pop(key, None)


def providers() -> list[SearchProvider]:
    return sorted(_providers.values(), key=lambda provider: (provider.order, provider.key))
