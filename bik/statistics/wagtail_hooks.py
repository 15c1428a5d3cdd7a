from __future__ import annotations

from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from bik.pages.admin_menu import MenuItemFor
from bik.statistics import services
from bik.statistics.models import CategoryVersion


class CategoryVersionViewSet(SnippetViewSet):
    """Network admins edit the category list; a new version says which old categories each new one replaces."""

    model = CategoryVersion
    icon = "list-ul"
    menu_label = _("Helpline categories")
    add_to_admin_menu = True
    menu_order = 330
    list_display = ("__str__", "note", "created_at")


register_snippet(CategoryVersionViewSet)


@hooks.register("register_admin_menu_item")
def register_review_item() -> MenuItem:
    return MenuItemFor(
        services.is_coordinator,
        _("Helpline statistics review"),
        reverse_lazy("statistics:review"),
        icon_name="table",
        order=331,
    )
