"""The demo builds its content on the site's structure (bik/pages/structure.py) without claiming it."""

from __future__ import annotations

import pytest
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext

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


@pytest.mark.parametrize("language", ["de", "fr"])
def test_the_demos_translated_sections_read_in_their_language_below_the_title(client: Client, language: str) -> None:
    """The demo translates some sections as an editor would (wagtail-localize); what the catalogues hold of their
    bodies is taken from them, as a translation memory would offer it, so the page does not switch to English."""
    page = client.get(f"/{language}/youth/").content.decode()

    for english in ("What you can do", "Write blog posts about what matters to you online."):
        with translation.override(language):
            translated = gettext(english)
        assert translated != english
        assert translated in page
        assert english not in page
