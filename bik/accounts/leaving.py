"""What other domains do just before an account is deleted. Leaving deletes the person, not the conversation:
most content stays through `on_delete=SET_NULL` and shows "deleted member"; a domain registers a step here only
when something must change beyond that (a name stored outside the account, say):

    leaving.register("sid", forget_supporter)

Each step gets the user, inside the transaction that deletes the account."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bik.accounts.models import User

Step = Callable[["User"], None]

_STEPS: dict[str, Step] = {}


def register(name: str, step: Step) -> None:
    """Add (or replace, so a reloaded app does not add it twice) the step called `name`."""
    _STEPS[name] = step


def run(user: User) -> None:
    for step in _STEPS.values():
        step(user)
