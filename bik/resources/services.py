"""What the resource gallery, its pages and its API compute.

A search is a text query plus facet selections (OR within a facet, AND across facets). The result is one page
of live original resources — those available in the visitor's language first — and, for every facet, how many
resources match all the *other* selections plus each value. The ids of the page, the total and all the counts
come from one statement (bik.resources.search), so a search runs the same few queries whatever the number of
resources.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import nh3
from django.conf import settings
from django.db.models import QuerySet
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from wagtail.rich_text import expand_db_html

from bik.caching import lookups
from bik.catalogue.facets import (
    MAX_PAGE as MAX_PAGE,  # the API reads the limits from here
)
from bik.catalogue.facets import (
    MAX_QUERY_LENGTH as MAX_QUERY_LENGTH,
)
from bik.catalogue.facets import (
    Facet,
    FacetedResult,
    FacetQuery,
    fetched_page,
    last_page,
    parse_facet_query,
)
from bik.catalogue.facets import (
    FacetValue as FacetValue,
)
from bik.catalogue.facets import (
    facet as shown_facet,
)
from bik.catalogue.models import Vocabulary
from bik.catalogue.pages import index_in, index_url
from bik.catalogue.terms import vocabulary
from bik.network.countries import by_country_name, name_key
from bik.network.models import Centre
from bik.pictures.rendering import prefetch_pictures
from bik.resources.models import (
    LANGUAGE_NAMES,
    RESOURCES_PER_PAGE,
    AgeGroup,
    Audience,
    Licence,
    Resource,
    ResourceLanguageVersion,
    ResourceType,
    Topic,
)
from bik.resources.search import cached_facet_search, term_links

MAX_WORDS = 10
# Only words reach the search backend: quotes and operators would be search syntax, not text.
WORD = re.compile(r"\w+")

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


def sanitise(html: str) -> str:
    """Rich text as stored by Wagtail (or imported), reduced to a few harmless tags."""
    return nh3.clean(
        expand_db_html(html or ""), tags=ALLOWED_TAGS, attributes={"a": {"href"}}, link_rel="noopener noreferrer"
    )


# --- Vocabularies --------------------------------------------------------------------------------------


@dataclass
class Vocabularies:
    """Every facet's possible values, labelled in one language: value → label, in display order."""

    language: str
    terms: dict[str, list[Vocabulary]]
    centres: list[Centre]
    # facet → slug → ids of its terms (in this language and English), and back: how the search index names terms
    term_ids: dict[str, dict[str, list[int]]] = field(default_factory=dict, repr=False)
    term_slugs: dict[str, dict[int, str]] = field(default_factory=dict, repr=False)
    _choices: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict, repr=False)
    _by_key: dict[str, dict[Any, Vocabulary]] = field(default_factory=dict, repr=False)

    @classmethod
    def load(cls, language: str) -> Vocabularies:
        """The vocabularies in `language`, built once per process and generation of the look-ups: read only."""
        return lookups.in_process(("vocabularies", language), lambda: cls._build(language))

    @classmethod
    def _build(cls, language: str) -> Vocabularies:
        found = cls(language, {}, by_country_name(lookups.published_centres()))
        for name, (_label, model, _f, _t) in TERM_FACETS.items():
            loaded: list[Vocabulary] = lookups.terms_in(model, language)
            found.terms[name] = vocabulary(model, language)
            found.term_slugs[name] = {term.pk: term.slug for term in loaded}
            found.term_ids[name] = {}
            for term in loaded:
                found.term_ids[name].setdefault(term.slug, []).append(term.pk)
        return found

    def choices(self, facet: str) -> list[tuple[str, str, str]]:
        """(value, label, lang attribute of the label) in display order."""
        if facet not in self._choices:
            self._choices[facet] = self._sorted_choices(facet)
        return self._choices[facet]

    def _sorted_choices(self, facet: str) -> list[tuple[str, str, str]]:
        if facet == "language":
            return sorted(((code, name, code) for code, name in LANGUAGE_NAMES.items()), key=lambda c: c[1].casefold())
        if facet == "centre":
            return sorted(
                ((c.country.code.lower(), str(c.country.name), "") for c in self.centres),
                key=lambda c: name_key(c[1]),
            )
        return [(term.slug, str(term.name), "") for term in self.terms[facet]]

    def values(self, facet: str) -> set[str]:
        return {value for value, _label, _lang in self.choices(facet)}

    def by_key(self, facet: str) -> dict[Any, Vocabulary]:
        """translation key → the term as named here (a copy: callers may add to it)."""
        if facet not in self._by_key:
            self._by_key[facet] = {term.translation_key: term for term in self.terms[facet]}
        return dict(self._by_key[facet])


# --- The query -----------------------------------------------------------------------------------------


GalleryQuery = FacetQuery


def parse_query(params: Mapping[str, Sequence[str]], vocabularies: Vocabularies) -> GalleryQuery:
    """Read the GET parameters; unknown values are reported and ignored, never fatal."""
    lower = dict.fromkeys(("centre", "language"), str.lower)
    allowed = {facet: vocabularies.values(facet) for facet in FACETS}
    return parse_facet_query(params, allowed, FACET_LABELS, normalise=lower)


def published_resources() -> QuerySet[Resource]:
    """Every live original resource: what the gallery and the API may show."""
    resources: QuerySet[Resource] = Resource.objects.filter(live=True, is_original=True)
    return resources


GalleryResult = FacetedResult[Resource]


def search(query: GalleryQuery, vocabularies: Vocabularies, per_page: int = RESOURCES_PER_PAGE) -> GalleryResult:
    """One page of results and the facet counts: one statement for the ids and counts (the text is matched
    once), then the page's resources with their details — the same few queries whatever the number of
    resources."""
    language = vocabularies.language
    words = WORD.findall(query.q)[:MAX_WORDS]
    centre_ids = {c.country.code.lower(): c.pk for c in vocabularies.centres}
    selected: dict[str, list[Any]] = {}
    for facet, values in query.selected.items():
        if facet == "centre":
            selected[facet] = [centre_ids[code] for code in values]
        elif facet in TERM_FACETS:
            selected[facet] = [pk for slug in values for pk in vocabularies.term_ids[facet].get(slug, [])]
        else:
            selected[facet] = values
    number = query.page
    found = cached_facet_search(words, selected, language, offset=(number - 1) * per_page, limit=per_page)
    if not found.page_ids and found.total and number > 1:  # beyond the last page: show the last one
        number = last_page(found.total, per_page)
        found = cached_facet_search(words, selected, language, offset=(number - 1) * per_page, limit=per_page)

    codes = {pk: code for code, pk in centre_ids.items()}
    facets: list[Facet] = []
    for facet in FACETS:
        counts: dict[str, int] = {}
        for key, n in found.counts.get(facet, {}).items():
            value = (
                codes.get(key)
                if facet == "centre"
                else vocabularies.term_slugs[facet].get(key)
                if facet in TERM_FACETS
                else key
            )
            if value is not None:
                counts[value] = counts.get(value, 0) + n
        chosen = set(query.selected.get(facet, []))
        facets.append(shown_facet(facet, FACET_LABELS[facet], vocabularies.choices(facet), counts, chosen))

    page_resources = with_details(Resource.objects.filter(pk__in=found.page_ids), vocabularies, descriptions=False)
    by_id = {r.pk: r for r in page_resources}
    resources = [by_id[pk] for pk in found.page_ids if pk in by_id]
    page = fetched_page(found.total, number, per_page, resources)
    return GalleryResult(query, page, facets, language)


# --- Presenting resources ------------------------------------------------------------------------------


def with_details(
    resources: QuerySet[Resource],
    vocabularies: Vocabularies,
    *,
    descriptions: bool = True,
    pictures: Sequence[str] = ("card",),
) -> list[Resource]:
    """The resources with what lists and pages show, labelled for the visitor: text in their language (else
    English, else the original's) — the description, sanitised, only when asked for, as lists do not show it —,
    language versions (theirs first) with files, terms named in their language, and their pictures in the
    `pictures` sizes (none: the caller reads them, with the rest of its page's). A fixed number of queries however
    many resources; the vocabularies are already loaded."""
    language = vocabularies.language
    rows = list(resources.select_related("centre", "locale"))
    if not rows:
        return rows
    if pictures:
        prefetch_pictures(rows, *pictures)
    ids = [resource.pk for resource in rows]
    versions: dict[int, list[ResourceLanguageVersion]] = {}
    for version in (
        ResourceLanguageVersion.objects.filter(resource_id__in=ids)
        .select_related("document")
        .order_by("sort_order", "pk")
    ):
        versions.setdefault(version.resource_id, []).append(version)
    terms = _terms_of(ids, vocabularies)
    texts: dict[Any, dict[str, Resource]] = {}
    translations = (
        Resource.objects.filter(translation_key__in={r.translation_key for r in rows}, is_original=False, live=True)
        .select_related("locale")
        .only("translation_key", "title", "description", "locale__language_code")
    )
    for row in translations:  # a few per resource at most; the visitor's language and English are kept
        texts.setdefault(row.translation_key, {})[row.locale.language_code] = row
    for resource in rows:
        by_language = {resource.locale.language_code: resource, **texts.get(resource.translation_key, {})}
        text = by_language.get(language) or by_language.get(settings.LANGUAGE_CODE) or resource
        resource.display_title = text.title
        resource.description_html = sanitise(text.description) if descriptions else ""
        resource.text_language = text.locale.language_code
        for name, (_label, _model, m2m_field, _term) in TERM_FACETS.items():
            found = terms.get((name, resource.pk), [])
            setattr(resource, f"display_{m2m_field}", sorted(found, key=lambda t: (t.sort_order, str(t.name))))
        resource.versions = sorted(versions.get(resource.pk, []), key=lambda v: v.language != language)
        resource.display_languages = [(v.language, v.language_name) for v in resource.versions]
    return rows


def _terms_of(ids: list[int], vocabularies: Vocabularies) -> dict[tuple[str, int], list[Vocabulary]]:
    """(facet, resource id) → its terms, as the vocabularies name them: one query for the four vocabularies
    (plus one for any term the vocabularies lack, e.g. one never made in English)."""
    links = term_links(ids)
    by_key = {name: vocabularies.by_key(name) for name in TERM_FACETS}
    for name, (_label, model, _f, _t) in TERM_FACETS.items():
        missing = {key for facet, _r, key in links if facet == name and key not in by_key[name]}
        if missing:
            by_key[name].update({t.translation_key: t for t in model.objects.filter(translation_key__in=missing)})
    terms: dict[tuple[str, int], list[Vocabulary]] = {}
    for name, resource_id, key in links:
        terms.setdefault((name, resource_id), []).append(by_key[name][key])
    return terms


def find_resource(
    resource_id: int, vocabularies: Vocabularies, *, pictures: Sequence[str] = ("hero",)
) -> Resource | None:
    found = with_details(published_resources().filter(pk=resource_id), vocabularies, pictures=pictures)
    return found[0] if found else None


def resource_path(gallery_url: str, resource: Resource) -> str:
    return f"{gallery_url}{resource.pk}-{resource.slug}/"


def latest(language: str, count: int = 4, *, pictures: Sequence[str] = ("card",)) -> tuple[list[Resource], str]:
    """The newest resources, labelled for a reader of `language`, and the gallery they link to (home page)."""
    from bik.resources.models import ResourceGalleryPage

    gallery_url = index_url(ResourceGalleryPage, language)
    if not gallery_url:
        return [], ""
    vocabularies = Vocabularies.load(language)
    newest = published_resources().order_by("-date", "-pk")[:count]
    resources = with_details(newest, vocabularies, descriptions=False, pictures=pictures)
    for resource in resources:
        resource.url = resource_path(gallery_url, resource)
    return resources, gallery_url


def gallery_in(language: str) -> Any:
    """The live gallery page in `language` (English otherwise), for links from the API."""
    from bik.resources.models import ResourceGalleryPage

    return index_in(ResourceGalleryPage, language)


def terms_of(models: Iterable[Vocabulary]) -> list[dict[str, str]]:
    return [{"slug": term.slug, "name": str(term.name)} for term in models]


# --- Resources made by young people ---------------------------------------------------------------------

MADE_BY_YOUNG_PEOPLE = "made-by-young-people"


def made_by_young_people_type() -> ResourceType:
    """The resource type that filters the gallery to resources made by young people (the "Resource type"
    facet), made in the default language the first time one is published; editors translate it."""
    from wagtail.models import Locale

    existing = ResourceType.objects.filter(slug=MADE_BY_YOUNG_PEOPLE).order_by("pk").first()
    if existing is not None:
        return existing
    term: ResourceType = ResourceType.objects.create(
        slug=MADE_BY_YOUNG_PEOPLE, name="Made by young people", sort_order=0, locale=Locale.get_default()
    )
    return term


@dataclass(frozen=True)
class YouthMadeResource:
    title: str
    description: str  # plain text
    licence: str
    credit: str  # pseudonyms only
    language: str
    kind: str  # poster, video or guide: a resource type slug when the gallery has that type
    image: Any = None
    image_alt: str = ""
    link: str = ""


def publish_youth_made(made: YouthMadeResource) -> Resource:
    """A resource made by young people, published in the gallery: classed as "made by young people" (and
    its kind when the gallery has that type), credited to `made.credit`, in the locale of its language."""
    from django.utils.html import escape, linebreaks
    from wagtail.models import Locale

    locale = Locale.objects.filter(language_code=made.language).first() or Locale.get_default()
    paragraphs = linebreaks(escape(made.description))
    resource = Resource(
        locale=locale,
        title=made.title,
        description=paragraphs,
        licence=made.licence if made.licence in Licence.values else Licence.ALL_RIGHTS_RESERVED,
        youth_credit=made.credit[:300],
        image=made.image,
        image_alt=made.image_alt,
        live=False,
    )
    kinds = [made_by_young_people_type()]
    kinds += list(ResourceType.objects.filter(slug=made.kind, locale=Locale.get_default())[:1])
    resource.types = kinds
    teenagers = Audience.objects.filter(slug="teenagers", locale=Locale.get_default()).first()
    if teenagers is not None:
        resource.audiences = [teenagers]
    if made.link:
        resource.language_versions = [ResourceLanguageVersion(language=made.language, url=made.link, sort_order=0)]
    resource.save()
    resource.save_revision().publish()
    return resource


def withdraw_youth_made(resource: Resource) -> None:
    """Take a resource made by young people out of the gallery (its submission was hidden after a report)."""
    if resource.live:
        resource.unpublish()
