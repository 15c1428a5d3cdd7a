"""What the knowledge hub computes: the policy documents' faceted search (bik.catalogue.facets, the resource
gallery's query, facets and pages), documents labelled for a reader, the glossary in a language, and the
explainers' glossary terms. The request glue (the explainers' rendered bodies, the sitemap's records) is in
bik/knowledge/views.py.

Only live original documents are listed, counted and linked; a live translation lends its title and summary to
its original for readers of its language (English otherwise, else the original's own)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import reduce
from operator import and_, or_
from typing import Any

from django.conf import settings
from django.db.models import Q, QuerySet
from django.urls import reverse
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from bik.catalogue.facets import (
    FacetedResult,
    FacetField,
    FacetQuery,
    count_facets,
    facet,
    fetched_page,
    last_page,
    parse_facet_query,
)
from bik.catalogue.language import current_language as current_language
from bik.catalogue.terms import vocabulary
from bik.knowledge.glossary import LinkedTerm
from bik.knowledge.models import (
    DOCUMENTS_PER_PAGE,
    FIRST_YEAR,
    LAST_YEAR,
    DocumentStatus,
    DocumentType,
    ExplainerPage,
    GlossaryTerm,
    KnowledgeHubPage,
    Pillar,
    PolicyDocument,
    jurisdictions,
)
from bik.network.countries import name_key
from bik.resources.models import LANGUAGE_NAMES, Topic

MAX_WORDS = 10
WORD = re.compile(r"\w+")
FEED_SIZE = 30

FACET_LABELS: dict[str, Promise] = {
    "country": _("Country"),
    "pillar": _("BIK+ pillar"),
    "type": _("Type"),
    "topic": _("Topic"),
    "year": _("Year"),
    "language": _("Language"),
}
FACET_FIELDS: dict[str, FacetField] = {
    "country": FacetField("country"),
    "pillar": FacetField("pillars__slug"),
    "type": FacetField("document_type"),
    "topic": FacetField("topics__slug"),
    "year": FacetField("year"),
    "language": FacetField("language"),
}
NORMALISE = {"country": str.upper, "language": str.lower, "pillar": str.lower, "type": str.lower}


# --- The facets' values ----------------------------------------------------------------------------------


@dataclass
class Choices:
    """Every facet's possible values for readers of one language: (value, label, lang of the label)."""

    language: str
    topics: list[Topic]

    @classmethod
    def load(cls, language: str) -> Choices:
        return cls(language, vocabulary(Topic, language))

    def of(self, name: str) -> list[tuple[str, str, str]]:
        if name == "country":
            found = [(code, label, "") for code, label in jurisdictions()]
            return [found[0], *sorted(found[1:], key=lambda choice: name_key(choice[1]))]
        if name == "pillar":
            return [(value, str(label), "") for value, label in Pillar.choices]
        if name == "type":
            return [(value, str(label), "") for value, label in DocumentType.choices]
        if name == "topic":
            return [(term.slug, str(term.name), "") for term in self.topics]
        if name == "year":
            return [(str(year), str(year), "") for year in range(LAST_YEAR, FIRST_YEAR - 1, -1)]
        return sorted(((code, str(name), code) for code, name in LANGUAGE_NAMES.items()), key=lambda c: c[1].casefold())

    def allowed(self) -> dict[str, set[str]]:
        return {name: {value for value, _label, _lang in self.of(name)} for name in FACET_LABELS}


def parse_query(params: Mapping[str, Sequence[str]], choices: Choices) -> FacetQuery:
    return parse_facet_query(params, choices.allowed(), FACET_LABELS, normalise=NORMALISE)


# --- The search ------------------------------------------------------------------------------------------


def published_documents() -> QuerySet[PolicyDocument]:
    """Every live original document: what the lists, feeds, search and the API may show."""
    documents: QuerySet[PolicyDocument] = PolicyDocument.objects.filter(live=True, is_original=True)
    return documents


def _text_matches(words: Sequence[str]) -> Q:
    """Every word in the title, summary or responsible entity of the original or of a live translation."""

    def has(word: str) -> Q:
        in_text = Q(title__icontains=word) | Q(summary__icontains=word) | Q(responsible_entity__icontains=word)
        translated = PolicyDocument.objects.filter(live=True, is_original=False).filter(
            Q(title__icontains=word) | Q(summary__icontains=word)
        )
        return reduce(or_, (in_text, Q(translation_key__in=translated.values("translation_key"))))

    return reduce(and_, (has(word) for word in words))


def _selected(query: FacetQuery) -> dict[str, list[Any]]:
    return {name: [int(v) for v in values] if name == "year" else values for name, values in query.selected.items()}


def matching_documents(query: FacetQuery) -> QuerySet[PolicyDocument]:
    """The live originals meeting the query's words and every selection (for feeds: no counts)."""
    records = published_documents()
    words = WORD.findall(query.q)[:MAX_WORDS]
    if words:
        records = records.filter(_text_matches(words))
    selected = _selected(query)
    conditions = [FACET_FIELDS[name].chosen(values) for name, values in selected.items() if values]
    if conditions:
        records = records.filter(pk__in=records.filter(reduce(and_, conditions)).values("pk"))
    return records


DocumentResult = FacetedResult[PolicyDocument]


def search(query: FacetQuery, choices: Choices, per_page: int = DOCUMENTS_PER_PAGE) -> DocumentResult:
    """One page of documents (newest year first) and every facet's counts (each against the other facets'
    selections): one grouped query per facet, the total, the page — the same queries whatever the number of
    documents."""
    records = published_documents()
    words = WORD.findall(query.q)[:MAX_WORDS]
    if words:
        records = records.filter(_text_matches(words))
    meeting, counts = count_facets(records, FACET_FIELDS, _selected(query))
    total = meeting.count()
    number = min(query.page, last_page(total, per_page))
    ordered = meeting.order_by("-year", "title", "pk")
    start = (number - 1) * per_page
    ids = list(ordered.values_list("pk", flat=True)[start : start + per_page])
    by_id = {document.pk: document for document in with_details(PolicyDocument.objects.filter(pk__in=ids), choices)}
    documents = [by_id[pk] for pk in ids if pk in by_id]
    facets = [
        facet(name, label, choices.of(name), counts.get(name, {}), set(query.selected.get(name, [])))
        for name, label in FACET_LABELS.items()
    ]
    return DocumentResult(query, fetched_page(total, number, per_page, documents), facets, choices.language)


# --- Presenting documents --------------------------------------------------------------------------------


def with_details(documents: QuerySet[PolicyDocument], choices: Choices) -> list[PolicyDocument]:
    """The documents labelled for a reader of `choices.language`: title and summary in that language (English
    otherwise, else the original's), pillars, type, status and country named, topics named in that language. A
    fixed number of queries however many documents."""
    language = choices.language
    rows = list(documents.select_related("locale").prefetch_related("pillars", "topics"))
    if not rows:
        return rows
    texts: dict[Any, dict[str, PolicyDocument]] = {}
    translations = (
        PolicyDocument.objects.filter(
            translation_key__in={row.translation_key for row in rows}, is_original=False, live=True
        )
        .select_related("locale")
        .only("translation_key", "title", "summary", "locale__language_code")
    )
    for translation in translations:
        texts.setdefault(translation.translation_key, {})[translation.locale.language_code] = translation
    topics = {term.translation_key: term for term in choices.topics}
    countries = dict(jurisdictions())
    for row in rows:
        by_language = {row.locale.language_code: row, **texts.get(row.translation_key, {})}
        text = by_language.get(language) or by_language.get(settings.LANGUAGE_CODE) or row
        row.display_title = text.title
        row.display_summary = text.summary
        row.text_language = text.locale.language_code
        row.country_name = countries.get(row.country, row.country)
        row.display_pillars = [str(Pillar(p.slug).label) for p in sorted(row.pillars.all(), key=lambda p: p.sort_order)]
        row.display_topics = [topics.get(t.translation_key, t) for t in row.topics.all()]
        row.language_name = str(LANGUAGE_NAMES.get(row.language, row.language))
        row.period = period_of(row)
        row.url = document_path(row)
    return rows


def period_of(document: PolicyDocument) -> str:
    """“In force 2022 to ongoing”, “Ended or replaced 2015 to 2021” (an en dash between the years): a period as
    the Policy Monitor states it."""
    status = str(DocumentStatus(document.status).label)
    if document.status == DocumentStatus.IN_PREPARATION:
        return f"{status} ({document.year})"
    end = str(document.period_end) if document.period_end else str(_("ongoing"))
    return f"{status} {document.year} – {end}"


def find_document(document_id: int, choices: Choices) -> PolicyDocument | None:
    found = with_details(published_documents().filter(pk=document_id), choices)
    return found[0] if found else None


def document_path(document: PolicyDocument) -> str:
    return reverse("knowledge:document", kwargs={"document_id": document.pk, "slug": document.slug})


def documents_for_search(language: str) -> QuerySet[PolicyDocument]:
    """Site search: the live originals (their locale joined)."""
    return published_documents().select_related("locale")


def newest_documents(query: FacetQuery, choices: Choices, count: int = FEED_SIZE) -> list[PolicyDocument]:
    """The documents a feed announces: the newest first published, meeting the query."""
    ids = list(matching_documents(query).order_by("-first_published_at", "-pk").values_list("pk", flat=True)[:count])
    by_id = {d.pk: d for d in with_details(PolicyDocument.objects.filter(pk__in=ids), choices)}
    return [by_id[pk] for pk in ids if pk in by_id]


# --- The glossary ----------------------------------------------------------------------------------------


def glossary_terms(language: str) -> list[GlossaryTerm]:
    """Every live term once: in `language` where translated, in English otherwise; sorted as readers of that
    language sort (accents with their letter)."""
    rows = GlossaryTerm.objects.filter(live=True, locale__language_code__in={language, settings.LANGUAGE_CODE})
    chosen: dict[Any, GlossaryTerm] = {}
    for term in rows.select_related("locale"):
        if term.translation_key not in chosen or term.locale.language_code == language:
            chosen[term.translation_key] = term
    return sorted(chosen.values(), key=lambda term: name_key(str(term.term)))


def linked_terms(language: str) -> list[LinkedTerm]:
    return [
        LinkedTerm(
            slug=term.slug,
            term=str(term.term),
            definition=str(term.definition),
            forms=tuple(term.forms),
            language=term.locale.language_code,
        )
        for term in glossary_terms(language)
    ]


@dataclass(frozen=True)
class Letter:
    letter: str
    terms: list[GlossaryTerm]


def glossary_by_letter(language: str) -> list[Letter]:
    """The glossary A to Z: the terms under the first letter of their name (accents filed with their letter)."""
    letters: dict[str, list[GlossaryTerm]] = {}
    for term in glossary_terms(language):
        first = name_key(str(term.term))[:1].upper() or "#"
        letters.setdefault(first if first.isalpha() else "#", []).append(term)
    return [Letter(letter, terms) for letter, terms in letters.items()]


# --- The hub's pages -------------------------------------------------------------------------------------


def text_language(page: Page) -> str:
    """The language an explainer's text is written in: its own locale's, or, for a page that only mirrors
    another language's page (an alias), that page's."""
    source = page.alias_of.specific if page.alias_of_id else page
    return str(source.locale.language_code)


def glossary_url() -> str:
    return reverse("knowledge:glossary")


def hub_context(hub: KnowledgeHubPage) -> dict[str, Any]:
    language = current_language()
    explainers = ExplainerPage.objects.child_of(hub).live().public().order_by("path")
    choices = Choices.load(language)
    latest = with_details(published_documents().order_by("-first_published_at", "-pk")[:5], choices)
    return {
        "explainers": list(explainers),
        "latest_documents": latest,
        "document_count": published_documents().count(),
        "documents_url": reverse("knowledge:documents"),
        "glossary_url": glossary_url(),
        "pillars": Pillar.choices,
    }


def feed_query_string(query: FacetQuery) -> str:
    """The selections as a query string, for a feed of what the visitor is looking at."""
    from urllib.parse import urlencode

    pairs = [(name, value) for name, values in query.selected.items() for value in values]
    if query.q:
        pairs.insert(0, ("q", query.q))
    return urlencode(pairs)
