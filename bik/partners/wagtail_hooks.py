from __future__ import annotations

from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from bik.pages.admin_menu import MenuItemFor
from bik.partners import services
from bik.partners.models import PartnerOrganisation


class PartnerOrganisationViewSet(SnippetViewSet):
    """Network admins create organisations here (or approve applications in the review pages)."""

    model = PartnerOrganisation
    icon = "group"
    menu_order = 355
    list_display = ("name", "kind", "status")
    list_filter = ("kind", "status")
    search_fields = ("name", "description")


register_snippet(PartnerOrganisationViewSet)


@hooks.register("register_admin_menu_item")
def register_review_menu_item() -> MenuItem:
    return MenuItemFor(
        services.is_reviewer,
        _("Partner publications"),
        reverse_lazy("partners:review_queue"),
        icon_name="doc-full-inverse",
        order=351,
    )
