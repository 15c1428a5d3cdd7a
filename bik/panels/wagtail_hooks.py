from __future__ import annotations

from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from bik.pages.admin_menu import MenuItemFor
from bik.panels import services


@hooks.register("register_admin_menu_item")
def register_consultations_item() -> MenuItem:
    return MenuItemFor(
        services.is_consultation_staff,
        _("Youth consultations"),
        reverse_lazy("panels:manage"),
        icon_name="help",
        order=340,
    )
