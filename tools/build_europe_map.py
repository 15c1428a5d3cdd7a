"""Build the projected map of Europe that the centres directory and the SID gallery draw (bik/network/data/
europe_map.json) from Natural Earth's 1:50m country boundaries, as the npm package world-atlas 2.0.2 ships them
(countries-50m.json, TopoJSON). Natural Earth is in the public domain; world-atlas is ISC-licensed.

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python tools/build_europe_map.py package/countries-50m.json

Run once when the map should change; the site only reads the JSON it writes (nothing is fetched at run time).
Each shared border is simplified once (TopoJSON arcs), so neighbours keep meeting exactly; the result is
projected with the Lambert azimuthal equal-area projection the EU uses for Europe (ETRS89-LAEA, EPSG:3035,
centred on 10°E 52°N), clipped to the frame and rounded to whole SVG units."""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from django.conf import settings
from django_countries import countries

OUTPUT = Path(__file__).resolve().parent.parent / "bik" / "network" / "data" / "europe_map.json"
WIDTH = 800  # SVG units; the height follows from the frame's proportions
# The frame in projected metres (x east, y north): Iceland to the Urals' foothills, the North Cape to Cyprus.
FRAME = (-3_000_000.0, -2_150_000.0, 2_600_000.0, 2_450_000.0)  # west, south, east, north
TOLERANCE = 1.2  # Douglas-Peucker tolerance in SVG units
SMALL = 14.0  # a country whose drawn box is narrower and lower than this also gets a marker circle
# Areas without an ISO numeric code in Natural Earth's data, by their name there; drawn as the EU recognises them
# (the whole island of Cyprus as Cyprus).
UNCODED = {"Kosovo": "XK", "N. Cyprus": "CY", "Somaliland": ""}
# Natural Earth draws the de-facto control of Crimea; the EU recognises it as part of Ukraine (lon/lat box).
CRIMEA = (32.2, 44.2, 36.8, 46.3)
# Where a label (or a count) sits when the largest part's centroid falls outside the country (lon, lat).
LABELS = {"HR": (16.0, 45.6), "NO": (9.0, 61.3), "GR": (22.0, 39.6), "SE": (15.0, 62.5), "FI": (26.0, 62.5)}
# States too small for the 1:50m data: a marker circle at their capital (lon, lat).
MICROSTATES = {"LI": (9.52, 47.14), "MC": (7.42, 43.74), "SM": (12.45, 43.94), "VA": (12.45, 41.90)}
Point = tuple[float, float]


def laea(lon: float, lat: float) -> Point:
    """Lambert azimuthal equal-area on a sphere, centred like EPSG:3035 (10°E, 52°N)."""
    radius = 6_371_007.0
    lam, phi = math.radians(lon - 10.0), math.radians(lat)
    phi0 = math.radians(52.0)
    k = math.sqrt(2 / (1 + math.sin(phi0) * math.sin(phi) + math.cos(phi0) * math.cos(phi) * math.cos(lam)))
    x = radius * k * math.cos(phi) * math.sin(lam)
    y = radius * k * (math.cos(phi0) * math.sin(phi) - math.sin(phi0) * math.cos(phi) * math.cos(lam))
    return x, y


def to_svg(point: Point) -> Point:
    west, _south, east, north = FRAME
    scale = WIDTH / (east - west)
    return (point[0] - west) * scale, (north - point[1]) * scale


def in_crimea(ring: list[Point]) -> bool:
    west, south, east, north = CRIMEA
    corners = [to_svg(laea(lon, lat)) for lon in (west, east) for lat in (south, north)]
    xs, ys = [x for x, _ in corners], [y for _, y in corners]
    return all(min(xs) <= x <= max(xs) and min(ys) <= y <= max(ys) for x, y in ring)


def decode_arcs(topology: dict[str, Any]) -> list[list[Point]]:
    transform = topology["transform"]
    (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append(to_svg(laea(x * sx + tx, y * sy + ty)))
        arcs.append(points)
    return arcs


def simplify(points: list[Point], tolerance: float) -> list[Point]:
    """Douglas-Peucker, iterative; the end points (where borders meet) always stay."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        length = math.hypot(x2 - x1, y2 - y1)
        worst, worst_index = 0.0, -1
        for index in range(first + 1, last):
            px, py = points[index]
            if length == 0:
                distance = math.hypot(px - x1, py - y1)
            else:
                distance = abs((x2 - x1) * (y1 - py) - (x1 - px) * (y2 - y1)) / length
            if distance > worst:
                worst, worst_index = distance, index
        if worst > tolerance:
            keep[worst_index] = True
            stack += [(first, worst_index), (worst_index, last)]
    return [point for point, kept in zip(points, keep, strict=True) if kept]


def ring_points(ring: Sequence[int], arcs: list[list[Point]]) -> list[Point]:
    points: list[Point] = []
    for index in ring:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def _crossing(a: Point, b: Point, axis: int, bound: float) -> Point:
    t = (bound - a[axis]) / (b[axis] - a[axis])
    other = a[1 - axis] + (b[1 - axis] - a[1 - axis]) * t
    return (bound, other) if axis == 0 else (other, bound)


def clip(ring: list[Point], width: float, height: float) -> list[Point]:
    """Sutherland-Hodgman against the frame: a ring that leaves it follows the frame's edge."""
    output = ring
    for axis, bound, low in ((0, 0.0, True), (0, width, False), (1, 0.0, True), (1, height, False)):
        if not output:
            break
        points, output = output, []

        def inside(point: Point, axis: int = axis, bound: float = bound, low: bool = low) -> bool:
            return point[axis] >= bound if low else point[axis] <= bound

        previous = points[-1]
        for point in points:
            if inside(point):
                if not inside(previous):
                    output.append(_crossing(previous, point, axis, bound))
                output.append(point)
            elif inside(previous):
                output.append(_crossing(previous, point, axis, bound))
            previous = point
    return output


def area(ring: list[Point]) -> float:
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True)) / 2


def centroid(ring: list[Point]) -> Point:
    a = area(ring)
    if a == 0:
        return ring[0]
    cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x1 * y2 - x2 * y1
        cx, cy = cx + (x1 + x2) * cross, cy + (y1 + y2) * cross
    return cx / (6 * a), cy / (6 * a)


def path_data(rings: list[list[Point]]) -> str:
    """Absolute first point, then relative whole-unit steps: compact and exact after rounding."""
    parts = []
    for ring in rings:
        rounded = [(round(x), round(y)) for x, y in ring]
        deduplicated = [point for index, point in enumerate(rounded) if index == 0 or point != rounded[index - 1]]
        if len(deduplicated) < 3:
            continue
        (x, y), rest = deduplicated[0], deduplicated[1:]
        steps = []
        for nx, ny in rest:
            steps.append(f"{nx - x} {ny - y}")
            x, y = nx, ny
        parts.append(f"M{deduplicated[0][0]} {deduplicated[0][1]}l" + " ".join(steps) + "z")
    return "".join(parts).replace(" -", "-")


def alpha2(geometry: dict[str, Any]) -> str:
    name = str(geometry.get("properties", {}).get("name", ""))
    if name in UNCODED:
        return UNCODED[name]
    numeric = geometry.get("id")
    return countries.alpha2(int(str(numeric))) if numeric else ""


def build(source: Path) -> dict[str, object]:
    raw = source.read_bytes()
    topology = json.loads(raw)
    arcs = [simplify(arc, TOLERANCE) for arc in decode_arcs(topology)]
    height = WIDTH * (FRAME[3] - FRAME[1]) / (FRAME[2] - FRAME[0])
    rings_by_code: dict[str, list[list[Point]]] = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        code = alpha2(geometry)
        polygons = {"Polygon": [geometry.get("arcs", [])], "MultiPolygon": geometry.get("arcs", [])}.get(
            geometry["type"], []
        )
        for polygon in polygons:
            for ring in polygon:
                clipped = clip(ring_points(ring, arcs), WIDTH, height)
                if code and len(clipped) >= 3 and abs(area(clipped)) > 0.5:
                    owner = "UA" if code == "RU" and in_crimea(clipped) else code
                    rings_by_code.setdefault(owner, []).append(clipped)
    shapes: dict[str, dict[str, object]] = {}
    for code, rings in rings_by_code.items():
        largest = max(rings, key=lambda ring: abs(area(ring)))
        xs = [x for ring in rings for x, _ in ring]
        ys = [y for ring in rings for _, y in ring]
        label = to_svg(laea(*LABELS[code])) if code in LABELS else centroid(largest)
        shape: dict[str, object] = {"d": path_data(rings), "label": [round(label[0]), round(label[1])]}
        if max(xs) - min(xs) < SMALL and max(ys) - min(ys) < SMALL:
            shape["small"] = True
        shapes[code] = shape
    for code, (lon, lat) in MICROSTATES.items():
        x, y = to_svg(laea(lon, lat))
        if code not in shapes and 0 <= x <= WIDTH and 0 <= y <= height:
            shapes[code] = {"d": "", "label": [round(x), round(y)], "small": True}
    return {
        "source": "Natural Earth 1:50m Admin 0 countries, via the npm package world-atlas 2.0.2 (countries-50m.json)",
        "source_sha256": hashlib.sha256(raw).hexdigest(),
        "licence": (
            "Natural Earth data is in the public domain (naturalearthdata.com/about/terms-of-use). world-atlas is "
            "ISC-licensed, Copyright 2013-2019 Michael Bostock. Projection and simplification by "
            "tools/build_europe_map.py."
        ),
        "projection": "Lambert azimuthal equal-area, centre 10°E 52°N (as ETRS89-LAEA, EPSG:3035)",
        "width": WIDTH,
        "height": round(height),
        "countries": dict(sorted(shapes.items())),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source", type=Path, help="countries-50m.json from the world-atlas package")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    if not settings.configured:
        settings.configure()  # django-countries reads its options from settings; the defaults do
    result = build(args.source)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(result, ensure_ascii=False, separators=(",", ":"), indent=None) + "\n")
    print(f"{args.output}: {len(result['countries'])} countries, {args.output.stat().st_size} bytes")  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    sys.exit(main())
