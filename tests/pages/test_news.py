"""The news index lists the articles below it, newest first and a page at a time; an article is a page of its own."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from tests.factories.news import ArticleFactory

pytestmark = pytest.mark.django_db


def _add_articles(count: int) -> None:
    for _number in range(count):
        ArticleFactory.create(intro="Intro text.", aliases=False)


def test_news_index_lists_articles_newest_first(client: Client) -> None:
    ArticleFactory.create(title="An older story", date=dt.date(2026, 1, 5), aliases=False)
    ArticleFactory.create(title="The newest story", date=dt.date(2026, 3, 1), aliases=False)
    ArticleFactory.create(title="A story in between", date=dt.date(2026, 2, 1), aliases=False)

    html = client.get("/en/news/").content.decode()

    assert html.index("The newest story") < html.index("A story in between") < html.index("An older story")


def test_news_index_paginates(client: Client) -> None:
    _add_articles(14)
    page_one = client.get("/en/news/").content.decode()
    page_two = client.get("/en/news/?page=2").content.decode()
    assert page_one.count('class="article-list__item"') == 12
    assert 'rel="next"' in page_one
    assert 'rel="prev"' in page_two
    assert client.get("/en/news/?page=abc").status_code == 200
    assert client.get("/en/news/?page=999").status_code == 200


def test_news_index_query_count_does_not_grow_with_articles(client: Client) -> None:
    _add_articles(1)
    client.get("/en/news/")  # warm caches (site root paths)
    with CaptureQueriesContext(connection) as few:
        assert client.get("/en/news/").content.decode().count('class="article-list__item"') == 1
    _add_articles(8)
    client.get("/en/news/")  # publishing refreshed the cached navigation; rebuild it outside the count
    with CaptureQueriesContext(connection) as many:
        assert client.get("/en/news/").content.decode().count('class="article-list__item"') == 9
    assert len(many) == len(few)


def test_an_article_page_renders(client: Client) -> None:
    article = ArticleFactory.create(title="A story of its own", aliases=False)
    response = client.get(f"/en/news/{article.slug}/")
    assert response.status_code == 200
    assert "A story of its own" in response.content.decode()
