"""Read API for the resource gallery: the same search, facets and counts as the gallery page, live resources
only, with text and term names in the requested language (English where untranslated)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.utils import translation
from ninja import Query, Router, Schema
from ninja.errors import HttpError
from pydantic import Field

from bik.catalogue.api import PageOut, PageQuery, TermOut, check_language, faceted_list
from bik.resources import services
from bik.resources.models import Resource

router = Router(tags=["resources"])
API_PAGE_SIZE = 20


class ResourceCentreOut(Schema):
    country: str = Field(description="ISO 3166 code, lower case, as used by the centre filter.")
    name: str
    url: str


class ResourceVersionOut(Schema):
    language: str
    language_name: str
    kind: str = Field(description="“file” (a download) or “link” (an external page).")
    url: str


class ResourceSummaryOut(Schema):
    id: int
    title: str
    text_language: str = Field(description="The language of title and description.")
    url: str
    date: dt.date
    languages: list[str]
    age_groups: list[TermOut]
    centre: ResourceCentreOut | None


class ResourceOut(ResourceSummaryOut):
    description_html: str
    licence: str
    licence_label: str
    topics: list[TermOut]
    audiences: list[TermOut]
    types: list[TermOut]
    versions: list[ResourceVersionOut]


class ResourceFacetValueOut(Schema):
    value: str
    label: str
    count: int = Field(description="Resources matching every other selection plus this value.")
    selected: bool


class ResourceFacetOut(Schema):
    name: str
    label: str
    values: list[ResourceFacetValueOut]


class ResourceListOut(PageOut):
    results: list[ResourceSummaryOut]
    facets: list[ResourceFacetOut]


class ResourceFilters(PageQuery):
    lang: str = Field(settings.LANGUAGE_CODE, description="Language of text and labels, e.g. en, fr, el.")
    q: str = Field("", max_length=services.MAX_QUERY_LENGTH, description="Words that must all appear.")
    language: list[str] = Field([], description="Language codes of available versions (any of them).")
    age: list[str] = Field([], description="Age group slugs (any of them).")
    audience: list[str] = Field([], description="Audience slugs (any of them).")
    topic: list[str] = Field([], description="Topic slugs (any of them).")
    type: list[str] = Field([], description="Resource type slugs (any of them).")
    centre: list[str] = Field([], description="Country codes of producing centres (any of them).")


def _absolute(request: HttpRequest, path: str) -> str:
    return request.build_absolute_uri(path)


def _summary(resource: Resource, request: HttpRequest, gallery_url: str) -> dict[str, Any]:
    centre = resource.centre
    return {
        "id": resource.pk,
        "title": resource.display_title,
        "text_language": resource.text_language,
        "url": _absolute(request, services.resource_path(gallery_url, resource)),
        "date": resource.date,
        "languages": [code for code, _name in resource.display_languages],
        "age_groups": services.terms_of(resource.display_age_groups),
        "centre": None
        if centre is None
        else {
            "country": centre.country.code.lower(),
            "name": centre.name,
            "url": _absolute(request, centre.get_absolute_url()),
        },
    }


def _gallery_url(lang: str) -> str:
    gallery = services.gallery_in(lang)
    return str(gallery.url) if gallery is not None else f"/{lang}/portal/resources/"


@router.get("/", response=ResourceListOut, summary="Search resources, with facet counts")
def list_resources(request: HttpRequest, filters: Query[ResourceFilters]) -> dict[str, Any]:
    lang = check_language(filters.lang)
    with translation.override(lang):
        vocabularies = services.Vocabularies.load(lang)
        gallery_url = _gallery_url(lang)
        return faceted_list(
            filters,
            parse=lambda params: services.parse_query(params, vocabularies),
            search=lambda query: services.search(query, vocabularies, per_page=API_PAGE_SIZE),
            summary=lambda resource: _summary(resource, request, gallery_url),
        )


@router.get("/{resource_id}/", response=ResourceOut, summary="Read one resource")
def get_resource(
    request: HttpRequest,
    resource_id: int,
    lang: str = settings.LANGUAGE_CODE,
) -> dict[str, Any]:
    lang = check_language(lang)
    with translation.override(lang):
        vocabularies = services.Vocabularies.load(lang)
        resource = services.find_resource(resource_id, vocabularies, pictures=())
        if resource is None:
            raise HttpError(404, "No published resource with this id.")
        data = _summary(resource, request, _gallery_url(lang))
        data.update(
            description_html=resource.description_html,
            licence=resource.licence,
            licence_label=str(resource.get_licence_display()),
            topics=services.terms_of(resource.display_topics),
            audiences=services.terms_of(resource.display_audiences),
            types=services.terms_of(resource.display_types),
            versions=[
                {
                    "language": v.language,
                    "language_name": v.language_name,
                    "kind": "file" if v.document is not None else "link",
                    "url": _absolute(request, v.href),
                }
                for v in resource.versions
            ],
        )
        return data
