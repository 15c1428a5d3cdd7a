"""The read API returns the same resources and facet counts as the gallery, valid against its OpenAPI 3
schema, and never anything unpublished."""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest
from django.test import Client
from openapi_spec_validator import validate

from bik.resources.models import Resource
from tests.factories.resources import ResourceFactory, resources_in_bulk, translate_resource
from tests.resources.conftest import Terms

pytestmark = pytest.mark.django_db

API = "/api/v1/resources/"


@pytest.fixture
def openapi(client: Client) -> dict[str, Any]:
    document: dict[str, Any] = client.get("/api/v1/openapi.json").json()
    return document


def _check(openapi: dict[str, Any], schema_name: str, data: Any) -> None:
    schema = {"$ref": f"#/components/schemas/{schema_name}", "components": openapi["components"]}
    jsonschema.validate(data, schema)


def test_the_openapi_document_is_valid_openapi_3(openapi: dict[str, Any]) -> None:
    validate(openapi)
    assert openapi["openapi"].startswith("3.")
    assert f"{API}" in openapi["paths"]


@pytest.mark.usefixtures("greek_teachers_resources")
def test_the_list_matches_its_schema_and_the_gallery(client: Client, openapi: dict[str, Any]) -> None:
    params = {"language": "el", "age": "13-15", "topic": "cyberbullying"}
    data = client.get(API, params).json()
    _check(openapi, "ResourceListOut", data)
    expected = Resource.objects.filter(
        live=True,
        is_original=True,
        language_versions__language="el",
        age_groups__slug="13-15",
        topics__slug="cyberbullying",
    ).distinct()
    assert data["count"] == expected.count() >= 3
    assert {r["id"] for r in data["results"]} == set(expected.values_list("pk", flat=True))
    gallery = client.get("/en/portal/resources/", params).content.decode()
    for item in data["results"]:
        assert item["title"] in gallery
    languages = next(f for f in data["facets"] if f["name"] == "language")
    assert any(v["value"] == "el" and v["selected"] and v["count"] == data["count"] for v in languages["values"])


def test_the_detail_matches_its_schema(
    client: Client, openapi: dict[str, Any], greek_teachers_resources: list[Resource]
) -> None:
    resource = greek_teachers_resources[0]
    data = client.get(f"{API}{resource.pk}/", {"lang": "el"}).json()
    _check(openapi, "ResourceOut", data)
    assert data["title"] == resource.title
    assert data["centre"]["country"] == "gr"
    assert any(v["kind"] == "file" and v["language"] == "el" for v in data["versions"])
    assert {"slug": "13-15", "name": "13–15 ετών"} in data["age_groups"]


def test_it_selects_the_language_of_labels_and_text(client: Client, terms: Terms) -> None:
    ResourceFactory.create(topics=[terms.topics["cyberbullying"]])
    data = client.get(API, {"lang": "fr", "topic": "cyberbullying"}).json()
    topic = next(f for f in data["facets"] if f["name"] == "topic")
    assert any(v["label"] == "Cyberharcèlement" for v in topic["values"])
    assert client.get(API, {"lang": "xx"}).status_code == 400


def test_it_never_returns_drafts(client: Client) -> None:
    draft = ResourceFactory.create(title="Unpublished api resource zebra", publish=False)
    assert client.get(API, {"q": "zebra"}).json()["count"] == 0
    assert client.get(f"{API}{draft.pk}/").status_code == 404
    translation = translate_resource(ResourceFactory.create(), "fr", "Une ressource")
    assert client.get(f"{API}{translation.pk}/").status_code == 404


def test_bad_filters_are_a_clear_400(client: Client) -> None:
    response = client.get(API, {"topic": "no-such-topic"})
    assert response.status_code == 400
    assert "no-such-topic" in response.json()["detail"]
    assert client.get(API, {"page": "0"}).status_code == 422  # refused by the page schema itself


def test_it_paginates(client: Client) -> None:
    resources_in_bulk(45)
    first = client.get(API).json()
    second = client.get(API, {"page": 2}).json()
    assert first["pages"] >= 3
    assert len(first["results"]) == 20
    assert not {r["id"] for r in first["results"]} & {r["id"] for r in second["results"]}
    assert client.get(API, {"page": 9999}).json()["results"] == []
