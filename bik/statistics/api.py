"""Read API for helpline statistics: the open data set (locked quarters only, counts 1 to 4 given as "<5")."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Query, Router, Schema
from pydantic import Field

from bik.catalogue.api import PageOut, PageQuery, open_data_page
from bik.statistics.dashboard import LICENCE, open_data_rows

router = Router(tags=["helpline statistics"])
API_PAGE_SIZE = 500


class ContactRow(Schema):
    quarter: str
    country: str
    category: str
    age_group: str
    gender: str
    contact_by: str
    channel: str
    contacts: str = Field(description='A whole number, or "<5" for 1 to 4.')


class ContactListOut(PageOut):
    licence: str
    results: list[ContactRow]


class ContactFilters(PageQuery):
    quarter: str = Field("", description="Only this quarter, e.g. 2025-Q3.", max_length=8)
    country: str = Field("", description="Only this country (ISO 3166-1 alpha-2).", max_length=2)


@router.get("/", response=ContactListOut, summary="Helpline contacts of published quarters")
def list_contacts(request: HttpRequest, filters: Query[ContactFilters]) -> dict[str, Any]:
    rows = open_data_rows()
    if filters.quarter:
        rows = [row for row in rows if row["quarter"] == filters.quarter.upper()]
    if filters.country:
        rows = [row for row in rows if row["country"] == filters.country.upper()]
    return open_data_page(rows, filters.page, API_PAGE_SIZE, LICENCE)
