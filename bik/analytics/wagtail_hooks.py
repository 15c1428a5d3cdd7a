from __future__ import annotations

from typing import Any

from django.urls import path, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from bik.analytics import admin_views
from bik.pages.admin_menu import MenuItemFor


@hooks.register("register_admin_urls")
def register_usage_url() -> list[Any]:
    return [path("analytics/", admin_views.usage_report, name="analytics_usage")]


@hooks.register("register_reports_menu_item")
def register_usage_menu_item() -> MenuItem:
    return MenuItemFor(
        admin_views.may_read, _("Site usage"), reverse_lazy("analytics_usage"), icon_name="doc-full", order=900
    )
