"""The reader's language and the English fallback every translated collection shares."""

from __future__ import annotations

from typing import TypeVar

from django.conf import settings
from django.db.models import Model, Q, QuerySet
from django.utils.translation import get_language

M = TypeVar("M", bound=Model)

LANGUAGE_NAMES: dict[str, str] = dict(settings.LANGUAGES)
LANGUAGE_CODES: list[str] = [code for code, _name in settings.LANGUAGES]


def current_language() -> str:
    """The active language's code when the platform offers it (region dropped), else the default language."""
    language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return language if language in LANGUAGE_NAMES else settings.LANGUAGE_CODE


def in_language(records: QuerySet[M], language: str) -> QuerySet[M]:
    """Each record of `records` once: its live translation in `language`, or the English original when there is
    none. The records' model is translatable (locale, translation_key) and has a `live` flag."""
    if language == settings.LANGUAGE_CODE:
        return records.filter(locale__language_code=language)
    translated = records.model._default_manager.filter(locale__language_code=language, live=True).values(
        "translation_key"
    )
    return records.filter(
        Q(locale__language_code=language)
        | (Q(locale__language_code=settings.LANGUAGE_CODE) & ~Q(translation_key__in=translated))
    )
