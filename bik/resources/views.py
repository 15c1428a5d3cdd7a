"""The gallery's public views (routes of ResourceGalleryPage): parse the request, call the services, render."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.http import Http404, HttpRequest, HttpResponse, HttpResponsePermanentRedirect

from bik.analytics import recorder
from bik.analytics.models import Source
from bik.catalogue.language import current_language
from bik.resources import services

if TYPE_CHECKING:
    from bik.resources.models import ResourceGalleryPage


def gallery(page: ResourceGalleryPage, request: HttpRequest) -> HttpResponse:
    vocabularies = services.Vocabularies.load(current_language())
    query = services.parse_query({key: request.GET.getlist(key) for key in request.GET}, vocabularies)
    result = services.search(query, vocabularies)
    if query.q and query.page == 1:
        recorder.count_search(request, Source.RESOURCES, query.q, found=result.count > 0, language=current_language())
    gallery_url = page.get_url(request) or ""
    for resource in result.page.object_list:
        resource.url = services.resource_path(gallery_url, resource)
    response: HttpResponse = page.render(
        request,
        template="resources/resource_gallery_page.html",
        context_overrides={"result": result, "gallery_url": gallery_url, "page_obj": result.page},
    )
    return response


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
