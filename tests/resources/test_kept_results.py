"""The gallery's results and filters are the same for every visitor asking the same question: with whole pages
cached, they are kept rendered (a fragment) for every way of writing the question, and a new resource replaces
them at once."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from tests.conftest import AfterCommit
from tests.factories.resources import ResourceFactory, resources_in_bulk
from tests.resources.conftest import Terms

# The questions choose a topic of tests/resources/conftest.py's vocabulary.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on", "terms")]

GALLERY = "/en/portal/resources/"


def _results(page: str) -> str:
    """The filters and results (the language switcher's links keep the whole address, as on every page)."""
    return page[page.index('class="resource-layout"') : page.index("<footer")]


def _reads_resources(queries: CaptureQueriesContext) -> bool:
    return any('"resources_resource"' in query["sql"] for query in queries.captured_queries)


def test_the_results_are_kept_for_every_way_of_asking_and_carry_only_the_question(client: Client, terms: Terms) -> None:
    resources_in_bulk(25, topics=[terms.topics["cyberbullying"]])  # two pages, filtered or not
    first = client.get(f"{GALLERY}?topic=cyberbullying&utm_source=bulletin")
    with CaptureQueriesContext(connection) as queries:
        second = client.get(f"{GALLERY}?ref=home&topic=cyberbullying")  # an unknown parameter: no whole page kept

    assert first.status_code == second.status_code == 200
    assert not _reads_resources(queries), "the kept results are shown without searching again"
    for response in (first, second):
        results = _results(response.content.decode())
        assert "utm_source" not in results
        assert "ref=home" not in results
    unfiltered = _results(client.get(f"{GALLERY}?ref=home").content.decode())
    assert 'href="?page=2"' in unfiltered, "the pagination links carry the question alone"


def test_a_new_resource_replaces_the_kept_results(client: Client, after_commit: AfterCommit) -> None:
    client.get(f"{GALLERY}?ref=one")
    with after_commit():
        ResourceFactory.create(title="A kestrel among the resources", date=dt.date(2031, 1, 1))

    with CaptureQueriesContext(connection) as queries:
        page = client.get(f"{GALLERY}?ref=two").content.decode()

    assert _reads_resources(queries)
    assert "A kestrel among the resources" in page


def test_a_mistake_in_the_question_is_shown_with_the_results_of_that_question(client: Client) -> None:
    client.get(f"{GALLERY}?topic=cyberbullying")
    page = client.get(f"{GALLERY}?topic=cyberbullying&topic=kestrels").content.decode()

    assert "“kestrels” is not a known topic" in page
    assert "kestrels" not in client.get(f"{GALLERY}?topic=cyberbullying&ref=x").content.decode()
