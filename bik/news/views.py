"""The request glue of the news index: NewsIndexPage hands the request here; this reads the query string and the
page's address, calls bik.news.services for the articles, and links the feeds matching what the visitor browses."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast
from urllib.parse import urlencode

from django import forms
from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _

from bik.catalogue.filters import FilterForm
from bik.catalogue.pagination import paginate
from bik.news.models import NEWS_PER_PAGE, ArticlePage, Audience, NewsIndexPage, Section, Topic
from bik.news.services import filter_articles, label_articles, vocabulary, with_terms


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


# Page numbers a visitor may ask for by hand, as the rendered results are kept (beyond the last: the last page).
MAX_PAGE_NUMBER = 10_000


def requested_page(value: str | None) -> int:
    """The page number asked for, as the kept results vary on it: 1 when it is not a number."""
    try:
        return min(max(int(value or 1), 1), MAX_PAGE_NUMBER)
    except ValueError:
        return 1


def index_context(index: NewsIndexPage, request: HttpRequest) -> dict[str, Any]:
    form = NewsFilterForm(request.GET or None)
    filters = form.chosen()
    number = requested_page(request.GET.get("page"))
    # Articles are the index's children: their address is the index's and their slug, with no look-up of the
    # site's root paths per article (the template's cost on this page).
    index_url = index.get_url(request) or ""

    def read_page() -> Any:
        articles = with_terms(filter_articles(index.articles(), filters))
        page_obj = paginate(articles, number, NEWS_PER_PAGE)
        label_articles(cast("list[ArticlePage]", page_obj.object_list))
        for article in page_obj.object_list:
            article.list_url = f"{index_url}{article.slug}/"
        return page_obj

    return {
        # Read when the template first shows it: not at all while the rendered results are kept.
        "page_obj": SimpleLazyObject(read_page),
        "page_number": number,
        "index_url": index_url,
        "filter_form": form,
        "filters": filters,
        "filter_query": urlencode(filters),
        "sections": Section.choices,
        "feed_links": feed_links(index, request, filters),
    }
