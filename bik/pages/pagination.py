"""Paging through a list in time order, opening at the page that shows a linked item."""

from __future__ import annotations

from typing import Any, TypeVar

from django.core.paginator import Page, Paginator
from django.db.models import Model, Q, QuerySet

from bik.pages.numbers import strict_id

M = TypeVar("M", bound=Model)


def page_showing(items: QuerySet[M], number: str | None, linked: str | None, per_page: int) -> Page[M]:
    """Page `number` of `items` (the last page for a number beyond it); without a number, the page that shows
    the item whose id is `linked` (from a link such as ?comment=12) when it is among `items`.

    `items` must be ordered by `created_at`, then primary key: the linked item's page is worked out from how
    many items come before it in that order."""
    linked_id = strict_id(linked)
    if number is None and linked_id is not None:
        created_at: Any = items.filter(pk=linked_id).values_list("created_at", flat=True).first()
        if created_at is not None:
            earlier = Q(created_at__lt=created_at) | Q(created_at=created_at, pk__lt=linked_id)
            number = str(items.filter(earlier).count() // per_page + 1)
    return Paginator(items, per_page).get_page(number)
