from __future__ import annotations

from typing import Any

from django.contrib.auth.models import Group
from django.urls import URLPattern, include, path, reverse, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.models import Page, PageViewRestriction

from bik.accounts.roles import Role
from bik.bulletin import admin_views
from bik.bulletin.models import Audience, BulletinIssuePage

admin_urls = (
    [
        path("", admin_views.overview, name="overview"),
        path("issues/<int:page_id>/send/", admin_views.send_issue, name="send"),
        path("mailings/<int:mailing_id>/", admin_views.progress, name="progress"),
        path("mailings/<int:mailing_id>/progress.json", admin_views.progress_json, name="progress_json"),
    ],
    "bulletin_admin",
)


@hooks.register("register_admin_urls")
def register_admin_urls() -> list[URLPattern]:
    return [path("bulletin/", include(admin_urls))]  # type: ignore[list-item]


@hooks.register("register_admin_menu_item")
def register_menu_item() -> MenuItem:
    return MenuItem(_("Bulletin mailings"), reverse_lazy("bulletin_admin:overview"), icon_name="mail", order=320)


@hooks.register("register_page_header_buttons")
def send_button(page: Page, user: Any, view_name: str, next_url: str | None = None) -> list[Button]:
    if not isinstance(page.specific_deferred, BulletinIssuePage):
        return []
    return [Button(_("Send…"), reverse("bulletin_admin:send", args=[page.pk]), icon_name="mail", priority=5)]


@hooks.register("after_publish_page")
def restrict_community_updates(request: Any, page: Page) -> None:
    """Community updates are internal: their web version is restricted to SIC members, so they never
    appear in public lists, search or feeds."""
    specific = page.specific
    if not isinstance(specific, BulletinIssuePage) or specific.audience != Audience.COMMUNITY:
        return
    restrict_to_community(specific)


def restrict_to_community(page: Page) -> None:
    if PageViewRestriction.objects.filter(page=page).exists():
        return
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(*Group.objects.filter(name__in=[Role.SIC_MEMBER.value]))
