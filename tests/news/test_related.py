"""An article suggests other articles in the same language, those sharing the most topics first."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from bik.news.services import related_articles
from tests.factories.news import ArticleFactory, TopicFactory

pytestmark = pytest.mark.django_db


def test_it_orders_related_articles_by_shared_topics() -> None:
    gaming, privacy, ai, grooming = (
        TopicFactory.create(name=name) for name in ("Gaming", "Privacy", "Artificial intelligence", "Grooming")
    )
    article = ArticleFactory.create(title="Main story", topics=[gaming, privacy, ai], aliases=False)
    one = ArticleFactory.create(title="Shares one topic", topics=[gaming], aliases=False)
    two = ArticleFactory.create(title="Shares two topics", topics=[gaming, privacy], aliases=False)
    unrelated = ArticleFactory.create(title="Shares nothing", topics=[grooming], aliases=False)
    related = related_articles(article, limit=10)
    assert related == [two, one]
    assert unrelated not in related
    assert article not in related


def test_it_suggests_nothing_without_topics() -> None:
    ArticleFactory.create(title="Another story without topics", aliases=False)
    assert related_articles(ArticleFactory.create(title="Lonely story", aliases=False)) == []


def test_it_leaves_out_drafts_and_other_languages(client: Client) -> None:
    gaming = TopicFactory.create(name="Gaming")
    article = ArticleFactory.create(title="Gaming main", topics=[gaming])  # with its aliases in every language
    other = ArticleFactory.create(title="Gaming other", topics=[gaming], aliases=False)
    ArticleFactory.create(title="Gaming draft", topics=[gaming], aliases=False, publish=False)
    related = related_articles(article, limit=50)
    assert related == [other]


def test_the_article_page_shows_related_news_in_constant_queries(client: Client) -> None:
    wellbeing = TopicFactory.create(name="Wellbeing")
    article = ArticleFactory.create(title="Query story", topics=[wellbeing], aliases=False)
    ArticleFactory.create(title="Wellbeing first", topics=[wellbeing], aliases=False)
    client.get(article.url)
    with CaptureQueriesContext(connection) as few:
        assert "Wellbeing first" in client.get(article.url).content.decode()
    for number in range(6):
        ArticleFactory.create(title=f"Wellbeing extra {number}", topics=[wellbeing], aliases=False)
    client.get(article.url)
    with CaptureQueriesContext(connection) as many:
        html = client.get(article.url).content.decode()
    assert "Related news" in html
    assert html.count("Wellbeing extra") == 3
    assert len(many) == len(few)
