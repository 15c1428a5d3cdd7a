"""The GET filter form every collection's list shares: an unknown value is reported beside its field and
ignored, never fatal; the list goes on with the valid filters."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar, cast

from django import forms
from django.db.models import Model, QuerySet
from django.utils.translation import gettext_lazy as _

M = TypeVar("M", bound=Model)


def filter_joined(records: QuerySet[M], filters: Mapping[str, Any], lookups: Mapping[str, str]) -> QuerySet[M]:
    """`records` meeting each chosen filter of `lookups` (a filter's name → the lookup it sets, across a
    many-valued relation such as "topics__slug"), each record once however many of its terms match."""
    chosen = {lookup: filters[name] for name, lookup in lookups.items() if filters.get(name)}
    for lookup, value in chosen.items():
        records = records.filter(**{lookup: value})
    return records.distinct() if chosen else records


class FilterForm(forms.Form):
    def set_choices(self, name: str, values: Iterable[tuple[Any, Any]], everything: Any = None) -> None:
        """Offer `values` in field `name`, after an empty choice labelled `everything` (“All” by default)."""
        cast("forms.ChoiceField", self.fields[name]).choices = [("", everything or _("All")), *values]

    def chosen(self) -> dict[str, Any]:
        """The valid filters, text stripped (invalid ones are dropped, their errors shown beside the field)."""
        if not self.is_bound:
            return {}
        self.is_valid()
        chosen = {name: value.strip() if isinstance(value, str) else value for name, value in self.cleaned_data.items()}
        return {name: value for name, value in chosen.items() if value not in (None, "")}
