"""The screen's patterns, one data file per platform language (the 28 of settings.LANGUAGES): <language>.yaml.

Each file holds plain data: `numbers` (the words for 0 to 9, alternatives separated by "|"), `at` and `dot` (the
words people type instead of "@" and "." to hide an email address), `regions` (the countries whose phone-number
formats come first for the language), `first_person` (the words by which a writer speaks of themselves),
`patterns`, regular expressions by reason code or weak signal, and `lexicon`, word lists by stem (screen.py says
how each is read). Patterns are written in plain text: they are compared without accents and case, like the text.
`{platforms}` stands for the names of the apps young people use. The key "awareness" marks a post that talks
*about* a risk (a lesson, a campaign, advice), and "self_harm_topic" words that name self-harm without saying it
happens to the writer. Where num2words does not speak a language, `teens`, `decades` and `compound` say its
numbers 10 to 99. Regular expressions are single-quoted, so that a backslash is what the pattern reads.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import cache
from pathlib import Path
from typing import Any

from bik.datafiles import read_data

FOLDER = Path(__file__).resolve().parent

LANGUAGES = (
    "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt", "lv", "mt", "nl",
    "pl", "pt", "ro", "sk", "sl", "sv", "is", "nb", "sr", "uk",
)  # fmt: skip

# The countries of the network: a national number without a country code is tried in each.
NETWORK_REGIONS = (
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GB", "GR", "HR", "HU", "IE", "IS", "IT",
    "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "RS", "SE", "SI", "SK", "UA",
)  # fmt: skip


@dataclass(frozen=True)
class Language:
    """One language's data file, read."""

    numbers: tuple[str, ...]
    at: tuple[str, ...]
    dot: tuple[str, ...]
    regions: tuple[str, ...]
    first_person: str
    patterns: dict[str, tuple[str, ...]]
    lexicon: dict[str, str] = field(default_factory=dict)
    teens: tuple[str, ...] = ()
    decades: tuple[str, ...] = ()
    compound: str = "{tens} {unit}"


@cache
def language_data(language: str) -> Language:
    """The data of `language` (one of LANGUAGES), read once per process."""
    if language not in LANGUAGES:
        raise LookupError(language)
    data: dict[str, Any] = read_data(FOLDER / f"{language}.yaml")
    unknown = set(data) - {field.name for field in fields(Language)}
    if unknown:
        raise ValueError(f"Unknown keys in screen_languages/{language}.yaml: {sorted(unknown)}")
    return Language(
        numbers=tuple(data["numbers"]),
        at=tuple(data["at"]),
        dot=tuple(data["dot"]),
        regions=tuple(data["regions"]),
        first_person=data["first_person"],
        patterns={reason: tuple(items) for reason, items in data["patterns"].items()},
        lexicon=data.get("lexicon", {}),
        teens=tuple(data.get("teens", ())),
        decades=tuple(data.get("decades", ())),
        compound=data.get("compound", "{tens} {unit}"),
    )
