"""The resource competition's part of a person's data export: the entries they submitted for their centre and
the votes they cast for it (secret from others, not from the person who cast them)."""

from __future__ import annotations

from typing import Any

from bik.accounts.models import User
from bik.community.competition.models import Entry, Vote


def export_user_data(user: User) -> dict[str, Any] | None:
    entries = list(Entry.objects.filter(submitted_by=user).select_related("round").order_by("submitted_at", "pk"))
    votes = list(Vote.objects.filter(cast_by=user).select_related("round", "entry").order_by("cast_at", "pk"))
    if not (entries or votes):
        return None
    return {
        "entries_submitted": [
            {
                "round": entry.round.title,
                "title": entry.title,
                "description": entry.description,
                "link": entry.link,
                "submitted_at": entry.submitted_at.isoformat(),
            }
            for entry in entries
        ],
        "votes_cast": [
            {"round": vote.round.title, "for_entry": vote.entry.title, "cast_at": vote.cast_at.isoformat()}
            for vote in votes
        ],
    }
