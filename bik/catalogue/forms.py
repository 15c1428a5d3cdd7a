"""The editors' form for a record tagged with vocabulary terms: each picker names the terms in the language of
the record being edited (its own translation of the term, else the interface catalogue's), one option per term.

The options stay the stored term records (those of the default language, and whatever the record already
holds), so choosing a term in the Italian admin tags the record exactly as choosing it in the English one."""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.db.models import Q
from django.utils.translation import override
from wagtail.admin.forms import WagtailAdminModelForm

from bik.catalogue.terms import name_in


def _language_of(instance: Any) -> str:
    locale = getattr(instance, "locale", None) if getattr(instance, "locale_id", None) else None
    return str(locale.language_code) if locale is not None else settings.LANGUAGE_CODE


class TermsInRecordLanguageForm(WagtailAdminModelForm):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        language = _language_of(self.instance)
        for name, field in self.fields.items():
            if not isinstance(field, forms.ModelMultipleChoiceField) or field.queryset is None:
                continue
            model = field.queryset.model
            if not hasattr(model, "translation_key") or not hasattr(model, "slug"):
                continue  # not a vocabulary
            held = list(getattr(self.instance, name).values_list("pk", flat=True)) if self.instance.pk else []
            field.queryset = (
                model.objects.filter(Q(locale__language_code=settings.LANGUAGE_CODE) | Q(pk__in=held))
                .select_related("locale")
                .order_by("sort_order", "name")
            )
            own = {
                term.translation_key: term
                for term in model.objects.filter(locale__language_code=language).select_related("locale")
            }

            def label(term: Any, own: dict[Any, Any] = own, language: str = language) -> str:
                with override(language):
                    return name_in(own.get(term.translation_key, term), language)

            field.label_from_instance = label  # type: ignore[method-assign,assignment]
