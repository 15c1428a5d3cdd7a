from __future__ import annotations

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from bik.news.models import ArticlePage, NewsIndexPage

pytestmark = pytest.mark.django_db


def _add_articles(count: int) -> None:
    index = NewsIndexPage.objects.get(locale__language_code="en")
    for number in range(count):
        article = ArticlePage(title=f"Extra article {number}", slug=f"extra-{number}", intro="Intro text.")
        index.add_child(instance=article)
        article.save_revision().publish()


def test_news_index_lists_articles_newest_first(client: Client) -> None:
    html = client.get("/en/news/").content.decode()
    newest, older = ArticlePage.objects.live().filter(locale__language_code="en").order_by("-date")[:2]
    assert newest.date > older.date
    assert html.index(newest.title) < html.index(older.title)


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
    client.get("/en/news/")  # warm caches (site root paths)
    with CaptureQueriesContext(connection) as few:
        client.get("/en/news/")
    _add_articles(8)
    client.get("/en/news/")  # publishing refreshed the cached navigation; rebuild it outside the count
    with CaptureQueriesContext(connection) as many:
        client.get("/en/news/")
    assert len(many) == len(few)


def test_an_article_page_renders(client: Client) -> None:
    article = ArticlePage.objects.filter(locale__language_code="en").first()
    assert article is not None
    response = client.get(f"/en/news/{article.slug}/")
    assert response.status_code == 200
    assert article.title in response.content.decode()
