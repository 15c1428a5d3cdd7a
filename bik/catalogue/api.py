"""What every list of the read API shares: the page parameter, the `{count, page, pages, results}` envelope
(bik.catalogue.pagination.api_page fills it, faceted_list for a list with facet counts, open_data_page for an
open data set) and the check of a language parameter."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from django.core.paginator import Paginator
from ninja import Field, Schema
from ninja.errors import HttpError

from bik.catalogue.facets import Facet, FacetedResult, FacetQuery
from bik.catalogue.language import LANGUAGE_CODES

MAX_PAGE = 10_000


class PageQuery(Schema):
    """The `page` query parameter of a list (1 to 10,000; beyond the last page the results are empty)."""

    page: int = Field(1, ge=1, le=MAX_PAGE)


class PageOut(Schema):
    """A list's envelope; each list declares `results: list[ItsSummary]` on a subclass."""

    count: int
    page: int
    pages: int


class TermOut(Schema):
    """A vocabulary term as the API gives it: the slug filters take, the name in the requested language."""

    slug: str
    name: str


def check_language(lang: str, name: str = "language", *, optional: bool = False) -> str:
    """`lang` when the platform offers it (or is empty, for an `optional` filter); otherwise a 400 naming it."""
    if (lang or not optional) and lang not in LANGUAGE_CODES:
        raise HttpError(400, f"Unknown {name} {lang!r}; use one of {', '.join(LANGUAGE_CODES)}.")
    return lang


def facets_out(facets: Iterable[Facet]) -> list[dict[str, Any]]:
    """A list's facets as the API gives them: each with its values, their counts and whether they are chosen."""
    return [
        {
            "name": facet.name,
            "label": facet.label,
            "values": [
                {"value": v.value, "label": v.label, "count": v.count, "selected": v.selected} for v in facet.values
            ],
        }
        for facet in facets
    ]


def faceted_list(
    filters: Schema,
    parse: Callable[[dict[str, list[str]]], FacetQuery],
    search: Callable[[FacetQuery], FacetedResult[Any]],
    summary: Callable[[Any], Any],
) -> dict[str, Any]:
    """The answer of a faceted list: `filters` (with their `page`) read as the list page reads its GET
    parameters (`parse`; an unknown value is a 400 naming it), the envelope of `search`'s page with each
    result's `summary` (none beyond the last page) and the facets."""
    params = {key: value if isinstance(value, list) else [str(value)] for key, value in filters.dict().items()}
    query = parse(params)
    if query.errors:
        raise HttpError(400, " ".join(query.errors))
    result = search(query)
    number, pages = int(params["page"][0]), result.page.paginator.num_pages
    return {
        "count": result.count,
        "page": number,
        "pages": pages,
        "results": [] if number > pages else [summary(item) for item in result.page.object_list],
        "facets": facets_out(result.facets),
    }


def open_data_page(rows: Sequence[Any], number: int, per_page: int, licence: str) -> dict[str, Any]:
    """Page `number` of an open data set's `rows` (policy monitor, helpline statistics) with its licence: a page
    beyond the last is a 400 naming the last, as the rows of a published data set do not move."""
    paginator = Paginator(rows, per_page)
    if number > max(paginator.num_pages, 1):
        raise HttpError(400, f"Page {number} is beyond the last page ({paginator.num_pages}).")
    return {
        "count": paginator.count,
        "page": number,
        "pages": paginator.num_pages,
        "licence": licence,
        "results": list(paginator.page(number).object_list),
    }
