"""The knowledge hub's public views: parse the request, call the services, render."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import render
from django.urls import reverse

from bik.knowledge import services
from bik.knowledge.models import KnowledgeHubPage


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
