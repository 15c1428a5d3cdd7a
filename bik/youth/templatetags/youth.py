"""Template helpers for youth content and its moderation: safe rendering of what young people write
(links through the leaving-the-site notice, rel="ugc nofollow"), names of content kinds and screen reasons."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlencode

import nh3
from django import template
from django.core.exceptions import ObjectDoesNotExist
from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from bik.moderation import labels
from bik.youth import services, sessions
from bik.youth.models import avatar_file

register = template.Library()

_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"']+[^\s<>\"'.,;:!?)]", re.IGNORECASE)


@register.filter
def keeps_addresses(user: Any) -> bool:
    """`{% if user|keeps_addresses %}`: whether the list of signed-in devices shows each one's address
    (bik.youth.sessions)."""
    return bool(getattr(user, "is_authenticated", False)) and sessions.keeps_addresses(user)


@register.filter
def in_youth_area(user: Any) -> bool:
    """`{% if user|in_youth_area %}`: a young member, for pages shared with adults (reports) that show a young
    person the youth area's menu and look."""
    return services.is_youth_member(user)


@register.filter
def reason_label(code: str) -> str:
    return labels.reason_label(code)


@register.filter
def content_kind(obj: Any) -> str:
    if obj is None:
        return str(_("Deleted content"))
    return str(obj._meta.verbose_name).capitalize()


@register.filter
def content_summary(obj: Any) -> str:
    """A few words of what someone wrote: its title, else the start of its text."""
    if obj is None:
        return ""
    title = str(getattr(obj, "title", "") or "")
    if title:
        return title
    text = " ".join(obj.moderation_text().split()) if hasattr(obj, "moderation_text") else ""
    return Truncator(text).chars(80)


def _link(match: re.Match[str]) -> str:
    url = match.group(0)
    target = url if url.lower().startswith("http") else f"https://{url}"
    leaving = reverse("youth:leaving") + "?" + urlencode({"to": target})
    return f'<a href="{escape(leaving)}" rel="ugc nofollow">{escape(url)}</a>'


@register.filter
def user_text(text: str) -> SafeString:
    """Plain text a member wrote, as HTML: escaped, paragraphs kept, links sent through the notice page."""
    paragraphs = [part for part in re.split(r"\n\s*\n", str(text)) if part.strip()]
    html_parts = []
    for paragraph in paragraphs:
        pieces: list[str] = []
        last = 0
        for match in _URL.finditer(paragraph):
            pieces.append(escape(paragraph[last : match.start()]))
            pieces.append(_link(match))
            last = match.end()
        pieces.append(escape(paragraph[last:]))
        html_parts.append("<p>" + "".join(pieces).replace("\n", "<br>") + "</p>")
    cleaned = nh3.clean(
        "".join(html_parts),
        tags={"p", "br", "a"},
        attributes={"a": {"href"}},
        link_rel="ugc nofollow",
        url_schemes={"http", "https"},
    )
    return mark_safe(cleaned)  # noqa: S308 -- escaped above and sanitised by nh3


@register.simple_tag
def meeting_time(meeting: Any) -> SafeString:
    """The start time in the space's time zone with the zone's name; youth.js adds the time in the visitor's own
    zone when it is another (and writes it in the language's words when it is the same). The machine-readable
    value is UTC."""
    from django.utils import formats
    from django.utils.html import format_html

    from bik.youth.services import space_timezone

    zone = space_timezone(meeting.space)
    return format_html(
        '<time class="js-local-time" datetime="{}" data-zone="{}">{} ({})</time>',
        meeting.starts_at.isoformat(),
        zone.key,
        formats.date_format(meeting.starts_at.astimezone(zone), "DATETIME_FORMAT"),
        zone.key,
    )


@register.simple_tag
def youth_avatar(user: Any, size: int = 40) -> SafeString:
    """The avatar a member chose from the project's drawings, beside their name (so it is decorative: alt="")."""
    try:
        chosen = user.youth_profile.avatar if user is not None else ""
    except ObjectDoesNotExist:
        chosen = ""
    src = escape(static(avatar_file(chosen)))
    return mark_safe(  # noqa: S308 -- every part is a fixed string, an int or escaped
        f'<img class="avatar" src="{src}" alt="" width="{int(size)}" height="{int(size)}">'
    )
