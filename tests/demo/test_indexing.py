"""While the demo loads, Wagtail's search and reference indexes are updated once per row, at the end, with what
the row holds then (a row is saved several times: created, revised, published, given its topics)."""

from __future__ import annotations

import pytest
from modelsearch.backends import get_search_backend

from bik.demo import indexing
from bik.news.models import ArticlePage
from bik.resources.models import Resource
from tests.news.helpers import add_article
from tests.resources.helpers import add_resource

pytestmark = pytest.mark.django_db


def _found(words: str) -> list[int]:
    return [resource.pk for resource in get_search_backend().search(words, Resource)]


def test_rows_are_indexed_at_the_end_with_what_they_hold_then_and_deleted_ones_are_left_out() -> None:
    with indexing.updated_once_at_the_end():
        resource = add_resource("Kestrel handbook")
        resource.title = "Kestrel handbook for grandparents"
        resource.save()
        add_resource("Ephemeral leaflet").delete()
        assert _found("Kestrel") == [], "nothing is indexed while the demo loads"

    assert _found("grandparents") == [resource.pk]
    assert _found("Ephemeral") == []


def test_pages_are_indexed_as_their_specific_page_with_what_they_hold_at_the_end() -> None:
    with indexing.updated_once_at_the_end():
        articles = [add_article("Osprey migration notes"), add_article("Osprey nesting notes")]
        for article in articles:  # saved after publishing (which indexes an article at once, bik/news/signals.py)
            article.title += " for bird ringers"
            article.save()
        assert list(get_search_backend().search("ringers", ArticlePage)) == []

    found = list(get_search_backend().search("ringers", ArticlePage))
    assert sorted(page.pk for page in found) == sorted(article.pk for article in articles)
    assert {type(page) for page in found} == {ArticlePage}
