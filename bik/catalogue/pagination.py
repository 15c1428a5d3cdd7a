"""One way to page through a list, for pages and for the read API."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from django.core.paginator import EmptyPage, Page, PageNotAnInteger, Paginator
from django.db.models import Count, Model, QuerySet, Window

T = TypeVar("T")
M = TypeVar("M", bound=Model)


def paginate(items: Any, number: Any, per_page: int) -> Page[Any]:
    """Page `number` of `items` — the first when it is not a number, the last when beyond it — with its
    `object_list` read into a list (so labelling its items and rendering them share one query)."""
    paginator = Paginator(items, per_page)
    try:
        page_obj = paginator.page(number)
    except PageNotAnInteger:
        page_obj = paginator.page(1)
    except EmptyPage:
        page_obj = paginator.page(paginator.num_pages)
    page_obj.object_list = list(page_obj.object_list)
    return page_obj


def counted_page(items: QuerySet[M], number: Any, per_page: int) -> Page[M]:
    """Paginator.get_page(number) for a queryset — the first page when `number` is not a number, the last when
    beyond it — reading the number of items in the same query as the page's rows (a count over the whole
    result beside each row) instead of in a COUNT of its own; only a page beyond the last asks for it apart."""
    try:
        wanted = int(str(number)) if number not in (None, "") else 1
    except ValueError:
        wanted = 1
    paginator = Paginator(items, per_page)
    if wanted >= 1:
        start = (wanted - 1) * per_page
        rows = list(items.annotate(listed_total=Window(Count("pk")))[start : start + per_page])
        if rows or wanted == 1:
            paginator.count = rows[0].listed_total if rows else 0  # read here instead of by its own COUNT
            return Page(rows, wanted, paginator)
    page_obj = paginator.get_page(paginator.num_pages)
    page_obj.object_list = list(page_obj.object_list)
    return page_obj


@dataclass
class ApiPage(Generic[T]):
    """A page of the read API: beyond the last page it is empty (a client stops there), never the last one."""

    count: int
    page: int
    pages: int
    items: list[T]

    def envelope(self, results: list[Any]) -> dict[str, Any]:
        """The API's list answer, `{count, page, pages, results}` (see bik.catalogue.api.PageOut)."""
        return {"count": self.count, "page": self.page, "pages": self.pages, "results": results}


def api_page(items: Any, number: int, per_page: int) -> ApiPage[Any]:
    paginator = Paginator(items, per_page)
    found = list(paginator.page(number).object_list) if 1 <= number <= paginator.num_pages else []
    return ApiPage(paginator.count, number, paginator.num_pages, found)
