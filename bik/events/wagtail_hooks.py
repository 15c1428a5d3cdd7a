from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from bik.events.models import Event


class EventViewSet(SnippetViewSet):
    model = Event
    icon = "date"
    menu_order = 340
    list_display = ("title", "starts_at", "format", "country", "organiser", "locale", "live")
    list_filter = ("format", "live", "locale")
    search_fields = ("title", "city")
    ordering = ("-starts_at",)


register_snippet(EventViewSet)
