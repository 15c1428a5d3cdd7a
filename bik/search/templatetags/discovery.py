"""Open Graph and Twitter card tags for every page, in the visitor's language."""

from __future__ import annotations

import functools
from typing import Any

from django import template
from django.conf import settings
from django.utils.html import format_html_join
from django.utils.safestring import SafeString
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext as _

register = template.Library()

# Open Graph wants language_TERRITORY; each language's main territory.
OG_LOCALES = {
    "bg": "bg_BG",
    "cs": "cs_CZ",
    "da": "da_DK",
    "de": "de_DE",
    "el": "el_GR",
    "en": "en_GB",
    "es": "es_ES",
    "et": "et_EE",
    "fi": "fi_FI",
    "fr": "fr_FR",
    "ga": "ga_IE",
    "hr": "hr_HR",
    "hu": "hu_HU",
    "it": "it_IT",
    "lt": "lt_LT",
    "lv": "lv_LV",
    "mt": "mt_MT",
    "nl": "nl_NL",
    "pl": "pl_PL",
    "pt": "pt_PT",
    "ro": "ro_RO",
    "sk": "sk_SK",
    "sl": "sl_SI",
    "sv": "sv_SE",
    "is": "is_IS",
    "nb": "nb_NO",
    "sr": "sr_RS",
    "uk": "uk_UA",
}
# The hero picture's largest JPEG (bik.pictures.rendering): made already for the page itself, 1200 wide as
# sharing cards want.
SHARE_IMAGE_SPEC = "fill-1200x675|format-jpeg|jpegquality-80"


def og_locale(code: str) -> str:
    return OG_LOCALES.get(code, code.replace("-", "_"))


@functools.cache
def alternate_locale_tags(current: str) -> SafeString:
    """Every other language's og:locale:alternate, the same on every page in `current`: built once a process."""
    return format_html_join(
        "\n  ",
        '<meta property="og:locale:alternate" content="{}">',
        ((og_locale(code),) for code, _name in settings.LANGUAGES if code != current),
    )


def _description(page: Any) -> str:
    for name in ("search_description", "intro", "hero_text"):
        value = getattr(page, name, "")
        if value:
            return Truncator(str(value)).chars(300)
    return ""


@register.inclusion_tag("search/open_graph.html", takes_context=True)
def open_graph(context: template.Context) -> dict[str, Any]:
    request = context.get("request")
    page = context.get("page")
    site_name = _("Better Internet for Kids")
    current = get_language() or settings.LANGUAGE_CODE
    title = ""
    if page is not None:
        title = str(getattr(page, "seo_title", "") or getattr(page, "title", ""))
    title = title or str(context.get("og_title") or site_name)
    image = None
    source = getattr(page, "og_image", None)
    if source is not None and request is not None:
        rendition = source.get_rendition(SHARE_IMAGE_SPEC)
        image = {
            "url": request.build_absolute_uri(rendition.url),
            "width": rendition.width,
            "height": rendition.height,
            "alt": str(getattr(source, "description", "") or source.title),
        }
    return {
        "title": title,
        "description": _description(page) if page is not None else str(context.get("og_description") or ""),
        "url": request.build_absolute_uri(request.path) if request is not None else "",
        "type": getattr(page, "og_type", "website"),
        "locale": og_locale(current),
        "alternate_locales": alternate_locale_tags(current),
        "site_name": site_name,
        "image": image,
    }
