"""Read API for the guide to online services: live entries only, in one language (English where
untranslated), filtered like the guide; rich text is sanitised."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.utils import translation
from ninja import Query, Router, Schema
from ninja.errors import HttpError
from pydantic import Field

from bik.catalogue.api import PageOut, PageQuery, check_language
from bik.catalogue.pages import index_in
from bik.catalogue.pagination import api_page
from bik.guide import services
from bik.guide.models import Category, GuidePage, OnlineService

router = Router(tags=["guide"])
API_PAGE_SIZE = 20


class OnlineServiceSummaryOut(Schema):
    id: int
    slug: str
    name: str
    url: str = Field(description="The service's page in the guide.")
    language: str
    category: str
    category_label: str
    minimum_age: int = Field(description="The youngest age its terms allow; 0 when they set none.")
    age_rating: str
    used_for: str
    last_reviewed: dt.date


class OnlineServiceOut(OnlineServiceSummaryOut):
    privacy_settings_html: str
    reporting_tools_html: str
    parental_controls_html: str
    safety_tips_html: str
    safety_centre_url: str


class OnlineServiceListOut(PageOut):
    results: list[OnlineServiceSummaryOut]


class OnlineServiceFilters(PageQuery):
    lang: str = Field(settings.LANGUAGE_CODE, description="Language code, e.g. en, fr, el.")
    q: str = Field("", max_length=services.MAX_QUERY_LENGTH, description="Words in the name or description.")
    category: str = Field("", description="One of: " + ", ".join(Category.values))
    age: int | None = Field(None, ge=0, le=99, description="Only services whose terms allow users of this age.")


def _guide_url(lang: str) -> str:
    guide = index_in(GuidePage, lang)
    return (guide.get_url() or "/") if guide is not None else "/"


def _summary(service: OnlineService, request: HttpRequest, guide_url: str) -> dict[str, Any]:
    return {
        "id": service.pk,
        "slug": service.slug,
        "name": service.name,
        "url": request.build_absolute_uri(f"{guide_url}{service.slug}/"),
        "language": service.locale.language_code,
        "category": service.category,
        "category_label": str(service.get_category_display()),
        "minimum_age": service.minimum_age,
        "age_rating": service.age_rating,
        "used_for": service.used_for,
        "last_reviewed": service.last_reviewed,
    }


@router.get("/services/", response=OnlineServiceListOut, summary="List online services")
def list_services(request: HttpRequest, filters: Query[OnlineServiceFilters]) -> dict[str, Any]:
    check_language(filters.lang)
    if filters.category and filters.category not in Category.values:
        raise HttpError(400, f"Unknown category {filters.category!r}; use one of {', '.join(Category.values)}.")
    chosen = {"q": filters.q, "category": filters.category, "age": filters.age}
    found = services.filter_services(services.live_services(filters.lang), chosen)
    rows = api_page(found, filters.page, API_PAGE_SIZE)
    guide_url = _guide_url(filters.lang)
    with translation.override(filters.lang):
        return rows.envelope([_summary(service, request, guide_url) for service in rows.items])


@router.get("/services/{service_id}/", response=OnlineServiceOut, summary="Read one online service")
def get_service(request: HttpRequest, service_id: int) -> dict[str, Any]:
    service = OnlineService.objects.filter(live=True, pk=service_id).select_related("locale").first()
    if service is None:
        raise HttpError(404, "No published service with this id.")
    with translation.override(service.locale.language_code):
        data = _summary(service, request, _guide_url(service.locale.language_code))
    data.update(
        privacy_settings_html=services.clean_rich_text(service.privacy_settings),
        reporting_tools_html=services.clean_rich_text(service.reporting_tools),
        parental_controls_html=services.clean_rich_text(service.parental_controls),
        safety_tips_html=services.clean_rich_text(service.safety_tips),
        safety_centre_url=service.safety_centre_url,
    )
    return data
