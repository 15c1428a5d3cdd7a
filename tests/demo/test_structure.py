"""The demo builds its content on the site's structure (bik/pages/structure.py) without claiming it."""

from __future__ import annotations

import pytest

from bik.demo.registry import demo_ids, is_demo
from bik.news.models import ArticlePage, NewsIndexPage
from bik.pages.models import HomePage
from bik.pages.structure import index_page

pytestmark = pytest.mark.django_db


def test_the_demo_puts_its_articles_below_the_structures_news_index_and_leaves_the_index_unclaimed() -> None:
    home = HomePage.objects.get(locale__language_code="en", depth=2)
    news = index_page(NewsIndexPage, home)
    articles = ArticlePage.objects.child_of(news)

    assert articles.exists()
    assert set(articles.values_list("pk", flat=True)) <= set(demo_ids(ArticlePage))
    assert not is_demo(news)
    assert not is_demo(home)
