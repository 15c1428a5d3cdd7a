"""Vocabulary terms in the reader's language.

Editors manage each vocabulary as translatable records (one per language); where a term has no record in the
reader's language, the English one is shown through the interface catalogue instead, so the translators of the
interface cover the starter vocabularies of shared/reference/taxonomy.md — and the age groups and types the
galleries use — in all 28 languages. A term an editor adds later reads in English until it is translated in the
admin, as any other record."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TypeVar

from django.utils.translation import pgettext, pgettext_lazy

from bik.caching import lookups

T = TypeVar("T", bound=Any)
R = TypeVar("R")

CONTEXT = "vocabulary term"

# The starter vocabularies, as their English names are stored (lazy: msgids for makemessages, never shown; the
# context is written out because xgettext reads only literals).
STARTER_TERMS = (
    # Topics
    pgettext_lazy("vocabulary term", "Cyberbullying"),
    pgettext_lazy("vocabulary term", "Sexting"),
    pgettext_lazy("vocabulary term", "Online sexual coercion and extortion"),
    pgettext_lazy("vocabulary term", "Grooming"),
    pgettext_lazy("vocabulary term", "Privacy and data protection"),
    pgettext_lazy("vocabulary term", "Media literacy and disinformation"),
    pgettext_lazy("vocabulary term", "Big data"),
    pgettext_lazy("vocabulary term", "Gaming"),
    pgettext_lazy("vocabulary term", "Excessive use and digital wellbeing"),
    pgettext_lazy("vocabulary term", "Digital wellbeing"),
    pgettext_lazy("vocabulary term", "Hate speech"),
    pgettext_lazy("vocabulary term", "Radicalisation"),
    pgettext_lazy("vocabulary term", "E-crime and scams"),
    pgettext_lazy("vocabulary term", "Online reputation"),
    pgettext_lazy("vocabulary term", "Positive online content"),
    pgettext_lazy("vocabulary term", "Digital citizenship and rights"),
    pgettext_lazy("vocabulary term", "Artificial intelligence"),
    pgettext_lazy("vocabulary term", "Advertising and commercialism"),
    pgettext_lazy("vocabulary term", "Parental controls and technical settings"),
    pgettext_lazy("vocabulary term", "Parental controls"),
    pgettext_lazy("vocabulary term", "Online relationships"),
    pgettext_lazy("vocabulary term", "Harmful content"),
    # Audiences
    pgettext_lazy("vocabulary term", "Children"),
    pgettext_lazy("vocabulary term", "Teenagers"),
    pgettext_lazy("vocabulary term", "Parents and carers"),
    pgettext_lazy("vocabulary term", "Teachers and educators"),
    pgettext_lazy("vocabulary term", "Social workers and professionals"),
    pgettext_lazy("vocabulary term", "Researchers and policy makers"),
    pgettext_lazy("vocabulary term", "Industry"),
    # Target age groups (the numbers read the same; "years" and "Adults" do not)
    pgettext_lazy("vocabulary term", "0–5"),
    pgettext_lazy("vocabulary term", "6–8"),
    pgettext_lazy("vocabulary term", "9–12"),
    pgettext_lazy("vocabulary term", "13–15"),
    pgettext_lazy("vocabulary term", "16–18"),
    pgettext_lazy("vocabulary term", "Adults"),
    # Resource types
    pgettext_lazy("vocabulary term", "Handbook"),
    pgettext_lazy("vocabulary term", "Guide"),
    pgettext_lazy("vocabulary term", "Tip sheet"),
    pgettext_lazy("vocabulary term", "Lesson plan"),
    pgettext_lazy("vocabulary term", "Educational game"),
    pgettext_lazy("vocabulary term", "Quiz"),
    pgettext_lazy("vocabulary term", "Video"),
    pgettext_lazy("vocabulary term", "Poster"),
    pgettext_lazy("vocabulary term", "App"),
    pgettext_lazy("vocabulary term", "Online course"),
    pgettext_lazy("vocabulary term", "Report or study"),
    pgettext_lazy("vocabulary term", "Campaign material"),
    pgettext_lazy("vocabulary term", "Made by young people"),  # bik.youth: resources made by young people
)


def name_in(term: Any, language: str) -> str:
    """The term's name for a reader of `language`: its own record's name when it is in that language,
    otherwise the interface's translation of the English name (the English name when there is none)."""
    name = str(term.name)
    if term.locale.language_code == language:
        return name
    return pgettext(CONTEXT, name)


def label_in_language(terms: list[Any], language: str) -> list[Any]:
    """`terms` (chosen for `language`, with their locale loaded) with each name as the reader of `language`
    reads it. The names are changed on these instances only, for display; they are never saved."""
    for term in terms:
        term.name = name_in(term, language)
    return terms


def vocabulary(model: type[T], language: str) -> list[T]:
    """Every term of a vocabulary once, in `language` where translated (English otherwise): in the editors'
    order when the vocabulary has one, else by name. An English term reads as the interface catalogue translates
    it (see name_in)."""
    chosen: dict[Any, T] = {}
    for term in lookups.terms_in(model, language):
        if term.translation_key not in chosen or term.locale.language_code == language:
            chosen[term.translation_key] = term
    shown = label_in_language(list(chosen.values()), language)
    return sorted(shown, key=lambda term: (getattr(term, "sort_order", 0), str(term.name).casefold()))


def localize_terms(model: type[T], terms: Iterable[T], language: str) -> dict[int, T]:
    """Each term's pk → its translation in `language` (itself when untranslated), from the cached vocabulary."""
    terms = list(terms)
    keys = {term.translation_key for term in terms}
    translations = {
        term.translation_key: term
        for term in lookups.terms_in(model, language)
        if term.translation_key in keys and term.locale.language_code == language
    }
    return {term.pk: translations.get(term.translation_key, term) for term in terms}


def label_terms(records: Sequence[R], fields: Mapping[str, type[Any]], language: str) -> Sequence[R]:
    """Attach to each record, for each term field in `fields` (its name → its vocabulary), the record's terms
    translated into `language` as `display_<field>`, in the order prefetched: one query per vocabulary in all. A
    term not translated reads as the interface catalogue names it (see name_in)."""
    for field, model in fields.items():
        translated = localize_terms(
            model, (term for record in records for term in getattr(record, field).all()), language
        )
        label_in_language(list({id(term): term for term in translated.values()}.values()), language)
        for record in records:
            setattr(record, f"display_{field}", [translated[term.pk] for term in getattr(record, field).all()])
    return records
