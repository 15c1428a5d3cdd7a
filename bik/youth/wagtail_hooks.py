"""The youth area in the admin: network admins keep the ages of digital consent and the spaces; learning
modules, digital-leader paths, meetings (webinars among them) and resources picked for youth are edited here
too (coordinators, who have no admin access, do the same on the front end: see coordination_views.py)."""

from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from bik.pages.admin_menu import MenuItemFor
from bik.youth.coordination import picks_for_every_space
from bik.youth.models import ConsentAge, LearningModule, LearningPath, Meeting, Space, YouthPick


class ConsentAgeViewSet(SnippetViewSet):
    model = ConsentAge
    icon = "user"
    list_display = ("country", "age", "source")


class SpaceViewSet(SnippetViewSet):
    model = Space
    icon = "group"
    list_display = ("title", "slug", "country", "language")


class LearningModuleViewSet(SnippetViewSet):
    model = LearningModule
    icon = "doc-full"
    list_display = ("title", "space", "is_published")
    list_filter = ("space",)


class LearningPathViewSet(SnippetViewSet):
    model = LearningPath
    icon = "list-ol"
    list_display = ("title", "space", "badge_name", "is_published")
    list_filter = ("space",)


class MeetingViewSet(SnippetViewSet):
    model = Meeting
    icon = "date"
    list_display = ("title", "space", "starts_at", "is_webinar")
    list_filter = ("space", "is_webinar")


class YouthPickViewSet(SnippetViewSet):
    model = YouthPick
    icon = "pick"
    list_display = ("resource", "space", "created_at")
    list_filter = ("space",)


class YouthAdmin(SnippetViewSetGroup):
    items = (
        SpaceViewSet,
        LearningModuleViewSet,
        LearningPathViewSet,
        MeetingViewSet,
        YouthPickViewSet,
        ConsentAgeViewSet,
    )
    menu_icon = "group"
    menu_label = _("BIK Youth")
    menu_name = "youth"
    menu_order = 330


register_snippet(YouthAdmin)


@hooks.register("register_admin_menu_item")
def register_picks_menu_item() -> MenuItem:
    """The front-end page where editors search the gallery and pick resources for each youth space."""
    return MenuItemFor(
        picks_for_every_space,
        _("Resources for youth spaces"),
        reverse_lazy("youth:pick_index"),
        icon_name="pick",
        order=345,
    )
