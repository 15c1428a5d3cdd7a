from typing import Any

from django.urls import path, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from bik.catalogue.admin import vocabulary_viewset
from bik.pages.admin_menu import MenuItemFor
from bik.resources import admin_views
from bik.resources.models import AgeGroup, Audience, Resource, ResourceType, Topic


class ResourceViewSet(SnippetViewSet):
    model = Resource
    icon = "doc-full"
    list_display = ("title", "locale", "centre", "date", "live")
    list_filter = ("live", "locale", "is_original")
    search_fields = ("title", "description")


class ResourceGallery(SnippetViewSetGroup):
    items = (
        ResourceViewSet,
        vocabulary_viewset(Topic),
        vocabulary_viewset(AgeGroup, "group"),
        vocabulary_viewset(Audience, "user"),
        vocabulary_viewset(ResourceType, "folder-open-inverse"),
    )
    menu_icon = "doc-full"
    menu_label = _("Resources")
    menu_name = "resources"
    menu_order = 315


register_snippet(ResourceGallery)


@hooks.register("register_admin_urls")
def register_import_url() -> list[Any]:
    return [path("resources/import/", admin_views.import_resources, name="resources_import")]


@hooks.register("register_admin_menu_item")
def register_import_menu_item() -> MenuItem:
    return MenuItemFor(
        lambda user: bool(user.has_perm("resources.add_resource")),
        _("Import resources"),
        reverse_lazy("resources_import"),
        icon_name="upload",
        order=316,
    )
