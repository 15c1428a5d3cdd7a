"""The read API for the guide: live entries only, filtered like the guide, matching its OpenAPI schema."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from bik.guide.models import Category
from tests.factories.guide import OnlineServiceFactory
from tests.factories.videos import PictureFactory

pytestmark = pytest.mark.django_db

LIST = "/api/v1/guide/services/"


def _schema_keys(client: Client, name: str) -> set[str]:
    return set(client.get("/api/v1/openapi.json").json()["components"]["schemas"][name]["properties"])


def test_it_lists_services_by_category_and_age(client: Client) -> None:
    for name, age in (("Roblox", 0), ("Minecraft", 7), ("Fortnite", 12), ("Twitch", 13), ("Steam", 16)):
        OnlineServiceFactory.create(name=name, category=Category.GAMING, minimum_age=age)
    OnlineServiceFactory.create(name="Messenger Kids", category=Category.MESSAGING, minimum_age=0)
    data = client.get(LIST, {"category": "gaming", "age": "12"}).json()
    assert data["count"] == 3
    assert [s["name"] for s in data["results"]] == ["Fortnite", "Minecraft", "Roblox"]
    assert {s["category"] for s in data["results"]} == {"gaming"}
    assert all(s["minimum_age"] <= 12 for s in data["results"])
    assert "/en/portal/online-services/" in data["results"][0]["url"]


def test_it_returns_one_service_with_sanitised_rich_text(client: Client) -> None:
    service = OnlineServiceFactory.create(
        name="API app", safety_tips='<p onmouseover="x()">Careful</p><script>bad()</script>'
    )
    data = client.get(f"{LIST}{service.pk}/").json()
    assert data["name"] == "API app"
    assert "Careful" in data["safety_tips_html"]
    assert "script" not in data["safety_tips_html"]
    assert "onmouseover" not in data["safety_tips_html"]


def test_it_never_returns_drafts(client: Client) -> None:
    OnlineServiceFactory.create(name="API live app")
    draft = OnlineServiceFactory.create(name="API draft app", publish=False)
    listed = client.get(LIST, {"q": "app"}).json()["results"]
    assert [s["name"] for s in listed] == ["API live app"]
    assert client.get(f"{LIST}{draft.pk}/", follow=True).status_code == 404


@pytest.mark.parametrize(
    ("params", "status"),
    # An unknown language or category is refused by the view (400); a number out of range by the schema (422).
    [({"lang": "xx"}, 400), ({"category": "dating"}, 400), ({"age": "-1"}, 422), ({"page": "0"}, 422)],
)
def test_bad_parameters_get_a_clear_client_error(client: Client, params: dict[str, str], status: int) -> None:
    response = client.get(LIST, params)
    assert response.status_code == status
    assert "detail" in response.json()


def test_responses_match_the_openapi_schema(client: Client) -> None:
    OnlineServiceFactory.create(
        image=PictureFactory.create(),
        how_to_report="<p>Press and hold a message.</p>",
        parental_controls="<p>Family Pairing.</p>",
        safety_centre_url="https://example.com/safety",
    )
    listing: dict[str, Any] = client.get(LIST).json()
    assert set(listing) == _schema_keys(client, "OnlineServiceListOut")
    assert set(listing["results"][0]) == _schema_keys(client, "OnlineServiceSummaryOut")
    detail = client.get(f"{LIST}{listing['results'][0]['id']}/").json()
    assert set(detail) == _schema_keys(client, "OnlineServiceOut")


def test_list_query_count_does_not_grow_with_services(client: Client) -> None:
    # Illustrated, so both lists fetch pictures (the images with the rows, one query for their renditions).
    picture = PictureFactory.create()
    OnlineServiceFactory.create(name="Music app first", category=Category.MUSIC, image=picture)
    client.get(LIST, {"category": "music"})
    with CaptureQueriesContext(connection) as few:
        assert len(client.get(LIST, {"category": "music"}).json()["results"]) == 1
    for number in range(25):
        OnlineServiceFactory.create(name=f"Music app {number}", category=Category.MUSIC, image=picture)
    with CaptureQueriesContext(connection) as many:
        assert len(client.get(LIST, {"category": "music"}).json()["results"]) == 20
    assert len(many) == len(few)
