from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from bik.videos.models import AgeGroup, Topic, Video


class VideoViewSet(SnippetViewSet):
    model = Video
    icon = "media"
    list_display = ("title", "locale", "live")
    list_filter = ("live", "locale")
    search_fields = ("title", "description")


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ("name", "slug", "locale")
    search_fields = ("name",)


class AgeGroupViewSet(SnippetViewSet):
    model = AgeGroup
    icon = "group"
    list_display = ("name", "slug", "sort_order", "locale")
    search_fields = ("name",)


class VideoGallery(SnippetViewSetGroup):
    items = (VideoViewSet, TopicViewSet, AgeGroupViewSet)
    menu_icon = "media"
    menu_label = _("Videos")
    menu_name = "videos"
    menu_order = 320


register_snippet(VideoGallery)
