"""How a picture reaches the page: a few widths of one crop (16 to 9) as WebP, with the same widths in JPEG (PNG
for images with transparency) for browsers without WebP, width and height set from the largest fallback so the
layout never shifts. AVIF is left out on purpose: Pillow encodes it five to ten times slower than WebP for a few
per cent fewer bytes on these images, and every rendition is made on a request or by the demo loader.

Lists load their images with the rows and prefetch the renditions in one more query (`with_pictures`), so a list
runs the same queries however many items it shows; a page that shows pictures from several sources (the home
page: its hero, the latest resources and news) reads all their images and renditions in one query
(`prefetch_pictures`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.db.models import Prefetch, QuerySet
from wagtail.images import get_image_model

from bik.pictures.motifs import MOTIFS, Look, look_for


@dataclass(frozen=True)
class Size:
    widths: tuple[int, ...]
    sizes: str  # the HTML sizes attribute: how wide the picture is drawn at each viewport width

    def crops(self) -> list[str]:
        return [f"fill-{width}x{width * 9 // 16}" for width in self.widths]


SIZES: dict[str, Size] = {
    # a card or list thumbnail: a column of a grid on large screens, the screen's width on a phone
    "card": Size((400, 800), "(min-width: 64em) 22rem, (min-width: 40em) 45vw, 100vw"),
    # the home page's hero and a detail page's picture
    "hero": Size((800, 1200), "(min-width: 64em) 46rem, 100vw"),
}
WEBP = "format-webp|webpquality-75"
JPEG = "format-jpeg|jpegquality-80"
PNG = "format-png"


def fallback_format(image: Any) -> str:
    name = str(image.file.name).lower()
    return PNG if name.endswith((".png", ".gif")) else JPEG


def specs(image: Any, size: str) -> list[str]:
    """Every rendition filter `size` needs for `image`: WebP then the fallback, per width."""
    crops = SIZES[size].crops()
    return [f"{crop}|{WEBP}" for crop in crops] + [f"{crop}|{fallback_format(image)}" for crop in crops]


def all_specs(*sizes: str) -> list[str]:
    """The filters of `sizes` for any image (both fallbacks), to prefetch renditions of images not yet loaded."""
    found: list[str] = []
    for size in sizes:
        for crop in SIZES[size].crops():
            found += [f"{crop}|{WEBP}", f"{crop}|{JPEG}", f"{crop}|{PNG}"]
    return found


def _renditions(*sizes: str) -> QuerySet[Any]:
    rendition_model = get_image_model().get_rendition_model()
    renditions: QuerySet[Any] = rendition_model.objects.filter(filter_spec__in=all_specs(*(sizes or ("card",))))
    return renditions


def image_prefetch(field: str = "image", *sizes: str) -> Prefetch[Any]:
    """A Prefetch of the renditions of `sizes` (default: card) of the image in `field` (a foreign key to an image),
    where Wagtail looks for them first (`prefetched_renditions`). With the image selected with the rows
    (`with_pictures`) it is one query for the whole list; otherwise the images are read in one more."""
    return Prefetch(f"{field}__renditions", queryset=_renditions(*sizes), to_attr="prefetched_renditions")


def with_pictures(queryset: QuerySet[Any], *sizes: str, field: str = "image") -> QuerySet[Any]:
    """The rows with their images (joined) and the images' renditions of `sizes` (one more query)."""
    return queryset.select_related(field).prefetch_related(image_prefetch(field, *sizes))


def prefetch_pictures(records: Iterable[Any], *sizes: str, field: str = "image") -> None:
    """Give every record its image with the renditions of `sizes` (default: card), read in one query for them all
    (the renditions with their images), whatever lists the records come from. An image none of whose renditions
    has been made yet is read in one more query; its renditions are made when it is shown, as always."""
    with_image = [record for record in records if getattr(record, f"{field}_id", None) is not None]
    ids = {getattr(record, f"{field}_id") for record in with_image}
    if not ids:
        return
    images: dict[int, Any] = {}
    renditions: dict[int, list[Any]] = {pk: [] for pk in ids}
    for rendition in _renditions(*sizes).filter(image_id__in=ids).select_related("image"):
        image = images.setdefault(rendition.image_id, rendition.image)
        rendition.image = image
        renditions[image.pk].append(rendition)
    missing = ids - images.keys()
    if missing:
        images.update({image.pk: image for image in get_image_model().objects.filter(pk__in=missing)})
    for pk, image in images.items():
        image.prefetched_renditions = renditions[pk]
    for record in with_image:
        setattr(record, field, images.get(getattr(record, f"{field}_id")))


def prerender(image: Any, *sizes: str) -> None:
    """Make the renditions of `sizes` now (the demo loader does, so no page view has to)."""
    image.get_renditions(*[spec for size in sizes for spec in specs(image, size)])


def picture_context(
    image: Any, alt: str, size: str = "card", *, eager: bool = False, css_class: str = ""
) -> dict[str, Any]:
    chosen = SIZES[size]
    renditions = image.get_renditions(*specs(image, size))
    values = list(renditions.values())
    half = len(values) // 2
    webp, fallback = values[:half], values[half:]
    largest = max(fallback, key=lambda rendition: rendition.width)
    return {
        "webp_srcset": _srcset(webp),
        "fallback_srcset": _srcset(fallback),
        "fallback": min(fallback, key=lambda rendition: rendition.width),
        "width": largest.width,
        "height": largest.height,
        "sizes": chosen.sizes,
        "alt": alt,
        "eager": eager,
        "css_class": css_class,
    }


def picture_url(record: Any, size: str = "hero") -> str:
    """The address of the largest fallback rendition of the record's image ("" without one): for a video's
    poster attribute and the API."""
    image = getattr(record, "image", None)
    if image is None:
        return ""
    fallback = [spec for spec in specs(image, size) if WEBP not in spec]
    return str(image.get_renditions(fallback[-1])[fallback[-1]].url)


def _srcset(renditions: list[Any]) -> str:
    by_width = {rendition.width: rendition for rendition in renditions}  # a small original yields equal widths
    return ", ".join(f"{rendition.url} {width}w" for width, rendition in sorted(by_width.items()))


# --- Covers: records without an image ------------------------------------------------------------------------


def cover_look(obj: Any) -> Look:
    """What a record without an image is drawn with, from what it is (its type, topic, category or kind)."""
    label = obj._meta.label_lower if hasattr(obj, "_meta") else ""
    slug = str(getattr(obj, "slug", "") or getattr(obj, "pk", "") or "")
    if label == "resources.resource":
        types = getattr(obj, "display_types", None)
        topics = getattr(obj, "display_topics", None)
        kind = types[0].slug if types else "resource"
        return look_for(kind, topics[0].slug if topics else slug)
    if label == "guide.onlineservice":
        return look_for(str(obj.category), str(obj.category))
    if label == "news.articlepage":
        return look_for(str(obj.section), slug)
    kinds = {
        "videos.video": "video",
        "events.event": "event",
        "bulletin.bulletinissuepage": "bulletin",
        "network.centre": "centre",
        "sid.edition": "edition",
    }
    return look_for(kinds.get(label, "star"), slug)


def cover_context(obj: Any, *, css_class: str = "") -> dict[str, Any]:
    look = cover_look(obj)
    return {"look": look, "shapes": svg_shapes(look.motif), "css_class": css_class}


def svg_shapes(motif: str) -> list[dict[str, Any]]:
    """The motif as SVG elements (tag and attributes), for the cover template."""
    shapes: list[dict[str, Any]] = []
    for shape in MOTIFS[motif]:
        kind, *rest = shape
        cut = str(kind).startswith("-")
        kind = str(kind).lstrip("-")
        if kind == "circle":
            cx, cy, r = rest
            shapes.append({"tag": "circle", "cx": cx, "cy": cy, "r": r})
        elif kind == "ring":
            cx, cy, r, width = rest
            shapes.append({"tag": "ring", "cx": cx, "cy": cy, "r": r, "width": width})
        elif kind == "rect":
            x, y, w, h, radius = rest
            shapes.append({"tag": "rect", "x": x, "y": y, "w": w, "h": h, "r": radius})
        else:
            points: list[Any] = list(rest)
            shapes.append({"tag": "poly", "points": " ".join(f"{px},{py}" for px, py in points)})
        shapes[-1]["cut"] = cut
    return shapes
