"""What the resource gallery, its pages and its API compute.

A search is a text query plus facet selections (OR within a facet, AND across facets). The result is one page
of live original resources — those available in the visitor's language first — and, for every facet, how many
resources match all the *other* selections plus each value. Each facet is counted with one GROUP BY query, so
a search runs the same number of queries whatever the number of resources.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

import nh3
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Page, Paginator
from django.db import connection
from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet
from django.db.models.expressions import RawSQL
from django.utils.functional import Promise
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.rich_text import expand_db_html
from wagtail.search.backends import get_search_backend

from bik.network.models import Centre
from bik.resources.models import (
    LANGUAGE_NAMES,
    RESOURCES_PER_PAGE,
    AgeGroup,
    Audience,
    Resource,
    ResourceLanguageVersion,
    ResourceType,
    Topic,
    Vocabulary,
)

MAX_QUERY_LENGTH = 200
MAX_PAGE = 10_000
MAX_WORDS = 10
# Only words reach the search backend: quotes and operators would be search syntax, not text.
WORD = re.compile(r"\w+")
V = TypeVar("V", bound=Vocabulary)

# GET parameter → (label, vocabulary model, M2M field on Resource, that model's name in the through table).
TERM_FACETS: dict[str, tuple[Promise, type[Vocabulary], str, str]] = {
    "age": (_("Age group"), AgeGroup, "age_groups", "agegroup"),
    "audience": (_("Audience"), Audience, "audiences", "audience"),
    "topic": (_("Topic"), Topic, "topics", "topic"),
    "type": (_("Resource type"), ResourceType, "types", "resourcetype"),
}
FACET_LABELS: dict[str, Promise] = {
    "language": _("Language"),
    **{name: spec[0] for name, spec in TERM_FACETS.items()},
    "centre": _("Country or centre"),
}
FACETS = tuple(FACET_LABELS)
ALLOWED_TAGS = {"p", "br", "strong", "b", "em", "i", "ul", "ol", "li", "a"}


def current_language() -> str:
    language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return language if language in LANGUAGE_NAMES else settings.LANGUAGE_CODE


def sanitise(html: str) -> str:
    """Rich text as stored by Wagtail (or imported), reduced to a few harmless tags."""
    return nh3.clean(
        expand_db_html(html or ""), tags=ALLOWED_TAGS, attributes={"a": {"href"}}, link_rel="noopener noreferrer"
    )


# --- Vocabularies --------------------------------------------------------------------------------------


def vocabulary(model: type[V], language: str) -> list[V]:
    """Every term once, in `language` where translated (English otherwise), in the editors' order."""
    terms = model.objects.filter(locale__language_code__in={language, settings.LANGUAGE_CODE}).select_related("locale")
    chosen: dict[Any, V] = {}
    for term in terms:
        if term.translation_key not in chosen or term.locale.language_code == language:
            chosen[term.translation_key] = term
    return sorted(chosen.values(), key=lambda term: (term.sort_order, str(term.name).casefold()))


@dataclass
class Vocabularies:
    """Every facet's possible values, labelled in one language: value → label, in display order."""

    language: str
    terms: dict[str, list[Vocabulary]]
    centres: list[Centre]

    @classmethod
    def load(cls, language: str) -> Vocabularies:
        terms: dict[str, list[Vocabulary]] = {
            name: list(vocabulary(model, language)) for name, (_label, model, _f, _t) in TERM_FACETS.items()
        }
        return cls(language, terms, list(Centre.objects.published().order_by("country")))

    def choices(self, facet: str) -> list[tuple[str, str, str]]:
        """(value, label, lang attribute of the label) in display order."""
        if facet == "language":
            return sorted(((code, name, code) for code, name in LANGUAGE_NAMES.items()), key=lambda c: c[1].casefold())
        if facet == "centre":
            return sorted(
                ((c.country.code.lower(), str(c.country.name), "") for c in self.centres),
                key=lambda c: c[1].casefold(),
            )
        return [(term.slug, str(term.name), "") for term in self.terms[facet]]

    def values(self, facet: str) -> set[str]:
        return {value for value, _label, _lang in self.choices(facet)}

    def by_key(self, facet: str) -> dict[Any, Vocabulary]:
        return {term.translation_key: term for term in self.terms[facet]}


# --- The query -----------------------------------------------------------------------------------------


@dataclass
class GalleryQuery:
    """What a visitor asked for: text, facet selections (valid values only) and a page number."""

    q: str = ""
    selected: dict[str, list[str]] = field(default_factory=dict)
    page: int = 1
    errors: list[str] = field(default_factory=list)

    @property
    def is_filtered(self) -> bool:
        return bool(self.q or any(self.selected.values()))


def parse_query(params: Mapping[str, Sequence[str]], vocabularies: Vocabularies) -> GalleryQuery:
    """Read the GET parameters; unknown values are reported and ignored, never fatal."""
    query = GalleryQuery()
    raw_q = " ".join(params.get("q", [])).strip()
    if len(raw_q) > MAX_QUERY_LENGTH:
        query.errors.append(str(_("The search text is too long; only its beginning was used.")))
        raw_q = raw_q[:MAX_QUERY_LENGTH]
    query.q = raw_q
    for facet in FACETS:
        allowed = vocabularies.values(facet)
        chosen: list[str] = []
        for value in params.get(facet, []):
            value = value.strip().lower() if facet in ("centre", "language") else value.strip()
            if not value:
                continue
            if value not in allowed:
                query.errors.append(
                    str(_("“%(value)s” is not a known %(facet)s; it was left out."))
                    % {"value": value[:40], "facet": str(FACET_LABELS[facet]).lower()}
                )
            elif value not in chosen:
                chosen.append(value)
        if chosen:
            query.selected[facet] = chosen
    raw_page = (params.get("page") or ["1"])[-1]
    query.page = int(raw_page) if raw_page.isdigit() and 0 < int(raw_page) <= MAX_PAGE else 1
    return query


def _through(m2m_field: str) -> Any:
    return Resource._meta.get_field(m2m_field).remote_field.through


def _condition(facet: str, values: list[str], vocabularies: Vocabularies) -> Q:
    if facet == "language":
        return Q(pk__in=ResourceLanguageVersion.objects.filter(language__in=values).values("resource_id"))
    if facet == "centre":
        return Q(centre_id__in=[c.pk for c in vocabularies.centres if c.country.code.lower() in values])
    _label, _model, m2m_field, term = TERM_FACETS[facet]
    return Q(pk__in=_through(m2m_field).objects.filter(**{f"{term}__slug__in": values}).values("resource_id"))


def published_resources() -> QuerySet[Resource]:
    """Every live original resource: what the gallery and the API may show."""
    resources: QuerySet[Resource] = Resource.objects.filter(live=True, is_original=True)
    return resources


def text_matches(resources: QuerySet[Resource], q: str) -> QuerySet[Resource]:
    """Resources whose title or description, in any of their languages, contains every word of `q`, found in
    the index of Wagtail's database search backend (FTS5 on SQLite, tsvector on PostgreSQL)."""
    words = WORD.findall(q)[:MAX_WORDS]
    if not words:
        return resources
    if connection.vendor == "sqlite":
        matching = _sqlite_matches(words)
    else:
        results = get_search_backend().search(
            " ".join(words), Resource.objects.filter(live=True), operator="and", order_by_relevance=False
        )
        matching = results.get_queryset().order_by().values("translation_key")
    return resources.filter(translation_key__in=matching)


def _sqlite_matches(words: list[str]) -> QuerySet[Any]:
    """The index of Wagtail's SQLite backend, read from the full-text table outwards (CROSS JOIN fixes the join
    order): the backend's own query asks the FTS table once per indexed object, seconds at 100,000 resources."""
    from wagtail.search.models import IndexEntry

    entries, fts = IndexEntry._meta.db_table, f"{IndexEntry._meta.db_table}_fts"
    phrase = " ".join(f'"{word}"' for word in words)  # \w+ words: no quotes or operators inside
    matching_ids = RawSQL(  # noqa: S611 -- constant table names; the words and the type are parameters
        f"SELECT CAST(e.object_id AS INTEGER) FROM {fts} CROSS JOIN {entries} e ON e.id = {fts}.rowid "  # noqa: S608
        f"WHERE {fts} MATCH %s AND e.content_type_id = %s",
        [phrase, ContentType.objects.get_for_model(Resource).pk],
    )
    keys: QuerySet[Any] = Resource.objects.filter(live=True, pk__in=matching_ids).order_by().values("translation_key")
    return keys


def _facet_counts(facet: str, resources: QuerySet[Resource], vocabularies: Vocabularies) -> dict[str, int]:
    ids = resources.order_by().values("pk")
    if facet == "language":
        rows = (
            ResourceLanguageVersion.objects.filter(resource_id__in=ids)
            .order_by()
            .values_list("language")
            .annotate(n=Count("pk"))
        )
        return {str(value): n for value, n in rows}
    if facet == "centre":
        codes = {c.pk: c.country.code.lower() for c in vocabularies.centres}
        rows = resources.order_by().values_list("centre_id").annotate(n=Count("pk"))
        return {codes[centre_id]: n for centre_id, n in rows if centre_id in codes}
    _label, _model, m2m_field, term = TERM_FACETS[facet]
    rows = (
        _through(m2m_field)
        .objects.filter(resource_id__in=ids)
        .order_by()
        .values_list(f"{term}__slug")
        .annotate(n=Count("pk"))
    )
    return {str(value): n for value, n in rows}


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


@dataclass
class GalleryResult:
    query: GalleryQuery
    page: Page[Resource]
    facets: list[Facet]
    language: str

    @property
    def count(self) -> int:
        return int(self.page.paginator.count)


def search(query: GalleryQuery, vocabularies: Vocabularies, per_page: int = RESOURCES_PER_PAGE) -> GalleryResult:
    """One page of results and the facet counts, in a fixed number of queries."""
    language = vocabularies.language
    matching_text = text_matches(published_resources(), query.q)
    conditions = {name: _condition(name, values, vocabularies) for name, values in query.selected.items()}

    facets: list[Facet] = []
    for facet in FACETS:
        others = matching_text.filter(*(cond for name, cond in conditions.items() if name != facet))
        counts = _facet_counts(facet, others, vocabularies)
        chosen = set(query.selected.get(facet, []))
        values = [
            FacetValue(value, label, counts.get(value, 0), value in chosen, lang)
            for value, label, lang in vocabularies.choices(facet)
            if counts.get(value) or value in chosen
        ]
        facets.append(Facet(facet, str(FACET_LABELS[facet]), values))

    found = matching_text.filter(*conditions.values()).annotate(
        in_visitor_language=Exists(
            ResourceLanguageVersion.objects.filter(resource_id=OuterRef("pk"), language=language)
        )
    )
    ordered = with_details(found.order_by("-in_visitor_language", "-date", "-pk"))
    paginator = Paginator(ordered, per_page)
    number = min(query.page, max(paginator.num_pages, 1))
    page = paginator.page(number)
    page.object_list = list(page.object_list)
    label(page.object_list, vocabularies)
    return GalleryResult(query, page, facets, language)


# --- Presenting resources ------------------------------------------------------------------------------


def with_details(resources: QuerySet[Resource]) -> QuerySet[Resource]:
    return resources.select_related("centre", "locale").prefetch_related(
        Prefetch(
            "language_versions",
            queryset=ResourceLanguageVersion.objects.select_related("document").order_by("sort_order", "pk"),
        ),
        "topics",
        "age_groups",
        "audiences",
        "types",
    )


def label(resources: Sequence[Resource], vocabularies: Vocabularies) -> None:
    """Attach the text in the visitor's language (else English, else the original's) and the terms'
    labels in the visitor's language. One query for the text of the whole page."""
    language = vocabularies.language
    keys = [resource.translation_key for resource in resources]
    texts: dict[Any, dict[str, Resource]] = {}
    if keys:
        translations = Resource.objects.filter(
            translation_key__in=keys, live=True, locale__language_code__in={language, settings.LANGUAGE_CODE}
        ).select_related("locale")
        for row in translations:
            texts.setdefault(row.translation_key, {})[row.locale.language_code] = row
    maps = {name: vocabularies.by_key(name) for name in TERM_FACETS}
    for resource in resources:
        by_language = texts.get(resource.translation_key, {})
        text = by_language.get(language) or by_language.get(settings.LANGUAGE_CODE) or resource
        resource.display_title = text.title
        resource.description_html = sanitise(text.description)
        resource.text_language = text.locale.language_code
        for name, (_label, _model, m2m_field, _term) in TERM_FACETS.items():
            terms = [maps[name].get(t.translation_key, t) for t in getattr(resource, m2m_field).all()]
            setattr(resource, f"display_{m2m_field}", sorted(terms, key=lambda t: (t.sort_order, str(t.name))))
        resource.versions = sorted(resource.language_versions.all(), key=lambda v: v.language != language)
        resource.display_languages = [(v.language, v.language_name) for v in resource.versions]


def find_resource(resource_id: int, vocabularies: Vocabularies) -> Resource | None:
    resource = with_details(published_resources().filter(pk=resource_id)).first()
    if resource is not None:
        label([resource], vocabularies)
    return resource


def resource_path(gallery_url: str, resource: Resource) -> str:
    return f"{gallery_url}{resource.pk}-{resource.slug}/"


def gallery_in(language: str) -> Any:
    """The live gallery page in `language` (English otherwise), for links from the API."""
    from bik.resources.models import ResourceGalleryPage

    galleries = (
        ResourceGalleryPage.objects.live().public().filter(locale__language_code__in={language, settings.LANGUAGE_CODE})
    )
    found = sorted(galleries.select_related("locale"), key=lambda g: g.locale.language_code != language)
    return found[0] if found else None


def terms_of(models: Iterable[Vocabulary]) -> list[dict[str, str]]:
    return [{"slug": term.slug, "name": str(term.name)} for term in models]
