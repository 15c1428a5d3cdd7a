"""The project's illustration language, shared by the covers drawn as SVG for records without an image and by the
demo pictures drawn with Pillow: a palette (the site's colours) and a few motifs (simple glyphs on a 160 by 90 grid).

Which motif and colours a record gets is derived from what it is (its kind, type, topic or category) and is
deterministic: the same record always looks the same, on every machine."""

from __future__ import annotations

import zlib
from dataclasses import dataclass

# (background, second background, foreground): pairs from the site's palette (bik/static/bik/css/site.css).
PALETTES: tuple[tuple[str, str, str], ...] = (
    ("#0b3d91", "#072a66", "#ffd23f"),
    ("#5a2d82", "#0b3d91", "#e8eef9"),
    ("#0f5132", "#0b3d91", "#fff4d6"),
    ("#842029", "#5a2d82", "#ffd23f"),
    ("#e8eef9", "#c5d0e3", "#0b3d91"),
    ("#fff4d6", "#ffd23f", "#5a2d82"),
    ("#b93a06", "#842029", "#fff4d6"),
    ("#072a66", "#0f5132", "#e8eef9"),
)

# A motif: shapes on a 160 by 90 canvas. ("circle", cx, cy, r), ("ring", cx, cy, r, width),
# ("rect", x, y, w, h, radius), ("poly", (x, y), ...). Each is drawn in the palette's foreground colour; a kind
# starting with "-" cuts the shape out again (drawn in the background colour).
Shape = tuple[object, ...]
MOTIFS: dict[str, tuple[Shape, ...]] = {
    "book": (("rect", 50, 22, 28, 46, 3), ("rect", 82, 22, 28, 46, 3), ("rect", 78, 20, 4, 50, 1)),
    "bulb": (("circle", 80, 38, 17), ("rect", 72, 55, 16, 12, 2), ("rect", 74, 69, 12, 4, 2)),
    "play": (("ring", 80, 45, 24, 5), ("poly", (73, 33), (73, 57), (93, 45))),
    "chat": (("rect", 46, 22, 48, 30, 8), ("poly", (56, 52), (56, 64), (68, 52)), ("rect", 72, 40, 44, 28, 8)),
    "shield": (("poly", (80, 18), (104, 27), (101, 54), (80, 72), (59, 54), (56, 27)),),
    "star": (
        ("poly", (80, 16), (87, 36), (108, 37), (91, 50), (97, 71), (80, 58), (63, 71), (69, 50), (52, 37), (73, 36)),
    ),
    "calendar": (
        ("rect", 54, 24, 52, 44, 4),
        ("rect", 62, 16, 6, 14, 2),
        ("rect", 92, 16, 6, 14, 2),
        ("-rect", 58, 36, 44, 3, 1),
    ),
    "envelope": (("rect", 50, 26, 60, 40, 4), ("-poly", (52, 28), (80, 48), (108, 28), (108, 33), (80, 53), (52, 33))),
    "globe": (("ring", 80, 45, 26, 4), ("ring", 80, 45, 12, 4), ("rect", 52, 43, 56, 4, 0)),
    "phone": (("rect", 66, 14, 28, 62, 6), ("-rect", 70, 20, 20, 42, 2), ("-circle", 80, 68, 3)),
    "chart": (
        ("rect", 54, 52, 10, 18, 1),
        ("rect", 68, 38, 10, 32, 1),
        ("rect", 82, 28, 10, 42, 1),
        ("rect", 96, 44, 10, 26, 1),
    ),
    "game": (
        ("rect", 52, 32, 56, 30, 14),
        ("-circle", 96, 44, 4),
        ("-circle", 88, 52, 4),
        ("-rect", 62, 44, 16, 5, 1),
        ("-rect", 67, 39, 6, 15, 1),
    ),
    "lock": (("ring", 80, 34, 12, 5), ("rect", 62, 38, 36, 32, 5)),
    "heart": (("circle", 70, 38, 12), ("circle", 90, 38, 12), ("poly", (59, 43), (101, 43), (80, 68))),
    "megaphone": (("poly", (56, 38), (96, 22), (96, 68), (56, 52)), ("rect", 60, 52, 10, 16, 2)),
}

# What a vocabulary slug, a category or a kind of record is drawn with.
MOTIF_FOR: dict[str, str] = {
    # resource types
    "handbook": "book",
    "guide": "book",
    "tip-sheet": "bulb",
    "lesson-plan": "book",
    "educational-game": "game",
    "game": "game",
    "quiz": "bulb",
    "video": "play",
    "poster": "megaphone",
    "app": "phone",
    "online-course": "globe",
    "report": "chart",
    "report-or-study": "chart",
    "campaign-material": "megaphone",
    "campaign": "megaphone",
    # guide categories
    "social-media": "chat",
    "messaging": "chat",
    "gaming": "game",
    "music": "play",
    "ai": "bulb",
    "creativity": "star",
    "learning": "book",
    "family": "lock",
    # news sections
    "awareness": "megaphone",
    "helplines": "chat",
    "hotlines": "shield",
    "youth": "star",
    "industry": "chart",
    "research": "chart",
    "policy": "globe",
    "news": "megaphone",
    # kinds of record
    "resource": "book",
    "event": "calendar",
    "bulletin": "envelope",
    "centre": "globe",
    "edition": "star",
    "article": "megaphone",
    "service": "phone",
}


@dataclass(frozen=True)
class Look:
    motif: str
    background: str
    background_end: str
    foreground: str
    seed: int


def stable_hash(text: str) -> int:
    """The same number for the same text on every machine and run (unlike hash())."""
    return zlib.crc32(text.encode("utf-8"))


def look_for(motif_key: str, colour_key: str) -> Look:
    """The motif named by `motif_key` (a type, category or kind) in the palette `colour_key` (a topic, a slug)
    hashes to."""
    motif = MOTIF_FOR.get(motif_key, motif_key if motif_key in MOTIFS else "star")
    seed = stable_hash(f"{motif_key}/{colour_key}")
    background, end, foreground = PALETTES[stable_hash(colour_key) % len(PALETTES)]
    return Look(motif, background, end, foreground, seed)
