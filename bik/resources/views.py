"""The gallery's public views (routes of ResourceGalleryPage): parse the request, call the services, render."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from django.http import Http404, HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.utils.functional import SimpleLazyObject
from django.utils.http import urlencode

from bik.analytics import recorder
from bik.analytics.models import Source
from bik.catalogue.language import current_language
from bik.resources import services

if TYPE_CHECKING:
    from bik.resources.models import ResourceGalleryPage


def gallery(page: ResourceGalleryPage, request: HttpRequest) -> HttpResponse:
    vocabularies = services.Vocabularies.load(current_language())
    query = services.parse_query({key: request.GET.getlist(key) for key in request.GET}, vocabularies)
    gallery_url = page.get_url(request) or ""
    question = pages_query(query)

    def read_result() -> services.GalleryResult:
        result = services.search(query, vocabularies)
        for resource in result.page.object_list:
            resource.url = services.resource_path(gallery_url, resource)
        return result

    # Read when the template first shows it: not at all while the rendered results are kept (a fragment).
    result = cast("services.GalleryResult", SimpleLazyObject(read_result))
    if query.q and query.page == 1:
        recorder.count_search(request, Source.RESOURCES, query.q, found=result.count > 0, language=current_language())
    response: HttpResponse = page.render(
        request,
        template="resources/resource_gallery_page.html",
        context_overrides={
            "result": result,
            "gallery_url": gallery_url,
            "page_obj": SimpleLazyObject(lambda: result.page),
            "results_key": results_key(query, question),
            "pages_query": question,
        },
    )
    return response


def pages_query(query: services.GalleryQuery) -> str:
    """The question as parsed, as the pagination links carry it: the same for every way of writing it, and
    without the request's other parameters (the kept results are shared)."""
    chosen = [(facet, value) for facet in sorted(query.selected) for value in query.selected[facet]]
    return urlencode([("q", query.q), *chosen] if query.q else chosen)


def results_key(query: services.GalleryQuery, question: str) -> str:
    """What the kept results vary on besides the language: the question (`pages_query`), its page, and what the
    visitor got wrong in it (shown with the results)."""
    return urlencode([("q", question), ("page", query.page), *(("error", str(e)) for e in query.errors)])


def detail(page: ResourceGalleryPage, request: HttpRequest, resource_id: int, slug: str) -> HttpResponse:
    vocabularies = services.Vocabularies.load(current_language())
    resource = services.find_resource(resource_id, vocabularies)
    if resource is None:
        raise Http404("No such resource.")
    gallery_url = page.get_url(request) or ""
    if slug != resource.slug:
        return HttpResponsePermanentRedirect(services.resource_path(gallery_url, resource))
    response: HttpResponse = page.render(
        request,
        template="resources/resource_detail.html",
        context_overrides={"resource": resource, "gallery_url": gallery_url},
    )
    return response
