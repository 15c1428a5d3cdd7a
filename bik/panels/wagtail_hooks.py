from __future__ import annotations

from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from bik.panels import services


class ConsultationsMenuItem(MenuItem):
    def is_shown(self, request: HttpRequest) -> bool:
        return services.is_consultation_staff(request.user)


@hooks.register("register_admin_menu_item")
def register_consultations_item() -> MenuItem:
    return ConsultationsMenuItem(_("Youth consultations"), reverse("panels:manage"), icon_name="help", order=340)
