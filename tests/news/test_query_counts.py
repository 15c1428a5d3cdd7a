"""The news list costs the same number of SQL queries with 10 articles as with 1,000."""

from __future__ import annotations

import pytest
from django.test import Client

from bik.news.models import ArticlePage, NewsIndexPage
from tests.factories.news import AudienceFactory, TopicFactory, articles_in_bulk, news_index
from tests.query_counts import assert_same_cost, at_10_and_1000

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("url", ["/en/news/", "/en/news/?section=youth&topic=privacy&audience=parents"])
def test_the_news_list_costs_the_same_with_10_or_1000_articles(client: Client, url: str) -> None:
    topics = [TopicFactory.create(name="Privacy"), TopicFactory.create(name="Gaming")]
    audiences = [AudienceFactory.create(name="Parents"), AudienceFactory.create(name="Children")]

    def add_youth_articles(count: int) -> None:
        articles_in_bulk(count, section="youth", topics=topics, audiences=audiences)

    few, many = at_10_and_1000(client, url, add_youth_articles)
    assert "1000 articles" in many.html
    assert_same_cost(few, many, 'class="article-list__item"', per_page=12)


def test_the_bulk_articles_are_real_pages() -> None:
    """The bulk helper writes the tree as Wagtail would: the new pages are children the index can count."""
    articles_in_bulk(3, prefix="Tree check")
    index = NewsIndexPage.objects.get(pk=news_index().pk)
    children = ArticlePage.objects.child_of(index).filter(title__startswith="Tree check")
    assert children.count() == 3
    assert index.numchild == ArticlePage.objects.child_of(index).count()
    assert all(child.url.startswith("/en/news/") for child in children)
