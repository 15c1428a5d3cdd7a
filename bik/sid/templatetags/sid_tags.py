"""Template tags of the SID mini-site, and the countdown banner the portal's home page shows."""

from __future__ import annotations

from typing import Any

from django import template
from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language

from bik.caching import lookups
from bik.sid import services, views

register = template.Library()


@register.simple_tag(takes_context=True)
def sid_chrome(context: dict[str, Any]) -> dict[str, Any]:
    """What the SID header and footer need beyond URLs: whether to show the review link, the portal's address."""
    request = context.get("request")
    user = getattr(request, "user", None)
    return {
        "is_organiser": user is not None and services.is_organiser(user),
        "portal_url": f"{settings.SITE_URL}/{get_language() or settings.LANGUAGE_CODE}/",
        "impact_url": f"{settings.SITE_URL}{reverse('impact:public')}",
    }


@register.inclusion_tag("sid/portal_banner.html", takes_context=True)
def sid_banner(context: dict[str, Any]) -> dict[str, Any]:
    """The next edition with a countdown in days, for the portal's home page (renders nothing without one)."""
    request = context.get("request")
    today = timezone.localdate()
    edition = lookups.remember(("sid-edition", today), lambda: services.current_edition(today))
    if edition is None or edition.date < today:
        return {"edition": None}
    return {
        "edition": edition,
        "days_left": edition.days_until(today),
        "sid_url": views.sid_absolute(request, services.sid_reverse("home")),
    }


@register.filter
def sid_clean(html: str) -> str:
    """Supporters' HTML, sanitised again on the way out (it was sanitised when saved)."""
    from django.utils.safestring import mark_safe

    return mark_safe(services.sanitise(html))  # noqa: S308 -- nh3 output
