"""Atom and RSS feeds of a news index: all its articles, one section's or one topic's, in the index's language."""

from __future__ import annotations

import datetime as dt

from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _

from bik.news import services
from bik.news.models import ArticlePage, NewsIndexPage, Section, Topic
from bik.pages.feeds import FEED_TYPES, IndexFeed


class ArticleFeed(IndexFeed[NewsIndexPage]):
    def __init__(self, index: NewsIndexPage, kind: str, *, section: str = "", topic: Topic | None = None) -> None:
        super().__init__(index, kind)
        self.section = section
        self.topic = topic

    def title(self) -> str:
        if self.topic is not None:
            return _("%(index)s: %(topic)s") % {"index": self.index.title, "topic": self.topic.name}
        if self.section:
            return _("%(index)s: %(section)s") % {"index": self.index.title, "section": Section(self.section).label}
        return super().title()

    def items(self) -> list[ArticlePage]:
        filters = {"section": self.section, "topic": self.topic.slug if self.topic is not None else ""}
        articles = services.with_terms(services.filter_articles(self.index.articles(), filters))
        return list(services.label_articles(list(articles[: services.FEED_SIZE])))

    def item_description(self, item: ArticlePage) -> str:
        return str(item.intro)

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
