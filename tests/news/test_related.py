"""An article suggests other articles in the same language, those sharing the most topics first."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from bik.news.services import related_articles
from tests.news.helpers import add_article

pytestmark = pytest.mark.django_db


def test_it_orders_related_articles_by_shared_topics() -> None:
    article = add_article("Main story", topics=("gaming", "privacy", "artificial-intelligence"))
    one = add_article("Shares one topic", topics=("gaming",))
    two = add_article("Shares two topics", topics=("gaming", "privacy"))
    unrelated = add_article("Shares nothing", topics=("grooming",))
    related = related_articles(article, limit=10)
    assert related[0] == two
    assert one in related
    assert unrelated not in related
    assert article not in related


def test_it_suggests_nothing_without_topics() -> None:
    assert related_articles(add_article("Lonely story")) == []


def test_it_leaves_out_drafts_and_other_languages(client: Client) -> None:
    article = add_article("Gaming main", topics=("gaming",))
    add_article("Gaming draft", topics=("gaming",), publish=False)
    related = related_articles(article, limit=50)
    assert all(page.live for page in related)
    assert all(page.locale_id == article.locale_id for page in related)
    assert "Gaming draft" not in [page.title for page in related]


def test_the_article_page_shows_related_news_in_constant_queries(client: Client) -> None:
    article = add_article("Query story", topics=("wellbeing",))
    client.get(article.url)
    with CaptureQueriesContext(connection) as few:
        client.get(article.url)
    for number in range(6):
        add_article(f"Wellbeing extra {number}", topics=("wellbeing",))
    client.get(article.url)
    with CaptureQueriesContext(connection) as many:
        html = client.get(article.url).content.decode()
    assert "Related news" in html
    assert len(many) == len(few)
