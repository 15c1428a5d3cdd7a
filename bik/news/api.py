"""Read API for news articles: live, public articles only, in one language, filtered like the news index."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.utils import translation
from ninja import Query, Router, Schema
from ninja.errors import HttpError
from pydantic import Field

from bik.catalogue.api import PageOut, PageQuery, TermOut, check_language
from bik.catalogue.pagination import api_page
from bik.news import services
from bik.news.models import ArticlePage, Section

router = Router(tags=["news"])
API_PAGE_SIZE = 20


class ArticleSummaryOut(Schema):
    id: int
    title: str
    url: str
    language: str
    date: dt.date
    section: str
    section_label: str
    intro: str
    author: str
    topics: list[TermOut]
    audiences: list[TermOut]


class ArticleOut(ArticleSummaryOut):
    body_html: str
    related: list[int] = Field(description="Ids of related articles (sharing topics), most related first.")


class ArticleListOut(PageOut):
    results: list[ArticleSummaryOut]


class ArticleFilters(PageQuery):
    lang: str = Field(settings.LANGUAGE_CODE, description="Language code, e.g. en, fr, el.")
    section: str = Field("", description="One of: " + ", ".join(Section.values))
    topic: str = Field("", description="A topic's slug.")
    audience: str = Field("", description="An audience's slug.")


def _summary(article: ArticlePage, request: HttpRequest) -> dict[str, Any]:
    return {
        "id": article.pk,
        "title": article.title,
        "url": request.build_absolute_uri(article.get_url(request) or "/"),
        "language": article.locale.language_code,
        "date": article.date,
        "section": article.section,
        "section_label": str(article.get_section_display()),
        "intro": article.intro,
        "author": article.author,
        "topics": [{"slug": t.slug, "name": str(t.name)} for t in article.display_topics],
        "audiences": [{"slug": a.slug, "name": str(a.name)} for a in article.display_audiences],
    }


def _public_articles(lang: str) -> Any:
    return services.with_terms(
        ArticlePage.objects.live().public().filter(locale__language_code=lang).order_by("-date", "-pk")
    )


@router.get("/articles/", response=ArticleListOut, summary="List articles")
def list_articles(request: HttpRequest, filters: Query[ArticleFilters]) -> dict[str, Any]:
    lang = check_language(filters.lang)
    if filters.section and filters.section not in Section.values:
        raise HttpError(400, f"Unknown section {filters.section!r}.")
    chosen = {"section": filters.section, "topic": filters.topic, "audience": filters.audience}
    with translation.override(lang):
        found = api_page(services.filter_articles(_public_articles(lang), chosen), filters.page, API_PAGE_SIZE)
        services.label_articles(found.items)
        return found.envelope([_summary(article, request) for article in found.items])


@router.get("/articles/{article_id}/", response=ArticleOut, summary="Read one article")
def get_article(request: HttpRequest, article_id: int) -> dict[str, Any]:
    article = _public_articles_any_language().filter(pk=article_id).first()
    if article is None:
        raise HttpError(404, "No published article with this id.")
    with translation.override(article.locale.language_code):
        services.label_articles([article])
        data = _summary(article, request)
        data["body_html"] = str(article.body)
        data["related"] = [related.pk for related in services.related_articles(article)]
    return data


def _public_articles_any_language() -> Any:
    return services.with_terms(ArticlePage.objects.live().public())
