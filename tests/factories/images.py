"""Pictures in the Wagtail image library, made to order for the records that show one (articles, resources, …)."""

from __future__ import annotations

import io

import factory
from django.core.files.images import ImageFile
from factory.django import DjangoModelFactory
from PIL import Image as PillowImage
from wagtail.images.models import Image

from bik.pictures import rendering


def _jpeg(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    PillowImage.new("RGB", (width, height), (30, 110, 90)).save(buffer, format="JPEG")
    return buffer.getvalue()


def _prerender(image: Image, create: bool, extracted: object, **context: object) -> None:
    """Its card and hero renditions made now, as the site makes them when an image is chosen, so no page view
    makes one (a list's query count stays the same with or without pictures)."""
    if create:
        rendering.prerender(image, "card", "hero")


class ImageFactory(DjangoModelFactory[Image]):
    """A plain green 1200 by 675 JPEG (the site's 16:9 pictures) described "Illustration: a green field", so a
    record may show it without alt text of its own (`description=""` for one nobody described), with its card and
    hero renditions already made."""

    class Meta:
        model = Image
        skip_postgeneration_save = True  # the renditions are rows of their own

    title = factory.Sequence(lambda number: f"Image {number}")
    description = "Illustration: a green field"
    file = factory.LazyAttribute(lambda image: ImageFile(io.BytesIO(_jpeg(1200, 675)), name="image.jpg"))
    renditions = factory.PostGeneration(_prerender)
