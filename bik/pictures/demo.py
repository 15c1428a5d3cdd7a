"""The demo's pictures, drawn by the project at load time: abstract illustrations (a gradient, soft shapes and
one motif of bik.pictures.motifs in the site's palette), 1200 by 675 JPEG, the same bytes on every run. Nothing
is downloaded or copied. Each is stored once as a Wagtail image (found again by its title) with a description for
its alt text, and its renditions (card and hero) are made at once so no page view has to."""

from __future__ import annotations

import gc
import io
import random
import warnings
from typing import Any

from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFilter
from wagtail.images import get_image_model

from bik.pictures import rendering
from bik.pictures.motifs import MOTIF_FOR, MOTIFS, PALETTES, stable_hash

WIDTH, HEIGHT = 1200, 675
SCALE = WIDTH / 160
TITLE_PREFIX = "Demo illustration: "

# (motif, palette): the pool every demo record draws from; descriptions become the images' alt text.
POOL: tuple[tuple[str, int], ...] = (
    ("megaphone", 0),
    ("chat", 1),
    ("shield", 2),
    ("star", 3),
    ("chart", 4),
    ("globe", 7),
    ("book", 6),
    ("bulb", 7),
    ("game", 0),
    ("phone", 1),
    ("lock", 2),
    ("heart", 3),
    ("calendar", 4),
    ("envelope", 5),
    ("play", 0),
    ("play", 3),
)
DESCRIPTIONS = {
    "megaphone": "a megaphone",
    "chat": "two speech bubbles",
    "shield": "a shield",
    "star": "a star",
    "chart": "a bar chart",
    "globe": "a globe",
    "book": "an open book",
    "bulb": "a light bulb",
    "game": "a game controller",
    "phone": "a smartphone",
    "lock": "a padlock",
    "heart": "a heart",
    "calendar": "a calendar",
    "envelope": "an envelope",
    "play": "a play button",
}
HERO = ("hero", 0)

_made: dict[tuple[str, int], Any] = {}


def picture_for(kind: str, key: str = "") -> Any:
    """A pool image for a record of `kind` (a kind, type, category or section; see motifs.MOTIF_FOR), chosen by
    `key` (its slug) among the pool's images of that motif: deterministic, varied across records."""
    motif = MOTIF_FOR.get(kind, kind if kind in MOTIFS else "star")
    choices = [entry for entry in POOL if entry[0] == motif] or [POOL[0]]
    return ensure(choices[stable_hash(key or kind) % len(choices)])


def hero_picture() -> Any:
    return ensure(HERO)


def ensure(entry: tuple[str, int], sizes: tuple[str, ...] = ("card", "hero")) -> Any:
    """The Wagtail image of a pool entry, drawn and stored the first time; its renditions of `sizes` exist."""
    if entry in _made:
        return _made[entry]
    motif, palette = entry
    title = f"{TITLE_PREFIX}{motif} {palette + 1}"
    image_model = get_image_model()
    image = image_model.objects.filter(title=title).first()
    if image is None:
        subject = "a megaphone, a speech bubble and a heart" if motif == "hero" else DESCRIPTIONS[motif]
        image = image_model(
            title=title,
            description=f"Illustration: {subject} on a coloured background",
            file=ImageFile(io.BytesIO(draw(motif, palette)), name=f"demo-{motif}-{palette + 1}.jpg"),
        )
        image.save()
    with warnings.catch_warnings():
        # Wagtail leaves a new rendition's temporary file to the garbage collector, which warns about it.
        warnings.simplefilter("ignore", ResourceWarning)
        rendering.prerender(image, *sizes)
        gc.collect()
    _made[entry] = image
    return image


def draw(motif: str, palette: int) -> bytes:
    """The illustration as JPEG bytes: the same for the same motif and palette, on every machine."""
    background, end, foreground = PALETTES[palette % len(PALETTES)]
    rng = random.Random(stable_hash(f"{motif}/{palette}"))  # noqa: S311 -- layout, not security
    gradient = PillowImage.linear_gradient("L")
    mask = PillowImage.blend(
        gradient.resize((WIDTH, HEIGHT)),
        gradient.transpose(PillowImage.Transpose.ROTATE_90).resize((WIDTH, HEIGHT)),
        0.5,
    )
    canvas = PillowImage.composite(
        PillowImage.new("RGB", (WIDTH, HEIGHT), end), PillowImage.new("RGB", (WIDTH, HEIGHT), background), mask
    )
    # Soft shapes behind the motif: blurred circles of the foreground colour.
    glow = PillowImage.new("L", (WIDTH // 4, HEIGHT // 4), 0)
    glow_draw = ImageDraw.Draw(glow)
    for _ in range(6):
        x, y, r = rng.randint(0, WIDTH // 4), rng.randint(0, HEIGHT // 4), rng.randint(12, 60)
        glow_draw.ellipse((x - r, y - r, x + r, y + r), fill=rng.randint(30, 70))
    glow = glow.filter(ImageFilter.GaussianBlur(6)).resize((WIDTH, HEIGHT))
    canvas = PillowImage.composite(PillowImage.new("RGB", (WIDTH, HEIGHT), foreground), canvas, glow)
    # The motif, drawn at twice the size and scaled down for smooth edges.
    layer = PillowImage.new("L", (WIDTH // 2, HEIGHT // 2), 0)
    motifs = ("megaphone", "chat", "heart") if motif == "hero" else (motif,)
    offsets = (-44, 0, 44) if motif == "hero" else (0,)
    _draw_motifs(ImageDraw.Draw(layer), motifs, offsets, scale=SCALE / 2)
    layer = layer.resize((WIDTH, HEIGHT), PillowImage.Resampling.BILINEAR)
    canvas = PillowImage.composite(PillowImage.new("RGB", (WIDTH, HEIGHT), foreground), canvas, layer)
    buffer = io.BytesIO()
    canvas.save(buffer, format="JPEG", quality=85, optimize=True)
    return buffer.getvalue()


def _draw_motifs(draw: ImageDraw.ImageDraw, motifs: tuple[str, ...], offsets: tuple[int, ...], scale: float) -> None:
    for motif, offset in zip(motifs, offsets, strict=True):
        shrink = 0.7 if len(motifs) > 1 else 1.0

        def at(x: Any, y: Any, offset: int = offset, shrink: float = shrink) -> tuple[float, float]:
            return ((80 + (float(x) - 80) * shrink + offset) * scale, (45 + (float(y) - 45) * shrink) * scale)

        for shape in MOTIFS[motif]:
            kind, *rest = shape
            fill = 0 if str(kind).startswith("-") else 255
            kind = str(kind).lstrip("-")
            if kind in {"circle", "ring"}:
                cx, cy, r = (float(value) for value in rest[:3])  # type: ignore[arg-type]
                (x, y), radius = at(cx, cy), r * scale * shrink
                box = (x - radius, y - radius, x + radius, y + radius)
                if kind == "circle":
                    draw.ellipse(box, fill=fill)
                else:
                    draw.ellipse(box, outline=fill, width=round(float(rest[3]) * scale * shrink))  # type: ignore[arg-type]
            elif kind == "rect":
                x, y, w, h, radius = (float(value) for value in rest)  # type: ignore[arg-type]
                draw.rounded_rectangle((*at(x, y), *at(x + w, y + h)), radius=radius * scale * shrink, fill=fill)
            else:
                draw.polygon([at(*point) for point in rest], fill=fill)  # type: ignore[misc]
