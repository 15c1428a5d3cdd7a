"""What the news pages, feeds and API compute: filtered article lists, terms in the visitor's language and
related articles. Every function runs a fixed number of queries, whatever the number of articles. Plain values
in, articles out: the request glue of the news index (query string, addresses, feed links) is in
bik/news/views.py."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, TypeVar

from django.db.models import Count, Prefetch, QuerySet

from bik.catalogue import terms as catalogue_terms
from bik.catalogue.filters import filter_joined
from bik.catalogue.language import current_language
from bik.catalogue.models import Term
from bik.news.models import ArticlePage, Audience, Topic
from bik.pictures.rendering import image_prefetch

RELATED_COUNT = 3
FEED_SIZE = 20

T = TypeVar("T", bound=Term)


def vocabulary(model: type[T]) -> list[T]:
    """Every term of a vocabulary once, in the visitor's language where translated (otherwise as the interface
    names it, or in English)."""
    return catalogue_terms.vocabulary(model, current_language())


def localize_terms(model: type[T], terms: Iterable[T]) -> dict[int, T]:
    """Map each term's pk to its translation in the visitor's language (itself when untranslated): one query."""
    return catalogue_terms.localize_terms(model, terms, current_language())


def with_terms(articles: QuerySet[ArticlePage]) -> QuerySet[ArticlePage]:
    return articles.select_related("locale", "author_centre", "image").prefetch_related(
        Prefetch("topics", queryset=Topic.objects.order_by("name")),
        Prefetch("audiences", queryset=Audience.objects.order_by("name")),
        image_prefetch(),
    )


def label_articles(articles: Sequence[ArticlePage]) -> Sequence[ArticlePage]:
    """Attach `display_topics` and `display_audiences` in the visitor's language (two queries in all)."""
    return catalogue_terms.label_terms(articles, {"topics": Topic, "audiences": Audience}, current_language())


def filter_articles(articles: QuerySet[ArticlePage], filters: dict[str, str]) -> QuerySet[ArticlePage]:
    if filters.get("section"):
        articles = articles.filter(section=filters["section"])
    return filter_joined(articles, filters, {"topic": "topics__slug", "audience": "audiences__slug"})


def related_articles(article: ArticlePage, limit: int = RELATED_COUNT) -> list[ArticlePage]:
    """Other articles in the same language, those sharing the most topics first, then the newest."""
    topic_ids = [topic.pk for topic in article.topics.all()]
    if not topic_ids:
        return []
    related = (
        ArticlePage.objects.live()
        .public()
        .filter(locale_id=article.locale_id, topics__in=topic_ids)
        .exclude(pk=article.pk)
        .annotate(shared_topics=Count("topics"))
        .order_by("-shared_topics", "-date", "-pk")
    )
    return list(related[:limit])


def article_context(article: ArticlePage) -> dict[str, Any]:
    label_articles([article])
    return {"related_articles": related_articles(article), "section_label": article.get_section_display()}
