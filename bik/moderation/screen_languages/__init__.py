"""The screen's patterns, one module per platform language (the 28 of settings.LANGUAGES).

Each module holds plain data: `NUMBERS` (the words for 0 to 9, alternatives separated by "|"), `AT` and `DOT`
(the words people type instead of "@" and "." to hide an email address), `REGIONS` (the countries whose
phone-number formats come first for the language) and `PATTERNS`, regular expressions by reason code or weak
signal, written in plain text: they are compared without accents and case, like the text. `{platforms}`
stands for the names of the apps young people use. The key "awareness" marks a post that talks *about* a
risk (a lesson, a campaign, advice), and "self_harm_topic" words that name self-harm without saying it
happens to the writer.
"""

from __future__ import annotations

import importlib
import keyword
from functools import cache
from types import ModuleType

LANGUAGES = (
    "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt", "lv", "mt", "nl",
    "pl", "pt", "ro", "sk", "sl", "sv", "is", "nb", "sr", "uk",
)  # fmt: skip

# The countries of the network: a national number without a country code is tried in each.
NETWORK_REGIONS = (
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GB", "GR", "HR", "HU", "IE", "IS", "IT",
    "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "RS", "SE", "SI", "SK", "UA",
)  # fmt: skip


@cache
def module(language: str) -> ModuleType:
    if language not in LANGUAGES:
        raise LookupError(language)
    # "is" (Icelandic) is a Python keyword: its module is is_.py.
    name = f"{language}_" if keyword.iskeyword(language) else language
    return importlib.import_module(f"{__name__}.{name}")
