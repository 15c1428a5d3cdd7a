"""Atom and RSS feeds of new policy documents, optionally narrowed like the list (`?country=IE&pillar=…`)."""

from __future__ import annotations

import datetime as dt

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.urls import reverse
from django.utils.translation import gettext as _

from bik.catalogue.facets import FacetQuery
from bik.knowledge import services
from bik.knowledge.models import PolicyDocument
from bik.pages.feeds import FEED_TYPES, RequestFeed


class DocumentFeed(RequestFeed):
    def __init__(self, kind: str, query: FacetQuery, choices: services.Choices) -> None:
        super().__init__(kind)
        self.query = query
        self.choices = choices

    def title(self) -> str:
        return _("New policy and guidance documents")

    def link(self) -> str:
        query = services.feed_query_string(self.query)
        return reverse("knowledge:documents") + (f"?{query}" if query else "")

    def description(self) -> str:
        chosen = [
            f"{facet.label}: {', '.join(value.label for value in facet.values if value.selected)}"
            for facet in services.search(self.query, self.choices, per_page=1).facets
            if facet.has_selection
        ]
        base = _("Laws, strategies, codes of conduct, guidelines and reports on children’s online lives.")
        return f"{base} {'; '.join(chosen)}".strip()

    def items(self) -> list[PolicyDocument]:
        return services.newest_documents(self.query, self.choices)

    def item_title(self, item: PolicyDocument) -> str:
        return f"{item.display_title} ({item.country_name}, {item.year})"

    def item_description(self, item: PolicyDocument) -> str:
        return str(item.display_summary)

    def item_link(self, item: PolicyDocument) -> str:
        return str(item.url)

    def item_pubdate(self, item: PolicyDocument) -> dt.datetime | None:
        return item.first_published_at  # type: ignore[no-any-return]

    def item_updateddate(self, item: PolicyDocument) -> dt.datetime | None:
        return item.last_published_at  # type: ignore[no-any-return]

    def item_categories(self, item: PolicyDocument) -> list[str]:
        return [item.get_document_type_display(), *item.display_pillars, *(str(t.name) for t in item.display_topics)]


def serve(request: HttpRequest, kind: str) -> HttpResponse:
    if kind not in FEED_TYPES:
        raise Http404
    choices = services.Choices.load(services.current_language())
    query = services.parse_query({key: request.GET.getlist(key) for key in request.GET}, choices)
    if query.errors:
        return HttpResponseBadRequest(" ".join(query.errors), content_type="text/plain; charset=utf-8")
    return DocumentFeed(kind, query, choices)(request)
