"""The map of the network drawn on the server as an SVG tile grid: one square per country with a centre, placed
roughly where the country lies in Europe, each a link to the centre's page. Nothing is fetched from elsewhere."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bik.network.models import Centre

TILE = 56  # side of a square, in SVG units
GAP = 6
COLUMNS = 8

# (column, row) of each country on the grid, north-west at (0, 0); a schematic, not a projection.
GRID: dict[str, tuple[int, int]] = {
    "IS": (0, 0),
    "NO": (3, 0),
    "SE": (4, 0),
    "FI": (5, 0),
    "IE": (0, 1),
    "GB": (1, 1),
    "NL": (2, 1),
    "DK": (3, 1),
    "EE": (5, 1),
    "RU": (6, 1),
    "BE": (2, 2),
    "DE": (3, 2),
    "PL": (4, 2),
    "LV": (5, 2),
    "FR": (1, 3),
    "LU": (2, 3),
    "CZ": (3, 3),
    "SK": (4, 3),
    "LT": (5, 3),
    "PT": (0, 4),
    "ES": (1, 4),
    "CH": (2, 4),
    "AT": (3, 4),
    "HU": (4, 4),
    "RO": (5, 4),
    "UA": (6, 3),
    "MD": (6, 4),
    "IT": (2, 5),
    "SI": (3, 5),
    "HR": (4, 5),
    "RS": (5, 5),
    "BG": (6, 5),
    "LI": (1, 5),
    "MT": (2, 6),
    "BA": (4, 6),
    "ME": (3, 6),
    "GR": (5, 6),
    "MK": (6, 6),
    "AL": (4, 7),
    "CY": (7, 6),
    "TR": (7, 5),
}


@dataclass(frozen=True)
class Tile:
    code: str
    name: str
    url: str
    x: int
    y: int
    label_x: int
    label_y: int


@dataclass(frozen=True)
class NetworkMap:
    tiles: list[Tile]
    width: int
    height: int


def _position(column: int, row: int) -> tuple[int, int]:
    return GAP + column * (TILE + GAP), GAP + row * (TILE + GAP)


def network_map(centres: Iterable[Centre]) -> NetworkMap:
    """One tile per centre; a country missing from GRID (a new member) goes to a row of its own at the bottom."""
    placed: list[tuple[Centre, tuple[int, int]]] = []
    unplaced: list[Centre] = []
    for centre in centres:
        spot = GRID.get(centre.country.code)
        if spot is None:
            unplaced.append(centre)
        else:
            placed.append((centre, spot))
    last_row = max((row for _centre, (_column, row) in placed), default=-1)
    for index, centre in enumerate(unplaced):
        placed.append((centre, (index % COLUMNS, last_row + 1 + index // COLUMNS)))
    tiles = []
    for centre, (column, row) in placed:
        x, y = _position(column, row)
        tiles.append(
            Tile(
                code=centre.country.code,
                name=str(centre.country.name),
                url=centre.get_absolute_url(),
                x=x,
                y=y,
                label_x=x + TILE // 2,
                label_y=y + TILE // 2,
            )
        )
    columns = max((column for _centre, (column, _row) in placed), default=0) + 1
    rows = max((row for _centre, (_column, row) in placed), default=0) + 1
    return NetworkMap(tiles=tiles, width=GAP + columns * (TILE + GAP), height=GAP + rows * (TILE + GAP))
