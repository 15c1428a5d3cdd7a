"""Read API for the directory: the active Safer Internet Centres with the contacts of their strands."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.utils import translation
from ninja import Query, Router, Schema
from ninja.errors import HttpError
from pydantic import Field

from bik.catalogue.api import PageOut, PageQuery, check_language
from bik.catalogue.pagination import api_page
from bik.network.models import Centre, Service

router = Router(tags=["centres"])
API_PAGE_SIZE = 50  # the whole network (31 centres) fits on one page


class ServiceOut(Schema):
    strand: str
    strand_label: str
    organisation: str
    website: str
    phone: str
    email: str
    chat_url: str
    report_url: str
    opening_hours: str


class CentreOut(Schema):
    country: str = Field(description="ISO 3166-1 alpha-2 code.")
    country_name: str = Field(description="The country's name in the requested language.")
    name: str
    website: str
    summary: str
    url: str = Field(description="The centre's page on the portal, in the requested language.")
    services: list[ServiceOut]


class CentreListOut(PageOut):
    results: list[CentreOut]


class CentreFilters(PageQuery):
    lang: str = Field(settings.LANGUAGE_CODE, description="Language of country names and links, e.g. en, fr, el.")


class LanguageChoice(Schema):
    lang: str = Field(settings.LANGUAGE_CODE, description="Language of country names and links, e.g. en, fr, el.")


def _service(service: Service) -> dict[str, Any]:
    return {
        "strand": service.strand,
        "strand_label": str(service.get_strand_display()),
        "organisation": service.organisation,
        "website": service.website,
        "phone": service.phone,
        "email": service.email,
        "chat_url": service.chat_url,
        "report_url": service.report_url,
        "opening_hours": service.opening_hours,
    }


def _centre(centre: Centre, request: HttpRequest) -> dict[str, Any]:
    return {
        "country": centre.country.code,
        "country_name": str(centre.country.name),
        "name": centre.name,
        "website": centre.website,
        "summary": centre.summary,
        "url": request.build_absolute_uri(centre.get_absolute_url()),
        "services": [_service(service) for service in centre.services.all()],
    }


@router.get("/centres/", response=CentreListOut, summary="List the Safer Internet Centres")
def list_centres(request: HttpRequest, filters: Query[CentreFilters]) -> dict[str, Any]:
    lang = check_language(filters.lang)
    with translation.override(lang):
        centres = api_page(Centre.objects.published().with_services(), filters.page, API_PAGE_SIZE)
        return centres.envelope([_centre(centre, request) for centre in centres.items])


@router.get("/centres/{country}/", response=CentreOut, summary="Read one centre")
def get_centre(request: HttpRequest, country: str, query: Query[LanguageChoice]) -> dict[str, Any]:
    lang = check_language(query.lang)
    # Only two ASCII letters reach the database (PostgreSQL refuses NUL bytes in text, for one).
    valid_code = len(country) == 2 and country.isascii() and country.isalpha()
    centre = Centre.objects.published().with_services().filter(country=country.upper()).first() if valid_code else None
    if centre is None:
        raise HttpError(404, "No active centre for this country code.")
    with translation.override(lang):
        return _centre(centre, request)
