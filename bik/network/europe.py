"""The geographic map of Europe that the centres directory and the SID gallery draw on the server: country
outlines from Natural Earth (public domain), projected and simplified once by tools/build_europe_map.py into
data/europe_map.json. Each country a page links to is an SVG link with its name; the others are background.
A linked country the data does not cover (beyond the frame) gets a marker in a strip below the map."""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django_countries.fields import Country

from bik.network.countries import name_key

DATA = Path(__file__).resolve().parent / "data" / "europe_map.json"
STRIP = 40  # height of the strip for countries beyond the frame, in SVG units
STRIP_STEP = 56


@functools.cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(DATA.read_text(encoding="utf-8"))
    return data


@dataclass(frozen=True)
class MapLink:
    """What a page wants drawn for one country: where it leads, and (on the SID gallery) its figure, or (on
    the policy map) its answer in words."""

    code: str
    url: str
    count: int | None = None
    level: int = 0
    label: str = ""


@dataclass(frozen=True)
class MapCountry:
    code: str
    name: str
    url: str
    path: str
    x: int
    y: int
    small: bool  # drawn with a marker circle as well, to be seen and clicked
    beyond: bool  # outside the frame: a marker in the strip under the map
    count: int | None
    level: int
    label: str = ""


@dataclass(frozen=True)
class Background:
    code: str
    path: str


@dataclass(frozen=True)
class EuropeMap:
    width: int
    height: int
    map_height: int
    countries: list[MapCountry]
    background: list[Background]

    @property
    def beyond(self) -> list[MapCountry]:
        return [country for country in self.countries if country.beyond]


def europe_map(links: Iterable[MapLink]) -> EuropeMap:
    """Every link becomes a named country on the map, ordered by name (the tab order is alphabetical, as in the
    list beside it); the countries without a link stay as unlabelled background."""
    data = _data()
    shapes: dict[str, dict[str, Any]] = data["countries"]
    width, map_height = int(data["width"]), int(data["height"])
    drawn: list[MapCountry] = []
    beyond = 0
    for link in sorted(links, key=lambda item: name_key(str(Country(item.code).name))):
        shape = shapes.get(link.code)
        if shape is None:
            x, y = STRIP_STEP // 2 + beyond * STRIP_STEP, map_height + STRIP // 2
            beyond += 1
        else:
            x, y = shape["label"]
        drawn.append(
            MapCountry(
                code=link.code,
                name=str(Country(link.code).name),
                url=link.url,
                path=shape["d"] if shape else "",
                x=int(x),
                y=int(y),
                small=bool(shape.get("small")) if shape else True,
                beyond=shape is None,
                count=link.count,
                level=link.level,
                label=link.label,
            )
        )
    linked = {country.code for country in drawn}
    background = [Background(code, shape["d"]) for code, shape in shapes.items() if code not in linked and shape["d"]]
    height = map_height + (STRIP if beyond else 0)
    return EuropeMap(width=width, height=height, map_height=map_height, countries=drawn, background=background)
