from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from bik.knowledge.models import GlossaryTerm, PolicyDocument


class PolicyDocumentViewSet(SnippetViewSet):
    model = PolicyDocument
    icon = "doc-full"
    list_display = ("title", "country", "document_type", "year", "locale", "live")
    list_filter = ("live", "locale", "document_type", "status", "is_original")
    search_fields = ("title", "summary", "responsible_entity")


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "help"
    list_display = ("term", "slug", "locale", "live")
    list_filter = ("live", "locale")
    search_fields = ("term", "definition")


class KnowledgeHub(SnippetViewSetGroup):
    items = (PolicyDocumentViewSet, GlossaryTermViewSet)
    menu_icon = "doc-full"
    menu_label = _("Knowledge hub")
    menu_name = "knowledge"
    menu_order = 352


register_snippet(KnowledgeHub)
