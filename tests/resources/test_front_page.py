"""The gallery's front page (no words, nothing chosen) answers from counts kept as resources are published,
unpublished and deleted, and from the listing's date index: always exactly what counting every row gives."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from bik.network.models import Centre
from bik.resources.models import Resource, ResourceFacetCount
from bik.resources.search import counted_search, facet_search, front_page, rebuild_search_index
from tests.factories.resources import ResourceFactory
from tests.resources.conftest import Terms

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("collection")]


def assert_front_page_is_counted() -> None:
    for language in ("en", "el", "fr", "mt"):
        for offset, limit in ((0, 20), (3, 5), (0, 1000)):
            assert front_page(language, offset, limit) == counted_search([], {}, language, offset, limit), language


def test_it_answers_what_counting_every_row_answers() -> None:
    assert ResourceFacetCount.objects.get(facet="total").n > 0
    assert_front_page_is_counted()


def test_it_follows_publishing_unpublishing_and_deleting(terms: Terms) -> None:
    greek = ResourceFactory.create(
        title="Kept counts",
        languages=("el", "en"),
        topics=[terms.topics["gaming"]],
        age_groups=[terms.ages["9-12"]],
        centre=Centre.objects.get(country="GR"),
    )
    assert greek.pk in front_page("el", 0, 1000).page_ids
    assert_front_page_is_counted()

    greek.unpublish()
    assert greek.pk not in front_page("el", 0, 1000).page_ids
    assert_front_page_is_counted()

    greek.save_revision().publish()
    assert_front_page_is_counted()
    Resource.objects.get(pk=greek.pk).delete()
    assert_front_page_is_counted()


def test_a_rebuild_keeps_the_same_counts() -> None:
    before = front_page("en", 0, 20)
    rebuild_search_index()
    assert front_page("en", 0, 20) == before


def test_the_gallery_uses_it_when_nothing_is_chosen() -> None:
    assert facet_search([], {}, "en", 0, 20) == front_page("en", 0, 20)
    assert facet_search([], {"language": []}, "en", 0, 20) == front_page("en", 0, 20)


def test_a_language_few_resources_carry_is_found_through_the_language_versions() -> None:
    """Its rows are not looked for along the date index (which would read nearly every row when they are old)."""
    old = ResourceFactory.create(title="Old Maltese leaflet", languages=("mt",), date=dt.date(2001, 1, 1))
    with CaptureQueriesContext(connection) as captured:
        maltese = front_page("mt", 0, 20)
    maltese_first = ResourceFacetCount.objects.get(facet="language", value="mt").n
    assert old.pk in maltese.page_ids[:maltese_first]  # the visitor's language first, however old
    assert any("resourcelanguageversion" in query["sql"] for query in captured.captured_queries)
    with CaptureQueriesContext(connection) as captured:
        front_page("en", 0, 1)  # one row of a language many carry: found at once along the date index
    assert not any("resourcelanguageversion" in query["sql"] for query in captured.captured_queries)
    assert_front_page_is_counted()
