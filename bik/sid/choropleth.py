"""The gallery's map: Europe and its neighbours on the geographic map (bik.network.europe), each country a link
to its Safer Internet Day page, shaded by the number of approved events and actions, with a pattern and the
figure too so colour is never the only cue. Countries beyond the map's frame get a marker below it; the table
beside the map holds the same figures."""

from __future__ import annotations

from django.urls import reverse

from bik.network.europe import EuropeMap, MapLink, europe_map

# The countries the gallery's map always names (with 0 when none took part): Europe and its neighbours.
EUROPE = (
    "AD", "AL", "AT", "BA", "BE", "BG", "BY", "CH", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GB",
    "GE", "GR", "HR", "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MC", "MD", "ME", "MK", "MT", "NL", "NO",
    "PL", "PT", "RO", "RS", "RU", "SE", "SI", "SK", "SM", "TR", "UA",
)  # fmt: skip

# Shades from light to dark (each with the ink of its pattern, which keeps 3:1 on it), by lowest count.
LEVELS = (
    (0, "#f3f6fb", "#4a5568"),
    (1, "#c9dbf5", "#1c2430"),
    (3, "#7fa6e0", "#1c2430"),
    (6, "#2f63b8", "#ffffff"),
    (11, "#0b3d91", "#ffffff"),
)


def level(count: int) -> int:
    return max(index for index, (threshold, _fill, _ink) in enumerate(LEVELS) if count >= threshold)


def country_map(counts: dict[str, int]) -> EuropeMap:
    codes = set(EUROPE) | {code for code, count in counts.items() if count}
    return europe_map(
        MapLink(
            code=code,
            url=reverse("sid:country", kwargs={"code": code.lower()}),
            count=counts.get(code, 0),
            level=level(counts.get(code, 0)),
        )
        for code in codes
    )


def legend() -> list[dict[str, str | int | None]]:
    rows: list[dict[str, str | int | None]] = []
    for index, (threshold, fill, ink) in enumerate(LEVELS):
        upper = LEVELS[index + 1][0] - 1 if index + 1 < len(LEVELS) else None
        rows.append({"index": index, "low": threshold, "high": upper, "fill": fill, "ink": ink})
    return rows
