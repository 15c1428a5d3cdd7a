from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from bik.catalogue.admin import vocabulary_viewset
from bik.news.models import Audience, Topic


class NewsVocabularies(SnippetViewSetGroup):
    items = (vocabulary_viewset(Topic), vocabulary_viewset(Audience, "group"))
    menu_icon = "tag"
    menu_label = _("News topics")
    menu_name = "news-vocabularies"
    menu_order = 310


register_snippet(NewsVocabularies)
