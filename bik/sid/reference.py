"""The Safer Internet Day editions a deployment starts with (data/sid-editions.csv: shared/reference/sid-editions.csv,
each row naming its source): `python manage.py set_up_site` makes them when there is no edition yet, so the archive
of past editions is there from the first day. Editors change them, and add the next edition with its date and theme,
in the admin (Safer Internet Day > Editions); once any edition exists the file is left alone, so an edition an
editor removed does not come back at the next deployment."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from django.db import transaction

from bik.sid.models import Edition

EDITIONS_CSV = Path(__file__).resolve().parent / "data" / "sid-editions.csv"


def reference_editions() -> list[Edition]:
    """The file's editions, unsaved: number, year, date and English theme."""
    with EDITIONS_CSV.open(encoding="utf-8") as handle:
        return [
            Edition(
                number=int(row["edition"]),
                year=int(row["year"]),
                date=dt.date.fromisoformat(row["date"]),
                theme=row["theme"],
            )
            for row in csv.DictReader(handle)
        ]


@transaction.atomic
def ensure_editions() -> int:
    """The file's editions when there is none; returns how many editions there are."""
    if not Edition.objects.exists():
        for edition in reference_editions():
            edition.save()  # with its signals: the SID pages' cache is renewed
    return Edition.objects.count()


def ensure() -> str:
    return f"Safer Internet Day: {ensure_editions()} editions."
