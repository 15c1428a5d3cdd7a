"""The knowledge hub's public views: parse the request, call the services, render. The explainer pages' context
and the sitemap's records, which take the request, are here too."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import override

from bik.knowledge import services
from bik.knowledge.glossary import link_terms
from bik.knowledge.models import ExplainerPage, KnowledgeHubPage


def _hub_url() -> str:
    hub = KnowledgeHubPage.objects.live().public().filter(locale__language_code=services.current_language()).first()
    return (hub.get_url() or "") if hub is not None else ""


def documents(request: HttpRequest) -> HttpResponse:
    choices = services.Choices.load(services.current_language())
    query = services.parse_query({key: request.GET.getlist(key) for key in request.GET}, choices)
    result = services.search(query, choices)
    feed_query = services.feed_query_string(query)
    return render(
        request,
        "knowledge/documents.html",
        {
            "result": result,
            "page_obj": result.page,
            "documents_url": reverse("knowledge:documents"),
            "feed_query": f"?{feed_query}" if feed_query else "",
            "hub_url": _hub_url(),
        },
    )


def document(request: HttpRequest, document_id: int, slug: str) -> HttpResponse:
    choices = services.Choices.load(services.current_language())
    found = services.find_document(int(document_id), choices)
    if found is None:
        raise Http404("No such document.")
    if slug != found.slug:
        return HttpResponsePermanentRedirect(services.document_path(found))
    return render(
        request,
        "knowledge/document.html",
        {"document": found, "documents_url": reverse("knowledge:documents"), "hub_url": _hub_url()},
    )


def glossary(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "knowledge/glossary.html",
        {"letters": services.glossary_by_letter(services.current_language()), "hub_url": _hub_url()},
    )


def explainer_context(page: ExplainerPage, request: HttpRequest | None) -> dict[str, Any]:
    """The explainer's body with the glossary terms of its text's language linked (English terms too where
    a term is not translated), and the terms it linked, for the "Terms on this page" list."""
    language = services.text_language(page)
    body = page.body.render_as_block(context={"request": request, "page": page})
    html, linked = link_terms(str(body), services.linked_terms(language), services.glossary_url())
    hub = page.get_parent()
    return {
        "linked_body": mark_safe(html),  # noqa: S308 -- the rendered StreamField with only our own <a> added
        "linked_terms": linked,
        "text_language": language,
        "hub": hub,
        "glossary_url": services.glossary_url(),
    }


def sitemap_entries(language: str, request: HttpRequest) -> Iterable[tuple[str, dt.date | None]]:
    """The documents list, the glossary and every live document, in `language` (path, last change)."""
    with override(language):
        yield reverse("knowledge:documents"), None
        yield reverse("knowledge:glossary"), None
        for document in services.published_documents().only("pk", "title", "last_published_at").order_by("pk"):
            changed = document.last_published_at.date() if document.last_published_at else None
            yield services.document_path(document), changed
