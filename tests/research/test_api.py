"""The research area in the read API: the same live publications as the page, filtered the same way."""

from __future__ import annotations

import pytest
from django.test import Client

from tests.factories.research import PublicationFactory

pytestmark = pytest.mark.django_db


def test_it_lists_live_publications_with_their_pdf(client: Client) -> None:
    publication = PublicationFactory.create(title="Teens and generative AI", publication_type="study", year=2026)

    body = client.get("/api/v1/research/", {"type": "study", "year": "2026"}).json()

    found = {item["slug"]: item for item in body["results"]}
    assert publication.slug in found
    item = found[publication.slug]
    assert item["title"] == "Teens and generative AI"
    assert item["publication_type"] == "study"
    assert item["url"].endswith(f"/en/portal/research/{publication.slug}/")
    assert item["file_url"].endswith(".pdf")
    assert all(result["year"] == 2026 for result in body["results"])


def test_it_never_returns_drafts(client: Client) -> None:
    draft = PublicationFactory.create(title="Unpublished findings", year=2025, publish=False)

    listed = client.get("/api/v1/research/", {"year": 2025}).json()

    assert draft.slug not in {item["slug"] for item in listed["results"]}
    assert client.get(f"/api/v1/research/{draft.pk}/").status_code == 404


def test_it_returns_one_publication(client: Client) -> None:
    publication = PublicationFactory.create(title="Hotline annual figures", summary="What we found.")

    response = client.get(f"/api/v1/research/{publication.pk}/")

    assert response.status_code == 200
    assert response.json()["summary"] == "What we found."


@pytest.mark.parametrize(
    ("params", "status"),
    [({"lang": "xx"}, 400), ({"type": "novel"}, 400), ({"year": "1900"}, 422), ({"page": "0"}, 422)],
)
def test_bad_parameters_get_a_clear_client_error(client: Client, params: dict[str, str], status: int) -> None:
    """An unknown language or vocabulary value is the API's own 400; a malformed one fails validation (422)."""
    response = client.get("/api/v1/research/", params)

    assert response.status_code == status
