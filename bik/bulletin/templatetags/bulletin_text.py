"""Filters for the plain-text version of the bulletin."""

from __future__ import annotations

import html
import re

from django import template
from django.conf import settings
from django.utils.html import strip_tags

register = template.Library()


@register.filter
def underline(value: object, char: str = "-") -> str:
    return char * len(str(value))


@register.filter
def as_plain_text(value: object) -> str:
    """Rich text as readable plain text: paragraphs kept, links written out after their text."""
    text = str(value)
    text = re.sub(
        r'<a [^>]*href="([^"]+)"[^>]*>(.*?)</a>',
        lambda m: f"{m.group(2)} ({settings.SITE_URL if m.group(1).startswith('/') else ''}{m.group(1)})",
        text,
        flags=re.S,
    )
    text = re.sub(r"<li[^>]*>", "* ", text)
    text = re.sub(r"</(p|h[1-6]|li|ul|ol)>", "\n\n", text)
    text = re.sub(r"<br\s*/?>", "\n", text)
    text = html.unescape(strip_tags(text))
    return re.sub(r"\n{3,}", "\n\n", text).strip()
