"""{% picture record "card" %}: a record's image as a responsive <picture>, or its drawn cover when it has none.

Card and list templates call this one tag; `eager=True` is for the one picture above the fold (a hero), which
then loads at once with high priority instead of lazily."""

from __future__ import annotations

from typing import Any

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import SafeString

from bik.pictures import rendering

register = template.Library()


@register.simple_tag
def picture(
    record: Any, size: str = "card", eager: bool = False, css_class: str = "", cover: bool = True
) -> SafeString:
    image = getattr(record, "image", None)
    if image is not None:
        alt = str(getattr(record, "picture_alt", "") or "")
        context = rendering.picture_context(image, alt, size, eager=eager, css_class=css_class)
        return SafeString(render_to_string("includes/picture.html", context))
    if not cover:
        return SafeString("")
    return SafeString(render_to_string("includes/cover.html", rendering.cover_context(record, css_class=css_class)))


@register.simple_tag
def picture_url(record: Any, size: str = "hero") -> str:
    """The address of the record's largest fallback rendition (a video's poster attribute)."""
    return rendering.picture_url(record, size)
