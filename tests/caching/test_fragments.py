"""The news list's cards are kept rendered, per language, filter and page, and replaced the moment anything they
show changes, whether or not whole pages are cached."""

from __future__ import annotations

import pytest
from django.test import Client

from bik.news.models import ArticlePage
from tests.conftest import AfterCommit
from tests.news.helpers import add_article, news_index

pytestmark = pytest.mark.django_db


def _newest(language: str = "en") -> ArticlePage:
    article: ArticlePage | None = (
        ArticlePage.objects.live().filter(locale__language_code=language).order_by("-date", "-pk").first()
    )
    assert article is not None
    return article


def test_the_cards_are_kept_rendered_and_follow_every_change(client: Client, after_commit: AfterCommit) -> None:
    url = news_index("en").url
    newest = _newest()
    assert newest.title in client.get(url).content.decode()

    # A change made behind the signals' back (a bulk update) is not seen: the cards come from the cache.
    ArticlePage.objects.filter(pk=newest.pk).update(title="Retitled without a signal")
    assert "Retitled without a signal" not in client.get(url).content.decode()

    with after_commit():
        add_article("Kept cards follow the news", date=newest.date)

    html = client.get(url).content.decode()
    assert "Kept cards follow the news" in html
    assert "Retitled without a signal" in html  # rendered again from the rows


def test_each_language_filter_and_page_has_cards_of_its_own(client: Client) -> None:
    english, french = news_index("en").url, news_index("fr").url
    client.get(english)
    assert _newest("fr").title in client.get(french).content.decode()
    assert _newest().title in client.get(english).content.decode()

    youth = client.get(english, {"section": "youth"}).content.decode()
    youth_articles = ArticlePage.objects.live().filter(locale__language_code="en", section="youth")
    others = ArticlePage.objects.live().filter(locale__language_code="en").exclude(section="youth")
    assert all(article.title in youth for article in youth_articles[:3])
    assert not any(f">{article.title}</a>" in youth for article in others)
