from __future__ import annotations

from django import template
from django.contrib.auth.models import AnonymousUser

from bik.accounts.models import User
from bik.panels import services

register = template.Library()


@register.filter
def writes_for_a_panel(user: User | AnonymousUser) -> bool:
    """Whether the youth area's navigation offers "My youth panel" (members and coordinators)."""
    return services.writes_for_a_panel(user)
