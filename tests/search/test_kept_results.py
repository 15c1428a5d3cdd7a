"""With whole pages cached (production), the site search's results are kept like a page's fragment: the same for
every visitor, read once per question and language, and replaced as soon as what they were read from changes —
including the search index, which the task worker writes after a publication without any signal."""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.search.index import insert_or_update_object
from wagtail.search.models import IndexEntry

from tests.conftest import AfterCommit
from tests.factories.news import ArticleFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]

KESTREL = "/en/news/a-kestrel-over-the-playground/"


def _links(client: Client, query: str, language: str = "en") -> list[str]:
    html = client.get(f"/{language}/search/", {"q": query}).content.decode()
    return re.findall(r'class="search-result__title"><a href="([^"]+)"', html)


def _reads_the_index(queries: CaptureQueriesContext) -> bool:
    return any("wagtailsearch_indexentry" in query["sql"] for query in queries.captured_queries)


def test_a_question_asked_again_is_answered_without_searching(client: Client) -> None:
    ArticleFactory.create(title="Grooming warning signs", aliases=False)
    first = _links(client, "grooming warning signs")
    with CaptureQueriesContext(connection) as queries:
        again = _links(client, "Grooming, warning signs!")  # the same words, written differently

    assert "/en/news/grooming-warning-signs/" in first
    assert again == first
    assert not _reads_the_index(queries)
    with CaptureQueriesContext(connection) as queries:
        _links(client, "grooming warning signs", language="fr")
    assert _reads_the_index(queries), "each language is a question of its own"


def test_a_new_article_is_found_at_once(client: Client, after_commit: AfterCommit) -> None:
    assert KESTREL not in _links(client, "kestrel")
    with after_commit():
        ArticleFactory.create(title="A kestrel over the playground", aliases=False)

    assert KESTREL in _links(client, "kestrel")


def test_the_kept_results_follow_the_search_index_itself(client: Client, after_commit: AfterCommit) -> None:
    with after_commit():
        article = ArticleFactory.create(title="A kestrel over the playground", aliases=False)
        IndexEntry.objects.filter(object_id=str(article.pk)).delete()  # published, not yet indexed
    assert KESTREL not in _links(client, "kestrel")

    with after_commit():
        insert_or_update_object(article)  # the task worker's write, no page changed

    assert KESTREL in _links(client, "kestrel")
