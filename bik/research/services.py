"""What the research pages and API compute: the live publications in the visitor's language (English where
untranslated), filtered by type, year and topic with a fixed number of queries. Plain values in, publications
out: the request glue (query string, addresses, 404s) is in bik/research/views.py."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.db.models import Prefetch, QuerySet
from django.template.defaultfilters import filesizeformat

from bik.catalogue.filters import filter_joined
from bik.catalogue.language import current_language, in_language
from bik.catalogue.pages import index_in
from bik.catalogue.terms import label_terms
from bik.news.models import Topic
from bik.pages.numbers import strict_int
from bik.research.models import Publication, ResearchIndexPage
from bik.resources.models import Audience


def live_publications(language: str) -> QuerySet[Publication]:
    """Each live publication once: its translation in `language`, or the English original when there is none."""
    publications = in_language(Publication.objects.filter(live=True), language)
    with_files: QuerySet[Publication] = publications.select_related("locale", "document", "partner").prefetch_related(
        Prefetch("topics", queryset=Topic.objects.order_by("name")),
        Prefetch("audiences", queryset=Audience.objects.order_by("name")),
    )
    return with_files


def filter_publications(publications: QuerySet[Publication], filters: dict[str, Any]) -> QuerySet[Publication]:
    if filters.get("type"):
        publications = publications.filter(publication_type=filters["type"])
    year = strict_int(filters.get("year"))
    if year is not None:
        publications = publications.filter(year=year)
    if filters.get("partner"):
        publications = publications.filter(partner__slug=filters["partner"], partner__status="approved")
    publications = filter_joined(publications, filters, {"topic": "topics__slug", "audience": "audiences__slug"})
    return publications.order_by("-year", "title", "pk")


def label_publications(publications: Sequence[Publication]) -> Sequence[Publication]:
    """Attach `display_topics` and `display_audiences` in the visitor's language (one query each in all)."""
    return label_terms(publications, {"topics": Topic, "audiences": Audience}, current_language())


def publication_years() -> list[int]:
    return sorted(set(Publication.objects.filter(live=True).values_list("year", flat=True)), reverse=True)


def research_index_url(language: str) -> str:
    """The research area's address in `language` (English where it is not translated)."""
    index = index_in(ResearchIndexPage, language)
    return (index.get_url() or "/") if index is not None else "/"


def find_publication(slug: str, language: str) -> Publication | None:
    return live_publications(language).filter(slug=slug).first()


def file_facts(publication: Publication) -> dict[str, str] | None:
    """What a visitor sees before downloading: the format and the size of the file."""
    document = publication.document
    if document is None:
        return None
    size = document.get_file_size()
    return {
        "url": document.url,
        "format": (document.file_extension or "").upper(),
        "size": str(filesizeformat(size)) if size is not None else "",
    }
