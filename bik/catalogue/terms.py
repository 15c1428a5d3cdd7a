"""Vocabulary terms in the reader's language.

Editors manage each vocabulary as translatable records (one per language); where a term has no record in the
reader's language, the English one is shown through the interface catalogue instead, so the translators of the
interface cover the starter vocabularies of shared/reference/taxonomy.md — and the age groups and types the
galleries use — in all 28 languages. A term an editor adds later reads in English until it is translated in the
admin, as any other record."""

from __future__ import annotations

from typing import Any

from django.utils.translation import pgettext, pgettext_lazy

CONTEXT = "vocabulary term"

# The starter vocabularies, as their English names are stored (lazy: msgids for makemessages, never shown).
STARTER_TERMS = (
    # Topics
    pgettext_lazy(CONTEXT, "Cyberbullying"),
    pgettext_lazy(CONTEXT, "Sexting"),
    pgettext_lazy(CONTEXT, "Online sexual coercion and extortion"),
    pgettext_lazy(CONTEXT, "Grooming"),
    pgettext_lazy(CONTEXT, "Privacy and data protection"),
    pgettext_lazy(CONTEXT, "Media literacy and disinformation"),
    pgettext_lazy(CONTEXT, "Big data"),
    pgettext_lazy(CONTEXT, "Gaming"),
    pgettext_lazy(CONTEXT, "Excessive use and digital wellbeing"),
    pgettext_lazy(CONTEXT, "Digital wellbeing"),
    pgettext_lazy(CONTEXT, "Hate speech"),
    pgettext_lazy(CONTEXT, "Radicalisation"),
    pgettext_lazy(CONTEXT, "E-crime and scams"),
    pgettext_lazy(CONTEXT, "Online reputation"),
    pgettext_lazy(CONTEXT, "Positive online content"),
    pgettext_lazy(CONTEXT, "Digital citizenship and rights"),
    pgettext_lazy(CONTEXT, "Artificial intelligence"),
    pgettext_lazy(CONTEXT, "Advertising and commercialism"),
    pgettext_lazy(CONTEXT, "Parental controls and technical settings"),
    pgettext_lazy(CONTEXT, "Parental controls"),
    pgettext_lazy(CONTEXT, "Online relationships"),
    pgettext_lazy(CONTEXT, "Harmful content"),
    # Audiences
    pgettext_lazy(CONTEXT, "Children"),
    pgettext_lazy(CONTEXT, "Teenagers"),
    pgettext_lazy(CONTEXT, "Parents and carers"),
    pgettext_lazy(CONTEXT, "Teachers and educators"),
    pgettext_lazy(CONTEXT, "Social workers and professionals"),
    pgettext_lazy(CONTEXT, "Researchers and policy makers"),
    pgettext_lazy(CONTEXT, "Industry"),
    # Target age groups (the numbers read the same; "years" and "Adults" do not)
    pgettext_lazy(CONTEXT, "0–5"),
    pgettext_lazy(CONTEXT, "6–8"),
    pgettext_lazy(CONTEXT, "9–12"),
    pgettext_lazy(CONTEXT, "13–15"),
    pgettext_lazy(CONTEXT, "16–18"),
    pgettext_lazy(CONTEXT, "Adults"),
    # Resource types
    pgettext_lazy(CONTEXT, "Handbook"),
    pgettext_lazy(CONTEXT, "Guide"),
    pgettext_lazy(CONTEXT, "Tip sheet"),
    pgettext_lazy(CONTEXT, "Lesson plan"),
    pgettext_lazy(CONTEXT, "Educational game"),
    pgettext_lazy(CONTEXT, "Quiz"),
    pgettext_lazy(CONTEXT, "Video"),
    pgettext_lazy(CONTEXT, "Poster"),
    pgettext_lazy(CONTEXT, "App"),
    pgettext_lazy(CONTEXT, "Online course"),
    pgettext_lazy(CONTEXT, "Report or study"),
    pgettext_lazy(CONTEXT, "Campaign material"),
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
