"""Atom and RSS feeds of a news index: all its articles, one section's or one topic's, in the index's language."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib.syndication.views import Feed
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed, SyndicationFeed
from django.utils.translation import gettext as _

from bik.news import services
from bik.news.models import ArticlePage, NewsIndexPage, Section, Topic

FEED_TYPES: dict[str, type[SyndicationFeed]] = {"atom": Atom1Feed, "rss": Rss201rev2Feed}


class ArticleFeed(Feed):  # type: ignore[type-arg]
    def __init__(self, index: NewsIndexPage, kind: str, *, section: str = "", topic: Topic | None = None) -> None:
        super().__init__()
        self.index = index
        self.feed_type = FEED_TYPES[kind]
        self.section = section
        self.topic = topic
        self.request: HttpRequest | None = None
        self.language = str(index.locale.language_code)

    def __call__(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self) -> str:
        if self.topic is not None:
            return _("%(index)s: %(topic)s") % {"index": self.index.title, "topic": self.topic.name}
        if self.section:
            return _("%(index)s: %(section)s") % {"index": self.index.title, "section": Section(self.section).label}
        return str(self.index.title)

    def link(self) -> str:
        return self.index.get_url(self.request) or "/"

    def description(self) -> str:
        return str(self.index.intro or self.index.title)

    def items(self) -> list[ArticlePage]:
        filters = {"section": self.section, "topic": self.topic.slug if self.topic is not None else ""}
        articles = services.with_terms(services.filter_articles(self.index.articles(), filters))
        return list(services.label_articles(list(articles[: services.FEED_SIZE])))

    def item_title(self, item: ArticlePage) -> str:
        return str(item.title)

    def item_description(self, item: ArticlePage) -> str:
        return str(item.intro)

    def item_link(self, item: ArticlePage) -> str:
        return item.get_url(self.request) or ""

    def item_pubdate(self, item: ArticlePage) -> dt.datetime:
        return timezone.make_aware(dt.datetime.combine(item.date, dt.time(9, 0)))

    def item_updateddate(self, item: ArticlePage) -> dt.datetime | None:
        return item.last_published_at  # type: ignore[no-any-return]

    def item_author_name(self, item: ArticlePage) -> str | None:
        return item.author or None

    def item_categories(self, item: ArticlePage) -> list[str]:
        return [item.get_section_display(), *(str(topic.name) for topic in item.display_topics)]


def serve(request: HttpRequest, index: NewsIndexPage, kind: str, *, section: str = "", topic: str = "") -> HttpResponse:
    if kind not in FEED_TYPES:
        raise Http404
    if section and section not in Section.values:
        raise Http404
    chosen_topic = None
    if topic:
        chosen_topic = next((term for term in services.vocabulary(Topic) if term.slug == topic), None)
        if chosen_topic is None:
            raise Http404
    return ArticleFeed(index, kind, section=section, topic=chosen_topic)(request)
