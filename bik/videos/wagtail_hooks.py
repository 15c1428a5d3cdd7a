from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from bik.catalogue.admin import vocabulary_viewset
from bik.videos.models import AgeGroup, Topic, Video


class VideoViewSet(SnippetViewSet):
    model = Video
    icon = "media"
    list_display = ("title", "locale", "live")
    list_filter = ("live", "locale")
    search_fields = ("title", "description")


class VideoGallery(SnippetViewSetGroup):
    items = (VideoViewSet, vocabulary_viewset(Topic), vocabulary_viewset(AgeGroup, "group"))
    menu_icon = "media"
    menu_label = _("Videos")
    menu_name = "videos"
    menu_order = 320


register_snippet(VideoGallery)
