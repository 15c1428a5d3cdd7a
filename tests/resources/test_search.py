"""The gallery's full text follows publishing — what is live is found, in any of its languages, and nothing
else — and every facet count is the number of results a visitor gets by ticking that value."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from bik.resources.models import Resource
from tests.factories.resources import ResourceFactory, resources_in_bulk, translate_resource
from tests.resources.conftest import Terms
from tests.resources.helpers import facet_count

pytestmark = pytest.mark.django_db

API = "/api/v1/resources/"
GALLERY = "/en/portal/resources/"


def _found(client: Client, q: str, **params: Any) -> list[int]:
    data = client.get(API, {"q": q, **params}).json()
    return [item["id"] for item in data["results"]]


def test_a_published_resource_is_found_by_its_words_and_no_longer_once_unpublished(client: Client) -> None:
    resource = ResourceFactory.create(
        title="Quokka safety handbook", description="<p>Everything about <b>marsupials</b>.</p>"
    )
    assert _found(client, "quokka") == [resource.pk]
    assert _found(client, "marsupials handbook") == [resource.pk]
    resource.unpublish()
    assert _found(client, "quokka") == []


def test_publishing_new_text_replaces_the_old_words(client: Client) -> None:
    resource = ResourceFactory.create(title="Quokka safety handbook")
    resource.title = "Wombat safety handbook"
    resource.save_revision().publish()
    assert _found(client, "quokka") == []
    assert _found(client, "wombat") == [resource.pk]


def test_a_draft_change_is_not_searchable_until_published(client: Client) -> None:
    resource = ResourceFactory.create(title="Quokka safety handbook")
    resource.title = "Wombat safety handbook"
    resource.save_revision()
    assert _found(client, "wombat") == []
    assert _found(client, "quokka") == [resource.pk]


def test_a_translation_makes_the_original_findable_in_its_language(client: Client) -> None:
    resource = ResourceFactory.create(title="Platypus tips for parents", languages=("en", "fr"))
    translation = translate_resource(resource, "fr", "Conseils ornithorynque pour les parents")

    assert _found(client, "ornithorynque") == [resource.pk]
    html = client.get("/fr/portal/resources/", {"q": "ornithorynque"}).content.decode()
    assert "Conseils ornithorynque pour les parents" in html
    translation.unpublish()
    assert _found(client, "ornithorynque") == []
    assert _found(client, "platypus") == [resource.pk]


def test_a_deleted_resource_is_no_longer_found(client: Client) -> None:
    resource = ResourceFactory.create(title="Quokka safety handbook")
    resource.delete()
    assert _found(client, "quokka") == []


def test_words_are_matched_in_the_language_of_the_text(client: Client) -> None:
    english = ResourceFactory.create(title="When a child is bullied online", description="<p>Steps for parents.</p>")
    german = ResourceFactory.create(
        title="Kinder im Netz schützen", locale=Locale.objects.get(language_code="de"), languages=("de",)
    )
    assert _found(client, "bullied") == [english.pk]
    assert _found(client, "schützen") == [german.pk]
    if connection.vendor == "postgresql":  # each text is stemmed in its own language's configuration
        assert _found(client, "bullying") == [english.pk]
        assert _found(client, "Schutz") == [german.pk]


def _counts(data: dict[str, Any]) -> dict[str, dict[str, int]]:
    return {facet["name"]: {v["value"]: v["count"] for v in facet["values"]} for facet in data["facets"]}


@pytest.mark.parametrize(
    "params",
    [
        {"q": "social", "language": ["en", "el", "fr"], "age": ["13-15", "16-18"]},
        {"topic": ["gaming", "privacy"], "audience": "parents"},
    ],
)
@pytest.mark.usefixtures("collection")
def test_each_count_is_the_number_of_results_of_ticking_that_value(client: Client, params: dict[str, Any]) -> None:
    data = client.get(API, params).json()
    assert data["count"] > 0
    for facet, values in _counts(data).items():
        for value, count in values.items():
            ticked = {**params, facet: value}  # a value of another facet is added; one of this facet replaces
            assert client.get(API, ticked).json()["count"] == count, (facet, value)


@pytest.mark.usefixtures("collection")
def test_the_gallery_and_the_api_show_the_same_resources_and_counts(client: Client) -> None:
    params = {"q": "social", "language": ["en", "el", "fr"], "age": ["13-15", "16-18"]}
    data = client.get(API, params).json()
    html = client.get(GALLERY, params).content.decode()
    assert data["count"] > 0
    assert f"{data['count']} resources" in html
    for item in data["results"]:
        assert f"/en/portal/resources/{item['id']}-" in html
    for facet, values in _counts(data).items():
        for value, count in values.items():
            assert facet_count(html, facet, value) == count, (facet, value)


@pytest.mark.usefixtures("collection")
def test_a_page_beyond_the_last_shows_the_last_page(client: Client) -> None:
    resources_in_bulk(25)
    total = Resource.objects.filter(live=True, is_original=True).count()
    last = -(-total // 20)
    html = client.get(GALLERY, {"page": "999"}).content.decode()
    assert f"Page {last} of {last}" in html
    assert client.get(API, {"page": 999}).json()["results"] == []


@pytest.mark.parametrize("params", [{}, {"q": "bulk", "topic": "gaming", "language": "de"}])
def test_the_api_runs_as_many_queries_for_1000_resources_as_for_10(
    client: Client, settings: Any, terms: Terms, params: dict[str, str]
) -> None:
    settings.RESOURCES_SEARCH_CACHE_SECONDS = 0  # the cost of a search made for the first time
    gaming, children = [terms.topics["gaming"]], [terms.ages["9-12"]]
    resources_in_bulk(10, topics=gaming, age_groups=children)
    client.get(API, params)  # warm caches (site root, locales)
    with CaptureQueriesContext(connection) as few:
        assert client.get(API, params).json()["count"] >= 10
    resources_in_bulk(990, topics=gaming, age_groups=children)
    with CaptureQueriesContext(connection) as many:
        assert client.get(API, params).json()["count"] >= 1000
    assert len(many) == len(few), [q["sql"][:120] for q in many.captured_queries]


def test_a_cached_search_is_forgotten_when_a_resource_is_published_or_unpublished(
    client: Client, settings: Any
) -> None:
    settings.RESOURCES_SEARCH_CACHE_SECONDS = 600
    assert _found(client, "quokka") == []
    resource = ResourceFactory.create(title="Quokka safety handbook")
    with CaptureQueriesContext(connection) as after_publishing:
        assert _found(client, "quokka") == [resource.pk]
    with CaptureQueriesContext(connection) as cached:
        assert _found(client, "quokka") == [resource.pk]
    assert len(cached) < len(after_publishing)  # no search statement
    resource.unpublish()
    assert _found(client, "quokka") == []
    html = client.get(GALLERY, {"q": "Quokka"}).content.decode()
    assert "Quokka safety handbook" not in html
