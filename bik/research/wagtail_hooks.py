from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from bik.research.models import Publication


class PublicationViewSet(SnippetViewSet):
    model = Publication
    icon = "doc-full"
    menu_order = 350
    list_display = ("title", "publication_type", "year", "locale", "live")
    list_filter = ("publication_type", "live", "locale")
    search_fields = ("title", "summary", "authors", "organisation")


register_snippet(PublicationViewSet)
