from __future__ import annotations

import datetime as dt

from wagtail.models import Locale

from bik.news.models import ArticlePage, Audience, NewsIndexPage, Topic


def news_index(language: str = "en") -> NewsIndexPage:
    index: NewsIndexPage = NewsIndexPage.objects.get(locale__language_code=language)
    return index


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
    english = Locale.objects.get(language_code="en")
    article = ArticlePage(
        title=title,
        slug=title.lower().replace(" ", "-"),
        intro=intro,
        section=section,
        author_name=author,
        date=date or dt.date(2030, 1, 1),
        live=publish,
    )
    news_index(language).add_child(instance=article)
    article.topics.set(Topic.objects.filter(slug__in=topics, locale=english))
    article.audiences.set(Audience.objects.filter(slug__in=audiences, locale=english))
    revision = article.save_revision()
    if publish:
        revision.publish()
    return article
