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
from tests.factories.news import ArticleFactory, TopicFactory, news_index

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
    TopicFactory.create(name="Gaming")
    news = news_index("en").url
    for url in (news, GALLERY):
        _get(client, url)

    with after_commit():
        Topic.objects.filter(locale__language_code="en").update(name="Renamed without a signal")

    assert _get(client, news)["X-Page-Cache"] == "miss"
    assert _get(client, GALLERY)["X-Page-Cache"] == "hit"


@pytest.fixture
def article() -> ArticlePage:
    page: ArticlePage = ArticleFactory.create(title="A story the cache keeps", aliases=False)
    return page


def test_editing_an_article_keeps_the_pages_that_show_no_article(
    client: Client, after_commit: AfterCommit, article: ArticlePage
) -> None:
    for url in (article.url, GALLERY):
        _get(client, url)

    with after_commit():
        article.intro = "An introduction edited a moment ago."
        article.save_revision().publish()

    response = _get(client, article.url)
    assert response["X-Page-Cache"] == "miss"
    assert "An introduction edited a moment ago." in response.content.decode()
    assert _get(client, GALLERY)["X-Page-Cache"] == "hit"


def test_retitling_a_page_replaces_every_page(client: Client, after_commit: AfterCommit, article: ArticlePage) -> None:
    _get(client, GALLERY)

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


def test_saving_a_draft_keeps_every_page(client: Client, after_commit: AfterCommit, article: ArticlePage) -> None:
    _get(client, article.url)

    with after_commit():
        article.title = "A draft title nobody sees yet"
        article.save_revision()

    response = _get(client, article.url)
    assert response["X-Page-Cache"] == "hit"
    assert "A draft title nobody sees yet" not in response.content.decode()


# --- What this process read lately (tags._read_here) ------------------------------------------------------------


def test_a_value_read_once_is_not_read_from_the_cache_again_while_its_generation_lasts() -> None:
    from bik.caching.lookups import LOOKUPS

    builds: list[int] = []

    def build() -> dict[str, int]:
        builds.append(1)
        return {"topics": Topic.objects.count()}

    key = LOOKUPS.key("test-held", "topics")
    tags.remember(cache, key, build, 60)
    held = tags.remember(cache, key, build, 60)
    cache.delete(key)  # the process's own copy answers without the shared cache

    again = tags.remember(cache, key, build, 60)
    again["topics"] = -1  # each read is a copy of its own: a caller changing it changes nothing kept
    assert tags.remember(cache, key, build, 60) == held
    assert len(builds) == 1

    LOOKUPS.renew()  # a change: the next key is another generation's, built afresh
    tags.remember(cache, LOOKUPS.key("test-held", "topics"), build, 60)
    assert len(builds) == 2


def test_a_held_value_is_let_go_when_the_cache_would_let_it_go(monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    builds: list[int] = []

    def build() -> int:
        builds.append(1)
        return len(builds)

    key = "test-held:expiring"
    tags.remember(cache, key, build, 30)
    cache.delete(key)
    later = time.time() + 31
    monkeypatch.setattr(time, "time", lambda: later)

    assert tags.remember(cache, key, build, 30) == 2


def test_a_held_value_is_built_again_once_a_table_it_read_changed_in_another_process() -> None:
    from bik.caching import generations

    builds: list[int] = []

    def build() -> int:
        builds.append(1)
        return Topic.objects.count()

    def in_a_request(read: Any) -> Any:
        generations._request_started()
        try:
            with tags.recording():
                return read()
        finally:
            generations._request_finished()

    key = "test-held:while-current"
    in_a_request(lambda: tags.remember_while_current(cache, key, build, 60))
    in_a_request(lambda: tags.remember_while_current(cache, key, build, 60))
    assert len(builds) == 1

    # Another process renews the topics' tag (and the epoch with it, in one write, as bik/caching/pages.py does).
    from django.core.cache import caches

    caches[tags.TOKENS_CACHE].set_many({tags.tag_key("news_topic"): "renewed-elsewhere", tags.EPOCH: "moved"}, None)
    in_a_request(lambda: tags.remember_while_current(cache, key, build, 60))
    assert len(builds) == 2
