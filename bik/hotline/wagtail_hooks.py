from __future__ import annotations

from django.urls import URLPattern, include, path, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from bik.hotline import admin_views, services
from bik.pages.admin_menu import MenuItemFor

admin_urls = (
    [
        path("", admin_views.analysts, name="analysts"),
        path("<int:role_id>/remove/", admin_views.remove, name="remove"),
    ],
    "hotline_admin",
)


@hooks.register("register_admin_urls")
def register_admin_urls() -> list[URLPattern]:
    return [path("hotline-analysts/", include(admin_urls))]  # type: ignore[list-item]


@hooks.register("register_admin_menu_item")
def register_menu_item() -> MenuItem:
    return MenuItemFor(
        services.is_network_admin,
        _("Hotline analysts"),
        reverse_lazy("hotline_admin:analysts"),
        icon_name="user",
        order=330,
    )
