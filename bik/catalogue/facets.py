"""What a faceted list shares, whatever answers its search: the visitor's question read from GET parameters
(text, facet selections, page), the facets as a list page and the API show them, and a paginator page over
one fetched slice of results.

The resource gallery answers its searches with its own index (bik.resources.search); the policy documents
(bik.knowledge) count their facets with `count_facets` below, over an ordinary queryset. Both read the question
with `parse_facet_query`, present `Facet`s and paginate with `fetched_page`, and render the same filter fields
(includes/components/facet_fields.html)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import reduce
from operator import and_
from typing import Any, Generic, TypeVar, overload

from django.core.paginator import Page, Paginator
from django.db.models import Count, Q, QuerySet
from django.utils.functional import Promise
from django.utils.translation import gettext as _

from bik.pages.numbers import strict_int

MAX_QUERY_LENGTH = 200
MAX_PAGE = 10_000
T = TypeVar("T")


@dataclass
class FacetQuery:
    """What a visitor asked for: text, facet selections (valid values only) and a page number."""

    q: str = ""
    selected: dict[str, list[str]] = field(default_factory=dict)
    page: int = 1
    errors: list[str] = field(default_factory=list)

    @property
    def is_filtered(self) -> bool:
        return bool(self.q or any(self.selected.values()))


def parse_facet_query(
    params: Mapping[str, Sequence[str]],
    allowed: Mapping[str, Collection[str]],
    labels: Mapping[str, str | Promise],
    normalise: Mapping[str, Callable[[str], str]] | None = None,
) -> FacetQuery:
    """Read the GET parameters of the facets in `allowed` (facet → its valid values); an unknown value is
    reported in the visitor's language and left out, never fatal. `normalise` maps a facet to how its values
    are written before they are compared (e.g. lower case for country codes)."""
    query = FacetQuery()
    raw_q = " ".join(params.get("q", [])).strip()
    if len(raw_q) > MAX_QUERY_LENGTH:
        query.errors.append(_("The search text is too long; only its beginning was used."))
        raw_q = raw_q[:MAX_QUERY_LENGTH]
    query.q = raw_q
    for facet, values in allowed.items():
        tidy = (normalise or {}).get(facet, str)
        chosen: list[str] = []
        for value in params.get(facet, []):
            value = tidy(value.strip())
            if not value:
                continue
            if value not in values:
                query.errors.append(
                    _("“%(value)s” is not a known %(facet)s; it was left out.")
                    % {"value": value[:40], "facet": str(labels[facet]).lower()}
                )
            elif value not in chosen:
                chosen.append(value)
        if chosen:
            query.selected[facet] = chosen
    raw_page = (params.get("page") or ["1"])[-1]
    query.page = strict_int(raw_page, minimum=1, maximum=MAX_PAGE) or 1
    return query


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool
    lang: str = ""


@dataclass(frozen=True)
class Facet:
    name: str
    label: str
    values: list[FacetValue]

    @property
    def has_selection(self) -> bool:
        return any(value.selected for value in self.values)


def facet(
    name: str,
    label: str | Promise,
    choices: Sequence[tuple[str, str, str]],
    counts: Mapping[str, int],
    chosen: Collection[str],
) -> Facet:
    """A facet as lists show it: every choice (value, label, lang) that some result carries or the visitor chose,
    in the order of `choices`."""
    values = [
        FacetValue(value, text, counts.get(value, 0), value in chosen, lang)
        for value, text, lang in choices
        if counts.get(value) or value in chosen
    ]
    return Facet(name, str(label), values)


@dataclass
class FacetedResult(Generic[T]):
    """What a faceted search answers: the question, the page of results (the last one when asked beyond it),
    the facets with their counts, and the language of the labels."""

    query: FacetQuery
    page: Page[T]
    facets: list[Facet]
    language: str

    @property
    def count(self) -> int:
        return int(self.page.paginator.count)


# --- Counting facets over a queryset ---------------------------------------------------------------------


@dataclass(frozen=True)
class FacetField:
    """How a facet is read from a queryset: the field (or related field, e.g. "pillars__slug") whose values are
    counted and filtered on."""

    lookup: str

    def chosen(self, values: Sequence[Any]) -> Q:
        return Q(**{f"{self.lookup}__in": values})


def count_facets(
    records: QuerySet[Any], fields: Mapping[str, FacetField], selected: Mapping[str, Sequence[Any]]
) -> tuple[QuerySet[Any], dict[str, dict[str, int]]]:
    """The records meeting every selection (OR within a facet, AND across facets) and, for each facet, how many
    records meet every *other* selection per value: one grouped query per facet, whatever the number of records.
    Values are returned as text, as GET parameters carry them."""

    def meeting(except_facet: str = "") -> QuerySet[Any]:
        conditions = [
            fields[name].chosen(values) for name, values in selected.items() if values and name != except_facet
        ]
        if not conditions:
            return records
        # Through a join a record may appear once per matching value: filter by id so each counts once.
        return records.filter(pk__in=records.filter(reduce(and_, conditions)).values("pk"))

    counts: dict[str, dict[str, int]] = {}
    for name, spec in fields.items():
        rows = (
            meeting(except_facet=name)
            .exclude(**{f"{spec.lookup}__isnull": True})
            .order_by()
            .values(spec.lookup)
            .annotate(n=Count("pk", distinct=True))
        )
        counts[name] = {str(row[spec.lookup]): int(row["n"]) for row in rows}
    return meeting(), counts


# --- Pages of results ------------------------------------------------------------------------------------


class FetchedPage(Generic[T]):
    """What Paginator reads from its list: the total, and the slice of the page that was fetched (nothing
    else is held, so only that slice can be read)."""

    def __init__(self, total: int, offset: int, items: list[T]) -> None:
        self.total, self.offset, self.items = total, offset, items

    def __len__(self) -> int:
        return self.total

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> list[T]: ...
    def __getitem__(self, index: int | slice) -> T | list[T]:
        if isinstance(index, slice):
            return self.items[(index.start or 0) - self.offset : (index.stop or self.total) - self.offset]
        return self.items[index - self.offset]


def fetched_page(total: int, number: int, per_page: int, items: list[T]) -> Page[T]:
    """Page `number` of `total` results, of which `items` are the ones on it."""
    paginator: Paginator[T] = Paginator(FetchedPage(total, (number - 1) * per_page, items), per_page)
    return paginator.page(number if total else 1)


def last_page(total: int, per_page: int) -> int:
    return max(1, -(-total // per_page))
