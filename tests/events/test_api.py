"""The read API for events: live events only, upcoming or past, in one language, validated against the
OpenAPI schema the API publishes."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from openapi_schema_validator import OAS31Validator

from tests.factories.events import EventFactory, translate_event
from tests.factories.images import ImageFactory

pytestmark = pytest.mark.django_db

LIST = "/api/v1/events/events/"


def _response_schema(client: Client, path: str) -> dict[str, Any]:
    spec = client.get("/api/v1/openapi.json").json()
    operation = spec["paths"][path]["get"]
    schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    return {**schema, "components": spec["components"]}


def test_the_list_matches_its_openapi_schema(client: Client) -> None:
    EventFactory.create(title="Schema check", organiser=None)
    data = client.get(LIST).json()
    OAS31Validator(_response_schema(client, LIST)).validate(data)
    assert data["count"] >= 1


def test_the_detail_matches_its_openapi_schema(client: Client) -> None:
    from bik.network.models import Centre

    event = EventFactory.create(title="Detail schema check", organiser=Centre.objects.get(country="IE"))
    data = client.get(f"{LIST}{event.pk}/").json()
    OAS31Validator(_response_schema(client, f"{LIST}{{event_id}}/")).validate(data)
    assert data["title"] == "Detail schema check"
    assert data["organiser"]["country"] == "IE"
    assert data["ics_url"].endswith(f"/en/portal/events/{event.slug}/calendar/")


def test_the_openapi_schema_documents_the_filters(client: Client) -> None:
    spec = client.get("/api/v1/openapi.json").json()
    parameters = {parameter["name"] for parameter in spec["paths"][LIST]["get"]["parameters"]}
    assert {"lang", "when", "country", "attendance", "page"} <= parameters


def test_times_are_given_in_utc(client: Client) -> None:
    event = EventFactory.create(title="UTC check", starts_at=dt.datetime(2031, 7, 1, 12, 0, tzinfo=dt.UTC))
    data = client.get(f"{LIST}{event.pk}/").json()
    assert data["starts_at"] in {"2031-07-01T12:00:00Z", "2031-07-01T12:00:00+00:00"}


def test_upcoming_and_past_are_separate(client: Client) -> None:
    EventFactory.create(title="API soon", starts_at=timezone.now() + dt.timedelta(hours=2))
    EventFactory.create(title="API over", starts_at=timezone.now() - dt.timedelta(days=2))
    upcoming = [e["title"] for e in client.get(LIST, {"page": 1}).json()["results"]]
    past = [e["title"] for e in client.get(LIST, {"when": "past"}).json()["results"]]
    assert "API soon" in upcoming
    assert "API over" not in upcoming
    assert "API over" in past


def test_it_filters_by_country_and_attendance(client: Client) -> None:
    EventFactory.create(title="API Athens", city="Athens", country="GR")
    EventFactory.create(
        title="API online Greek", format="online", city="", country="GR", online_url="https://meet.example/g"
    )
    results = client.get(LIST, {"country": "gr", "attendance": "in_person"}).json()["results"]
    titles = [event["title"] for event in results]
    assert "API Athens" in titles
    assert "API online Greek" not in titles
    assert {event["country"] for event in results} <= {"GR", ""}


def test_it_never_returns_drafts(client: Client) -> None:
    draft = EventFactory.create(title="API draft event", publish=False)
    titles = [event["title"] for event in client.get(LIST).json()["results"]]
    assert "API draft event" not in titles
    response = client.get(f"{LIST}{draft.pk}/", follow=True)
    assert response.status_code == 404
    assert b"API draft event" not in response.content


def test_it_answers_in_the_chosen_language_with_english_as_fallback(client: Client) -> None:
    event = EventFactory.create(title="API workshop")
    translate_event(event, "fr", "Atelier API")
    EventFactory.create(title="API English only")
    data = client.get(LIST, {"lang": "fr"}).json()
    by_title = {item["title"]: item for item in data["results"]}
    assert by_title["Atelier API"]["language"] == "fr"
    assert "/fr/portal/events/" in by_title["Atelier API"]["url"]
    assert by_title["API English only"]["language"] == "en"
    assert "API workshop" not in by_title


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({"lang": "xx"}, 400),
        ({"when": "tomorrow"}, 422),
        ({"attendance": "teleport"}, 422),
        ({"page": "0"}, 422),
        ({"page": "abc"}, 422),
    ],
)
def test_bad_parameters_get_a_clear_client_error(client: Client, params: dict[str, str], status: int) -> None:
    """An unknown language or vocabulary value is the API's own 400; a malformed one fails validation (422)."""
    response = client.get(LIST, params)
    assert response.status_code == status
    assert "detail" in response.json()


def test_a_page_past_the_end_is_empty(client: Client) -> None:
    EventFactory.create()
    data = client.get(LIST, {"page": "500"}).json()
    assert data["results"] == []
    assert data["count"] > 0


def test_list_query_count_does_not_grow_with_events(client: Client) -> None:
    # Every event illustrated, so both pages fetch pictures (one query for the images, one for renditions).
    picture = ImageFactory.create()
    EventFactory.create(title="API first", image=picture)
    client.get(LIST)
    with CaptureQueriesContext(connection) as few:
        client.get(LIST)
    for number in range(25):
        EventFactory.create(
            title=f"API extra {number}", starts_at=timezone.now() + dt.timedelta(hours=1, minutes=number), image=picture
        )
    with CaptureQueriesContext(connection) as many:
        client.get(LIST)
    assert len(many) == len(few)
