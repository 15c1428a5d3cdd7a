"""A catalogue's demo vocabulary: its terms in English and their translations, made where missing."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TypeVar

from wagtail.models import Locale

from bik.catalogue.models import Vocabulary
from bik.demo.registry import mark_demo

V = TypeVar("V", bound=Vocabulary)


def ensure_terms(
    model: type[V],
    names: Mapping[str, Sequence[str]],
    translated: Sequence[str],
    english: Locale,
    locales: Mapping[str, Locale],
) -> dict[str, V]:
    """The English term of every slug in `names` (its English name first, then one per language of
    `translated`), made with those translations where missing; a term or translation that exists is left as an
    editor left it."""
    terms: dict[str, V] = {}
    for position, (slug, (name_en, *names_translated)) in enumerate(names.items()):
        term = model.objects.filter(slug=slug, locale=english).first()
        if term is None:
            term = model.objects.create(slug=slug, name=name_en, sort_order=position, locale=english)
            mark_demo(term)
        for code, name in zip(translated, names_translated, strict=True):
            if not model.objects.filter(translation_key=term.translation_key, locale=locales[code]).exists():
                copy = term.copy_for_translation(locales[code])
                copy.name = name
                copy.save()
        terms[slug] = term
    return terms
