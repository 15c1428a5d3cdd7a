"""The news list's cards are kept rendered, per language, filter and page, and replaced the moment anything they
show changes, whether or not whole pages are cached."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.template import Context, Template
from django.test import Client
from django.test.utils import CaptureQueriesContext

from bik.caching import tags
from bik.caching.lookups import LOOKUPS
from bik.news.models import ArticlePage
from bik.pages.models import SectionPage
from tests.conftest import AfterCommit
from tests.factories.news import ArticleFactory, news_index
from tests.factories.resources import ResourceFactory

pytestmark = pytest.mark.django_db


def _newest(language: str = "en") -> ArticlePage:
    article: ArticlePage | None = (
        ArticlePage.objects.live().filter(locale__language_code=language).order_by("-date", "-pk").first()
    )
    assert article is not None
    return article


def test_the_cards_are_kept_rendered_and_follow_every_change(client: Client, after_commit: AfterCommit) -> None:
    ArticleFactory.create(title="An older story", date=dt.date(2026, 1, 1), aliases=False)
    newest = ArticleFactory.create(title="The newest story", date=dt.date(2026, 2, 1), aliases=False)
    url = news_index("en").url
    assert newest.title in client.get(url).content.decode()

    # A change made behind the signals' back (a bulk update) is not seen: the cards come from the cache.
    ArticlePage.objects.filter(pk=newest.pk).update(title="Retitled without a signal")
    assert "Retitled without a signal" not in client.get(url).content.decode()

    with after_commit():
        ArticleFactory.create(title="Kept cards follow the news", date=newest.date, aliases=False)

    html = client.get(url).content.decode()
    assert "Kept cards follow the news" in html
    assert "Retitled without a signal" in html  # rendered again from the rows


def test_each_language_filter_and_page_has_cards_of_its_own(client: Client) -> None:
    ArticleFactory.create(title="A story in every language", date=dt.date(2026, 1, 1))
    for number in range(4):
        ArticleFactory.create(title=f"Youth story {number}", section="youth", date=dt.date(2026, 1, 2), aliases=False)
    ArticleFactory.create(title="The newest story, in English only", date=dt.date(2026, 2, 1), aliases=False)
    english, french = news_index("en").url, news_index("fr").url
    client.get(english)
    assert _newest("fr").title == "A story in every language"
    french_cards = client.get(french).content.decode()
    assert "A story in every language" in french_cards
    assert "The newest story, in English only" not in french_cards
    assert _newest().title in client.get(english).content.decode()

    youth = client.get(english, {"section": "youth"}).content.decode()
    youth_articles = ArticlePage.objects.live().filter(locale__language_code="en", section="youth")
    others = ArticlePage.objects.live().filter(locale__language_code="en").exclude(section="youth")
    assert all(article.title in youth for article in youth_articles[:3])
    assert not any(f">{article.title}</a>" in youth for article in others)


@pytest.mark.usefixtures("page_cache_on")
class TestWithWholePagesCached:
    """With the page cache on, a fragment is kept with its tags' tokens: a change renews only what read it."""

    def test_the_news_results_outlive_an_unrelated_change_and_follow_a_new_article(
        self, client: Client, after_commit: AfterCommit
    ) -> None:
        ArticleFactory.create(title="A story kept rendered", aliases=False)
        url = news_index("en").url + "?page=1"  # a query: the page itself is never kept, its fragment is
        client.get(url)
        with CaptureQueriesContext(connection) as kept:
            first = client.get(url).content.decode()

        with after_commit():
            ResourceFactory.create(title="A resource the news does not show")
        with CaptureQueriesContext(connection) as after_resource:
            assert client.get(url).content.decode() == first
        assert len(after_resource) == len(kept)  # the articles were not read again

        with after_commit():
            ArticleFactory.create(title="A new article renews the results", date=_newest().date, aliases=False)
        with CaptureQueriesContext(connection) as after_article:
            html = client.get(url).content.decode()
        assert "A new article renews the results" in html
        assert len(after_article) > len(kept)

    def test_an_article_published_leaves_the_look_ups_and_a_new_title_in_the_menus_renews_them(
        self, after_commit: AfterCommit
    ) -> None:
        before = LOOKUPS.current()
        with after_commit():
            ArticleFactory.create(title="Not structural", aliases=False)
        assert LOOKUPS.current() == before

        section = SectionPage.objects.live().filter(show_in_menus=True).first()
        assert section is not None
        section.title = "A new title in the menus"
        with after_commit():
            section.save_revision().publish()
        assert LOOKUPS.current() != before

    def test_a_sections_new_introduction_reaches_the_home_pages_list_of_sections(
        self, client: Client, after_commit: AfterCommit
    ) -> None:
        section = SectionPage.objects.live().filter(locale__language_code="en", show_in_menus=True).first()
        assert section is not None
        assert section.intro.split()[0] in client.get("/en/").content.decode()

        section.intro = "A new introduction, not a structural change of the page tree."
        with after_commit():
            section.save_revision().publish()

        assert "A new introduction, not a structural change" in client.get("/en/").content.decode()


def test_a_fragment_made_of_its_values_alone_is_kept_by_them_and_brings_no_tags() -> None:
    template = Template('{% load fragments %}{% fragment "menu-test" title only %}{{ title }} {{ n }}{% endfragment %}')
    with tags.recording() as read:
        first = template.render(Context({"title": "Parents", "n": 1}))
        again = template.render(Context({"title": "Parents", "n": 2}))  # not a value it is kept by: not shown
        other = template.render(Context({"title": "Teachers", "n": 3}))

    assert (first, again, other) == ("Parents 1", "Parents 1", "Teachers 3")
    assert not read, "the page that shows it carries the tags of the data its values came from"
