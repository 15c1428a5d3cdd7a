from django import template
from django.utils.safestring import SafeString, mark_safe

from bik.guide.services import clean_rich_text

register = template.Library()


@register.filter
def safe_rich_text(value: str) -> SafeString:
    """Editors' rich text, sanitised with nh3 before it reaches the page."""
    return mark_safe(clean_rich_text(str(value or "")))  # noqa: S308 -- sanitised by nh3 just above
