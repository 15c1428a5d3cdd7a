"""The gallery's map: an offline tile-grid choropleth of Europe and its neighbours, one square per country,
shaded by the number of approved events and actions. Countries off the grid are in the table beside it."""

from __future__ import annotations

from dataclasses import dataclass

from django_countries import countries

TILE = 44
GAP = 4

# (column, row) per country: a schematic grid that keeps neighbours roughly next to each other.
GRID: dict[str, tuple[int, int]] = {
    "IS": (0, 0), "NO": (4, 0), "SE": (5, 0), "FI": (6, 0),
    "IE": (0, 1), "GB": (1, 1), "DK": (4, 1), "EE": (6, 1), "RU": (7, 1),
    "NL": (2, 2), "DE": (3, 2), "PL": (4, 2), "LT": (5, 2), "LV": (6, 2), "BY": (7, 2),
    "FR": (1, 3), "BE": (2, 3), "LU": (3, 3), "CZ": (4, 3), "SK": (5, 3), "UA": (6, 3),
    "PT": (0, 4), "ES": (1, 4), "CH": (2, 4), "LI": (3, 4), "AT": (4, 4), "HU": (5, 4), "MD": (6, 4),
    "AD": (1, 5), "MC": (2, 5), "IT": (3, 5), "SI": (4, 5), "HR": (5, 5), "RO": (6, 5),
    "SM": (3, 6), "BA": (4, 6), "RS": (5, 6), "BG": (6, 6),
    "MT": (3, 7), "ME": (4, 7), "XK": (5, 7), "MK": (6, 7), "GE": (7, 7),
    "AL": (5, 8), "GR": (6, 8), "TR": (7, 8), "AM": (8, 8),
    "CY": (7, 9),
}  # fmt: skip

# Shades from light to dark, each with a text colour that keeps 4.5:1 contrast on it.
LEVELS = (
    (0, "#f3f6fb", "#1c2430"),
    (1, "#c9dbf5", "#1c2430"),
    (3, "#7fa6e0", "#1c2430"),
    (6, "#2f63b8", "#ffffff"),
    (11, "#0b3d91", "#ffffff"),
)


@dataclass(frozen=True)
class Tile:
    code: str
    name: str
    count: int
    x: int
    y: int
    fill: str
    ink: str

    @property
    def text_x(self) -> int:
        return self.x + TILE // 2

    @property
    def text_y(self) -> int:
        return self.y + TILE // 2 + 5


def shade(count: int) -> tuple[str, str]:
    fill, ink = LEVELS[0][1], LEVELS[0][2]
    for threshold, level_fill, level_ink in LEVELS:
        if count >= threshold:
            fill, ink = level_fill, level_ink
    return fill, ink


def tiles(counts: dict[str, int]) -> list[Tile]:
    names = dict(countries)
    result = []
    for code, (column, row) in GRID.items():
        count = counts.get(code, 0)
        fill, ink = shade(count)
        result.append(
            Tile(
                code=code,
                name=str(names.get(code, code)),
                count=count,
                x=column * (TILE + GAP),
                y=row * (TILE + GAP),
                fill=fill,
                ink=ink,
            )
        )
    return result


def legend() -> list[dict[str, str | int | None]]:
    bounds = [threshold for threshold, _fill, _ink in LEVELS]
    rows: list[dict[str, str | int | None]] = []
    for index, (threshold, fill, _ink) in enumerate(LEVELS):
        upper = bounds[index + 1] - 1 if index + 1 < len(bounds) else None
        rows.append({"low": threshold, "high": upper, "fill": fill})
    return rows


WIDTH = 9 * (TILE + GAP)
HEIGHT = 10 * (TILE + GAP)
