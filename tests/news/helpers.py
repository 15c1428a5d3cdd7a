"""The articles other areas' tests make, in the words they used before the factories (tests/factories/news.py),
which new tests call instead."""

from __future__ import annotations

import datetime as dt

from wagtail.models import Locale

from bik.news.models import ArticlePage, Audience, Topic
from tests.factories.news import ArticleFactory, articles_in_bulk, news_index

__all__ = ["add_article", "add_articles_in_bulk", "news_index"]


def add_article(
    title: str,
    *,
    language: str = "en",
    section: str = "news",
    topics: tuple[str, ...] = (),
    audiences: tuple[str, ...] = (),
    date: dt.date | None = None,
    author: str = "",
    publish: bool = True,
    intro: str = "An introduction.",
) -> ArticlePage:
    """`ArticleFactory.create(...)` below the news index of `language`, without aliases, dated 1 January 2030
    unless `date` says otherwise, tagged with the English terms of these slugs that exist."""
    english = Locale.get_default()
    article: ArticlePage = ArticleFactory.create(
        title=title,
        slug=title.lower().replace(" ", "-"),
        intro=intro,
        section=section,
        author_name=author,
        date=date or dt.date(2030, 1, 1),
        topics=list(Topic.objects.filter(slug__in=topics, locale=english)),
        audiences=list(Audience.objects.filter(slug__in=audiences, locale=english)),
        parent=news_index(language),
        aliases=False,
        publish=publish,
    )
    return article


def add_articles_in_bulk(
    count: int,
    *,
    prefix: str = "Bulk article",
    section: str = "news",
    topics: tuple[str, ...] = (),
    audiences: tuple[str, ...] = (),
) -> None:
    """`articles_in_bulk(...)` tagged with the English terms of these slugs that exist."""
    english = Locale.get_default()
    articles_in_bulk(
        count,
        prefix=prefix,
        section=section,
        topics=Topic.objects.filter(slug__in=topics, locale=english),
        audiences=Audience.objects.filter(slug__in=audiences, locale=english),
    )
