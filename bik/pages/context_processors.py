from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils.translation import get_language
from wagtail.models import Page, Site

from bik.pages.models import FooterLinks


def _localized(page: Page | None) -> Page | None:
    return page.localized if page is not None else None


def site_chrome(request: HttpRequest) -> dict[str, Any]:
    """Navigation and footer pages, in the visitor's language where a translation exists.

    Computed lazily: templates that never render the chrome (emails, JSON) never pay for it."""
    cache: dict[str, Any] = {}

    def load() -> dict[str, Any]:
        if cache:
            return cache
        site = Site.find_for_request(request)
        root = site.root_page.localized if site else None
        nav: list[Page] = []
        if root is not None:
            nav = list(root.get_children().live().public().in_menu().specific().order_by("path"))
        footer = FooterLinks.for_site(site) if site else None
        cache.update(
            home=root,
            nav=nav,
            accessibility=_localized(footer.accessibility_page) if footer else None,
            privacy=_localized(footer.privacy_page) if footer else None,
            contact=_localized(footer.contact_page) if footer else None,
        )
        return cache

    class Chrome:
        def __getattr__(self, name: str) -> Any:
            return load().get(name)

    return {"chrome": Chrome(), "current_locale_code": get_language()}
