"""Read API for the research and industry area: live publications only, in one language (English where a
publication is not translated), filtered like the research page."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.utils import translation
from ninja import Query, Router, Schema
from ninja.errors import HttpError
from pydantic import Field

from bik.catalogue.api import PageOut, PageQuery, TermOut, check_language
from bik.catalogue.pagination import api_page
from bik.research import services
from bik.research.models import Publication, PublicationType

router = Router(tags=["research"])
API_PAGE_SIZE = 20


class PartnerOut(Schema):
    slug: str
    name: str
    kind: str = Field(description="research or industry.")
    url: str = Field(description="The organisation's profile page on the portal.")


class PublicationOut(Schema):
    id: int
    slug: str
    title: str
    url: str = Field(description="The publication's page on the portal.")
    language: str = Field(description="The language of this record.")
    summary: str
    publication_type: str = Field(description=f"One of {', '.join(PublicationType.values)}.")
    year: int
    authors: str
    organisation: str
    partner: PartnerOut | None = Field(description="The partner organisation that submitted it, if any.")
    topics: list[TermOut]
    audiences: list[TermOut]
    file_url: str | None = Field(description="The PDF.")


class PublicationListOut(PageOut):
    results: list[PublicationOut]


class PublicationFilters(PageQuery):
    lang: str = Field(settings.LANGUAGE_CODE, description="Language of the records, e.g. en, fr, de.")
    type: str = Field("", description=f"One of {', '.join(PublicationType.values)}.")
    year: int | None = Field(None, ge=1995, le=2100)
    topic: str = Field("", description="A topic's slug.")
    audience: str = Field("", description="An audience's slug.")
    partner: str = Field("", description="A partner organisation's slug.")


def _index_url(lang: str) -> str:
    return services.research_index_url(lang)


def _partner(publication: Publication, request: HttpRequest) -> dict[str, str] | None:
    partner = publication.partner
    if partner is None or not partner.is_public:
        return None
    return {
        "slug": partner.slug,
        "name": partner.name,
        "kind": partner.kind,
        "url": request.build_absolute_uri(partner.get_absolute_url()),
    }


def _out(publication: Publication, request: HttpRequest, index_url: str) -> dict[str, Any]:
    document = publication.document
    return {
        "id": publication.pk,
        "slug": publication.slug,
        "title": publication.title,
        "url": request.build_absolute_uri(f"{index_url}{publication.slug}/"),
        "language": publication.locale.language_code,
        "summary": publication.summary,
        "publication_type": publication.publication_type,
        "year": publication.year,
        "authors": publication.authors,
        "organisation": publication.organisation,
        "partner": _partner(publication, request),
        "topics": [{"slug": topic.slug, "name": str(topic.name)} for topic in publication.display_topics],
        "audiences": [{"slug": term.slug, "name": str(term.name)} for term in publication.display_audiences],
        "file_url": request.build_absolute_uri(document.url) if document is not None else None,
    }


@router.get("/", response=PublicationListOut, summary="List publications")
def list_publications(request: HttpRequest, filters: Query[PublicationFilters]) -> dict[str, Any]:
    check_language(filters.lang, "lang")
    if filters.type and filters.type not in PublicationType.values:
        raise HttpError(400, f"Unknown type {filters.type!r}; use one of {', '.join(PublicationType.values)}.")
    chosen = {
        "type": filters.type,
        "year": filters.year,
        "topic": filters.topic,
        "audience": filters.audience,
        "partner": filters.partner,
    }
    with translation.override(filters.lang):
        publications = services.filter_publications(services.live_publications(filters.lang), chosen)
        found = api_page(publications, filters.page, API_PAGE_SIZE)
        services.label_publications(found.items)
        index_url = _index_url(filters.lang)
        return found.envelope([_out(publication, request, index_url) for publication in found.items])


@router.get("/{publication_id}/", response=PublicationOut, summary="Read one publication")
def get_publication(request: HttpRequest, publication_id: int) -> dict[str, Any]:
    publication = (
        Publication.objects.filter(live=True, pk=publication_id)
        .select_related("locale", "document", "partner")
        .prefetch_related("topics", "audiences")
        .first()
    )
    if publication is None:
        raise HttpError(404, "No published publication with this id.")
    lang = publication.locale.language_code
    with translation.override(lang):
        services.label_publications([publication])
        return _out(publication, request, _index_url(lang))
