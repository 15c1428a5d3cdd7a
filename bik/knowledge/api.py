"""Read API for the policy and guidance documents: the same search, facets and counts as the list page, live
documents only, with text and labels in the requested language (English where untranslated), in the page
envelope every list of the API shares (count, page, pages, results), plus the facets."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.utils import translation
from ninja import Query, Router, Schema
from ninja.errors import HttpError
from pydantic import Field

from bik.catalogue.api import PageOut, TermOut, check_language, faceted_list
from bik.catalogue.facets import MAX_PAGE, MAX_QUERY_LENGTH
from bik.knowledge import services
from bik.knowledge.models import PolicyDocument

router = Router(tags=["knowledge"])
API_PAGE_SIZE = 20


class DocumentOut(Schema):
    id: int
    title: str
    text_language: str = Field(description="The language of title and summary.")
    url: str = Field(description="The document's page on the portal.")
    summary: str
    country: str = Field(description="ISO 3166 code, or EU for documents at EU level.")
    country_name: str
    document_type: str = Field(description="law, strategy, code-of-conduct, guideline or report.")
    document_type_label: str
    pillars: list[str] = Field(description="protection, empowerment and/or participation (the BIK+ pillars).")
    topics: list[TermOut]
    year: int
    status: str = Field(description="in-force, in-preparation or ended.")
    period_end: int | None = Field(description="Last year in force; null while ongoing.")
    language: str = Field(description="The language of the document itself.")
    responsible_entity: str
    source_url: str


class FacetValueOut(Schema):
    value: str
    label: str
    count: int = Field(description="Documents matching every other selection plus this value.")
    selected: bool


class FacetOut(Schema):
    name: str
    label: str
    values: list[FacetValueOut]


class DocumentListOut(PageOut):
    results: list[DocumentOut]
    facets: list[FacetOut]


class DocumentFilters(Schema):
    lang: str = Field(settings.LANGUAGE_CODE, description="Language of text and labels, e.g. en, fr, el.")
    q: str = Field("", max_length=MAX_QUERY_LENGTH, description="Words that must all appear.")
    country: list[str] = Field([], description="ISO 3166 codes, or EU (any of them).")
    pillar: list[str] = Field([], description="protection, empowerment, participation (any of them).")
    type: list[str] = Field([], description="Document types (any of them).")
    topic: list[str] = Field([], description="Topic slugs (any of them).")
    year: list[str] = Field([], description="Years (any of them).")
    language: list[str] = Field([], description="Language codes of the documents (any of them).")
    page: int = Field(1, ge=1, le=MAX_PAGE)


def _out(document: PolicyDocument, request: HttpRequest) -> dict[str, Any]:
    return {
        "id": document.pk,
        "title": document.display_title,
        "text_language": document.text_language,
        "url": request.build_absolute_uri(document.url),
        "summary": document.display_summary,
        "country": document.country,
        "country_name": str(document.country_name),
        "document_type": document.document_type,
        "document_type_label": str(document.get_document_type_display()),
        "pillars": [pillar.slug for pillar in document.pillars.all()],
        "topics": [{"slug": topic.slug, "name": str(topic.name)} for topic in document.display_topics],
        "year": document.year,
        "status": document.status,
        "period_end": document.period_end,
        "language": document.language,
        "responsible_entity": document.responsible_entity,
        "source_url": document.source_url,
    }


@router.get("/documents/", response=DocumentListOut, summary="Search policy documents, with facet counts")
def list_documents(request: HttpRequest, filters: Query[DocumentFilters]) -> dict[str, Any]:
    lang = check_language(filters.lang)
    with translation.override(lang):
        choices = services.Choices.load(lang)
        return faceted_list(
            filters,
            parse=lambda params: services.parse_query(params, choices),
            search=lambda query: services.search(query, choices, per_page=API_PAGE_SIZE),
            summary=lambda document: _out(document, request),
        )


@router.get("/documents/{document_id}/", response=DocumentOut, summary="Read one policy document")
def get_document(request: HttpRequest, document_id: int, lang: str = settings.LANGUAGE_CODE) -> dict[str, Any]:
    lang = check_language(lang)
    with translation.override(lang):
        found = services.find_document(document_id, services.Choices.load(lang))
        if found is None:
            raise HttpError(404, "No published document with this id.")
        return _out(found, request)
