"""The site chrome — navigation and footer links — per site and language.

It is the same for every page of a site in one language, so it is computed once and kept in the cache;
publishing, moving or deleting a page, or changing the footer settings, starts a new generation."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.http import HttpRequest
from django.utils.translation import get_language
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from bik.caching.generations import Generation
from bik.pages.models import FooterLinks

CHROME = Generation("chrome")
_TIMEOUT = 60 * 60 * 24


@dataclass(frozen=True)
class NavItem:
    page_id: int
    title: str
    url: str
    intro: str = ""


@dataclass(frozen=True)
class Chrome:
    home_url: str = "/"
    nav: list[NavItem] = field(default_factory=list)
    accessibility_url: str = ""
    privacy_url: str = ""
    contact_url: str = ""


def _url(page: Page | None, request: HttpRequest) -> str:
    if page is None:
        return ""
    return page.localized.get_url(request) or ""


def build(site: Site, request: HttpRequest) -> Chrome:
    root = site.root_page.localized
    nav = [
        NavItem(page_id=page.pk, title=page.title, url=page.get_url(request) or "", intro=getattr(page, "intro", ""))
        for page in root.get_children().live().public().in_menu().specific().order_by("path")
    ]
    footer = FooterLinks.for_site(site)
    return Chrome(
        home_url=root.get_url(request) or "/",
        nav=nav,
        accessibility_url=_url(footer.accessibility_page, request),
        privacy_url=_url(footer.privacy_page, request),
        contact_url=_url(footer.contact_page, request),
    )


def for_request(request: HttpRequest) -> Chrome:
    site = Site.find_for_request(request)
    if site is None:
        return Chrome()
    key = CHROME.key(site.pk, get_language())
    cached: Chrome | None = cache.get(key)
    if cached is None:
        cached = build(site, request)
        cache.set(key, cached, _TIMEOUT)
    return cached


def invalidate(**kwargs: Any) -> None:
    CHROME.renew()


for _signal in (page_published, page_unpublished, post_page_move):
    _signal.connect(invalidate, dispatch_uid=f"bik.pages.chrome.{_signal!r}")
post_delete.connect(invalidate, sender=Page, dispatch_uid="bik.pages.chrome.delete")


@receiver(post_save, sender=FooterLinks, dispatch_uid="bik.pages.chrome.footer")
def _footer_changed(**kwargs: Any) -> None:
    invalidate()
