from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from bik.guide.models import OnlineService


class OnlineServiceViewSet(SnippetViewSet):
    model = OnlineService
    icon = "globe"
    menu_order = 330
    list_display = ("name", "category", "minimum_age", "last_reviewed", "locale", "live")
    list_filter = ("category", "live", "locale")
    search_fields = ("name", "used_for")


register_snippet(OnlineServiceViewSet)
