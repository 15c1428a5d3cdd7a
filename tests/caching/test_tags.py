"""A kept page depends on the tables it read, through a cached value too; a change replaces only the pages that
read what it wrote, and a structural change of a page replaces them all."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from bik.caching import tags
from bik.news.models import ArticlePage, Topic
from tests.conftest import AfterCommit
from tests.news.helpers import news_index

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]

GALLERY = "/en/portal/resources/"


def _get(client: Client, url: str) -> Any:
    return client.get(url, HTTP_ACCEPT_LANGUAGE="en")


def test_a_statement_is_tagged_with_every_table_it_names() -> None:
    specific = 'SELECT * FROM "news_articlepage" INNER JOIN "wagtailcore_page" ON ("page_ptr_id" = "id")'
    generic = 'SELECT "id" FROM "wagtailcore_page" WHERE "depth" > 1'

    assert tags.tags_of(specific) == {"news_articlepage", "wagtailcore_page"}
    assert tags.tags_of('SELECT 1 FROM "news_articlepage_topics"') == {"news_articlepage_topics"}
    assert tags.tags_of(f"SELECT 1 WHERE EXISTS ({specific})") == {"news_articlepage", "wagtailcore_page"}
    assert tags.tags_of(generic) == {"wagtailcore_page", tags.ANY_PAGE}
    with tags.reading_structure():
        assert tags.tags_of(generic) == {"wagtailcore_page"}
    assert tags.tags_of('SELECT 1 FROM "django_session"') == set()


def test_a_value_served_from_the_cache_brings_the_tags_of_its_build() -> None:
    def build() -> int:
        return Topic.objects.count()

    with tags.recording() as first:
        tags.remember(cache, "test-tags:topics", build, 60)
    with CaptureQueriesContext(connection) as queries, tags.recording() as again:
        tags.remember(cache, "test-tags:topics", build, 60)

    assert "news_topic" in first
    assert len(queries) == 0
    assert again == first


def test_a_bulk_update_replaces_the_pages_that_read_the_table_and_no_other(
    client: Client, after_commit: AfterCommit
) -> None:
    news = news_index("en").url
    for url in (news, GALLERY):
        _get(client, url)

    with after_commit():
        Topic.objects.filter(locale__language_code="en").update(name="Renamed without a signal")

    assert _get(client, news)["X-Page-Cache"] == "miss"
    assert _get(client, GALLERY)["X-Page-Cache"] == "hit"


def _newest_article() -> ArticlePage:
    article: ArticlePage | None = ArticlePage.objects.live().filter(locale__language_code="en").last()
    assert article is not None
    return article


def test_editing_an_article_keeps_the_pages_that_show_no_article(client: Client, after_commit: AfterCommit) -> None:
    article = _newest_article()
    for url in (article.url, GALLERY):
        _get(client, url)

    with after_commit():
        article.intro = "An introduction edited a moment ago."
        article.save_revision().publish()

    response = _get(client, article.url)
    assert response["X-Page-Cache"] == "miss"
    assert "An introduction edited a moment ago." in response.content.decode()
    assert _get(client, GALLERY)["X-Page-Cache"] == "hit"


def test_retitling_a_page_replaces_every_page(client: Client, after_commit: AfterCommit) -> None:
    _get(client, GALLERY)
    article = _newest_article()

    with after_commit():
        article.title = "Retitled a moment ago"
        article.save_revision().publish()

    assert _get(client, GALLERY)["X-Page-Cache"] == "miss"


def test_a_write_is_tagged_with_the_table_it_writes() -> None:
    assert tags.written_by('UPDATE "news_topic" SET "name" = %s WHERE "id" IN (SELECT "id" FROM "news_audience")') == (
        "news_topic"
    )
    assert tags.written_by('INSERT INTO "news_articlepage_topics" ("articlepage_id") VALUES (%s)') == (
        "news_articlepage_topics"
    )
    assert tags.written_by('DELETE FROM "resources_resourcelisting" WHERE 1') == "resources_resourcelisting"
    assert tags.written_by('SELECT 1 FROM "news_topic"') is None
    assert tags.written_by('UPDATE "django_session" SET "x" = 1') is None


def test_saving_a_draft_keeps_every_page(client: Client, after_commit: AfterCommit) -> None:
    article = _newest_article()
    _get(client, article.url)

    with after_commit():
        article.title = "A draft title nobody sees yet"
        article.save_revision()

    response = _get(client, article.url)
    assert response["X-Page-Cache"] == "hit"
    assert "A draft title nobody sees yet" not in response.content.decode()
