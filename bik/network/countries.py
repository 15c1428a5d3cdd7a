"""Countries as a reader expects them: named in the page's language and sorted by that name, not by code
("Allemagne, Autriche, Belgique…" in French, "Belgien, Bulgarien, Dänemark…" in German)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from django.forms.models import ModelChoiceIterator

T = TypeVar("T")


def name_key(name: str) -> str:
    """A sort key that files accented letters with their base letter (É with E, Č after C's variants)."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


def by_country_name(items: Iterable[T], country: Callable[[T], Any] | None = None) -> list[T]:
    """`items` (by default anything with a `country` field) sorted by their country's name in the active
    language."""

    def name(item: T) -> str:
        return str((country(item) if country else getattr(item, "country")).name)  # noqa: B009 -- any item type

    return sorted(items, key=lambda item: name_key(name(item)))


class ByCountryNameIterator(ModelChoiceIterator):
    """A model choice field's options (records with a `country`) in the order of their country's name."""

    def __iter__(self) -> Iterator[tuple[Any, Any]]:
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        queryset = self.queryset if self.queryset is not None else []
        for record in by_country_name(queryset):
            yield self.choice(record)
