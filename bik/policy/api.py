"""Read API for the policy monitor: the published answers of each year (open data, CC BY 4.0)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Query, Router, Schema
from ninja.errors import HttpError
from pydantic import Field

from bik.catalogue.api import PageOut, open_data_page
from bik.policy import published

router = Router(tags=["policy monitor"])
API_PAGE_SIZE = 500


class YearOut(Schema):
    year: int
    title: str
    is_demo: bool


class AnswerRow(Schema):
    year: int
    country: str
    pillar: str
    section: str
    indicator: str = Field(description="Stable key; compare years only where key and version are the same.")
    indicator_version: int
    question: str
    answer_type: str
    value: str
    comment: str
    links: str
    is_demo: bool


class AnswerListOut(PageOut):
    licence: str
    results: list[AnswerRow]


class AnswerFilters(Schema):
    country: str = Field("", description="Only this country (ISO 3166-1 alpha-2).", max_length=2)
    indicator: str = Field("", description="Only this indicator key.", max_length=80)
    page: int = Field(1, ge=1, le=10_000)


@router.get("/years/", response=list[YearOut], summary="Years with published answers")
def list_years(request: HttpRequest) -> list[dict[str, Any]]:
    invented = published.demo_years()
    return [
        {"year": q.year, "title": q.title, "is_demo": q.year in invented} for q in published.published_questionnaires()
    ]


@router.get("/years/{year}/answers/", response=AnswerListOut, summary="Published answers of one year")
def list_answers(request: HttpRequest, year: int, filters: Query[AnswerFilters]) -> dict[str, Any]:
    questionnaire = published.questionnaire_for(year) if 1900 < year < 3000 else None
    if questionnaire is None:
        raise HttpError(404, "No published answers for this year.")
    rows = published.open_data_rows(questionnaire, filters.country)
    if filters.indicator:
        rows = [row for row in rows if row["indicator"] == filters.indicator]
    return open_data_page(rows, filters.page, API_PAGE_SIZE, published.LICENCE)
