from __future__ import annotations

import re
from typing import Any

from django import template
from django.conf import settings
from django.http import HttpRequest
from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import format_html

from bik.analytics import beacon
from bik.sid.middleware import SID_URLCONF

register = template.Library()

# Private areas are not counted: their paths are nobody else's business (report numbers, spaces, accounts).
_NOT_COUNTED = re.compile(r"^/[a-z-]+/(?:accounts?|community|hotline|moderation|youth|impact/(?:centres|network))/")


def _counted_path(request: HttpRequest) -> str:
    """The path as counted: the SID mini-site's pages under their host name, so its /en/ is not the portal's."""
    if getattr(request, "urlconf", None) == SID_URLCONF:
        return f"//{settings.BIK_SID_HOST}{request.path}"
    return request.path


@register.simple_tag(takes_context=True)
def analytics_beacon(context: dict[str, Any]) -> str:
    """The first-party counting script (no cookie, no identifier): the same for every visitor of a path, so it
    is part of cached pages."""
    request = context.get("request")
    if request is None or _NOT_COUNTED.match(request.path):
        return ""
    return format_html(
        '<script src="{}" data-analytics-url="{}" data-analytics-page="{}" defer></script>',
        static("bik/js/analytics.js"),
        reverse("analytics:hit"),
        beacon.page_token(_counted_path(request)),
    )


@register.simple_tag
def video_token(video_id: int) -> str:
    return beacon.video_token(video_id)
