from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from bik.network.models import Centre


class CentreViewSet(SnippetViewSet):
    model = Centre
    icon = "site"
    menu_label = "Safer Internet Centres"
    menu_order = 300
    add_to_admin_menu = True
    list_display = ("name", "country", "is_active")
    list_filter = ("is_active",)
    search_fields = ("name",)


register_snippet(CentreViewSet)
