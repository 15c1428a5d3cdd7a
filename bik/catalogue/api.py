"""What every list of the read API shares: the page parameter, the `{count, page, pages, results}` envelope
(bik.catalogue.pagination.api_page fills it) and the check of a language parameter."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ninja import Field, Schema
from ninja.errors import HttpError

from bik.catalogue.facets import Facet
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
