from django import template

from bik.hotline.canonical import defang as defang_url

register = template.Library()


@register.filter
def defang(text: str) -> str:
    """A reported URL as inert text (escaped as usual by the template engine; never a link)."""
    return defang_url(str(text))
