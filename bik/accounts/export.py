"""Sections that other domains add to a person's data export. The accounts app knows nothing about youth
profiles or community posts; each domain registers a function, usually in its AppConfig.ready():

    export.register("youth", youth_export)

Each function gets the user and returns JSON-ready data (or None when it holds nothing about them); the
export puts it under the section's name."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bik.accounts.models import User

Section = Callable[["User"], Any]

_SECTIONS: dict[str, Section] = {}


def register(name: str, section: Section) -> None:
    """Add (or replace, so a reloaded app does not add it twice) the export section called `name`."""
    _SECTIONS[name] = section


def sections(user: User) -> dict[str, Any]:
    """Every registered domain's data about `user`, in the order the domains registered; empty ones left out."""
    collected = {}
    for name, section in _SECTIONS.items():
        data = section(user)
        if data is not None:
            collected[name] = data
    return collected
