"""What the news pages, feeds and API compute: filtered article lists, terms in the visitor's language and
related articles. Every function runs a fixed number of queries, whatever the number of articles."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar, cast
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.db.models import Count, Prefetch, QuerySet
from django.http import HttpRequest
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from bik.catalogue import terms as catalogue_terms
from bik.catalogue.filters import FilterForm, filter_joined
from bik.catalogue.models import Term
from bik.catalogue.pagination import paginate
from bik.news.models import NEWS_PER_PAGE, ArticlePage, Audience, NewsIndexPage, Section, Topic
from bik.pictures.rendering import image_prefetch

RELATED_COUNT = 3
FEED_SIZE = 20

T = TypeVar("T", bound=Term)


def _language() -> str:
    return get_language() or settings.LANGUAGE_CODE


def vocabulary(model: type[T]) -> list[T]:
    """Every term of a vocabulary once, in the visitor's language where translated (English otherwise)."""
    return catalogue_terms.vocabulary(model, _language(), interface_names=False)


def localize_terms(model: type[T], terms: Iterable[T]) -> dict[int, T]:
    """Map each term's pk to its translation in the visitor's language (itself when untranslated): one query."""
    return catalogue_terms.localize_terms(model, terms, _language())


def with_terms(articles: QuerySet[ArticlePage]) -> QuerySet[ArticlePage]:
    return articles.select_related("locale", "author_centre", "image").prefetch_related(
        Prefetch("topics", queryset=Topic.objects.order_by("name")),
        Prefetch("audiences", queryset=Audience.objects.order_by("name")),
        image_prefetch(),
    )


def label_articles(articles: Sequence[ArticlePage]) -> Sequence[ArticlePage]:
    """Attach `display_topics` and `display_audiences` in the visitor's language (two queries in all)."""
    return catalogue_terms.label_terms(articles, {"topics": Topic, "audiences": Audience}, _language())


class NewsFilterForm(FilterForm):
    """The GET filters of the news index; unknown values are reported, never fatal."""

    section = forms.ChoiceField(label=_("Section"), required=False)
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    audience = forms.ChoiceField(label=_("Audience"), required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.set_choices("section", Section.choices)
        self.set_choices("topic", ((t.slug, t.name) for t in vocabulary(Topic)))
        self.set_choices("audience", ((a.slug, a.name) for a in vocabulary(Audience)))


def filter_articles(articles: QuerySet[ArticlePage], filters: dict[str, str]) -> QuerySet[ArticlePage]:
    if filters.get("section"):
        articles = articles.filter(section=filters["section"])
    return filter_joined(articles, filters, {"topic": "topics__slug", "audience": "audiences__slug"})


@dataclass(frozen=True)
class FeedLink:
    title: str
    url: str
    mime_type: str


def feed_links(index: NewsIndexPage, request: HttpRequest, filters: dict[str, str]) -> list[FeedLink]:
    """The Atom and RSS feeds matching what the visitor browses: a topic's, a section's or all news."""
    base = index.get_url(request) or ""
    if filters.get("topic"):
        prefix = f"{base}topics/{filters['topic']}/"
    elif filters.get("section"):
        prefix = f"{base}sections/{filters['section']}/"
    else:
        prefix = base
    return [
        FeedLink(str(_("Atom feed")), f"{prefix}feed/atom/", "application/atom+xml"),
        FeedLink(str(_("RSS feed")), f"{prefix}feed/rss/", "application/rss+xml"),
    ]


def index_context(index: NewsIndexPage, request: HttpRequest) -> dict[str, Any]:
    form = NewsFilterForm(request.GET or None)
    filters = form.chosen()
    articles = with_terms(filter_articles(index.articles(), filters))
    page_obj = paginate(articles, request.GET.get("page", 1), NEWS_PER_PAGE)
    label_articles(cast("list[ArticlePage]", page_obj.object_list))
    # Articles are the index's children: their address is the index's and their slug, with no look-up of the
    # site's root paths per article (the template's cost on this page).
    index_url = index.get_url(request) or ""
    for article in page_obj.object_list:
        article.list_url = f"{index_url}{article.slug}/"
    return {
        "page_obj": page_obj,
        "index_url": index_url,
        "filter_form": form,
        "filters": filters,
        "filter_query": urlencode(filters),
        "sections": Section.choices,
        "feed_links": feed_links(index, request, filters),
    }


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
