from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from bik.news.models import Audience, Topic


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ("name", "slug", "locale")
    search_fields = ("name",)


class AudienceViewSet(SnippetViewSet):
    model = Audience
    icon = "group"
    list_display = ("name", "slug", "locale")
    search_fields = ("name",)


class NewsVocabularies(SnippetViewSetGroup):
    items = (TopicViewSet, AudienceViewSet)
    menu_icon = "tag"
    menu_label = _("News topics")
    menu_name = "news-vocabularies"
    menu_order = 310


register_snippet(NewsVocabularies)
