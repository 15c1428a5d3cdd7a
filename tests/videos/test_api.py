"""The read API for videos: live videos only, filtered like the gallery, in one language, matching its schema."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from tests.videos.helpers import add_uploaded_video, add_video

pytestmark = pytest.mark.django_db

LIST = "/api/v1/videos/"


def _schema_keys(client: Client, name: str) -> set[str]:
    schema = client.get("/api/v1/openapi.json").json()
    return set(schema["components"]["schemas"][name]["properties"])


def test_it_lists_live_videos_with_terms_in_the_chosen_language(client: Client) -> None:
    data = client.get(LIST, {"lang": "fr", "topic": "cyberbullying"}).json()
    assert data["count"] >= 3
    first = data["results"][0]
    assert {"slug": "cyberbullying", "name": "Cyberharcèlement"} in first["topics"]
    assert "/fr/portal/videos/" in first["url"]


def test_it_filters_by_spoken_language_and_age(client: Client) -> None:
    data = client.get(LIST, {"language": "el", "age": "13-15"}).json()
    assert [video["slug"] for video in data["results"]] == ["kyvernoekfovismos"]
    assert data["results"][0]["languages"] == ["el"]
    assert data["results"][0]["source"] == "vimeo"


def test_it_never_returns_drafts(client: Client) -> None:
    draft = add_video("API draft video", topics=("gaming",), publish=False)
    slugs = [video["slug"] for video in client.get(LIST, {"topic": "gaming"}).json()["results"]]
    assert draft.slug not in slugs
    response = client.get(f"{LIST}{draft.pk}/", follow=True)
    assert response.status_code == 404


def test_it_returns_one_video_with_its_player_and_captions(client: Client) -> None:
    embedded = add_video("API embedded", url="https://youtu.be/dQw4w9WgXcQ")
    data = client.get(f"{LIST}{embedded.pk}/").json()
    assert data["embed_url"] == "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&rel=0"
    assert data["watch_url"] == "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    uploaded = add_uploaded_video("API uploaded", captions=("de",))
    data = client.get(f"{LIST}{uploaded.pk}/").json()
    assert data["source"] == "file"
    assert data["embed_url"] is None
    assert [caption["language"] for caption in data["captions"]] == ["de"]
    assert data["captions"][0]["url"].endswith(".vtt")


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({"lang": "xx"}, 400),
        ({"language": "klingon"}, 400),
        ({"page": "0"}, 422),
        ({"page": "abc"}, 422),
        ({"q": "x" * 201}, 422),
    ],
)
def test_bad_parameters_get_a_clear_client_error(client: Client, params: dict[str, str], status: int) -> None:
    """An unknown language or vocabulary value is the API's own 400; a malformed one fails validation (422)."""
    response = client.get(LIST, params)
    assert response.status_code == status
    assert "detail" in response.json()


def test_a_page_beyond_the_end_is_empty(client: Client) -> None:
    data = client.get(LIST, {"page": "50"}).json()
    assert data["results"] == []
    assert data["count"] >= 20


def test_responses_match_the_openapi_schema(client: Client) -> None:
    listing: dict[str, Any] = client.get(LIST).json()
    assert set(listing) == _schema_keys(client, "VideoListOut")
    assert set(listing["results"][0]) == _schema_keys(client, "VideoSummaryOut")
    detail = client.get(f"{LIST}{listing['results'][0]['id']}/").json()
    assert set(detail) == _schema_keys(client, "VideoOut")
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert "/api/v1/videos/" in paths
    assert "/api/v1/videos/{video_id}/" in paths


def test_list_query_count_does_not_grow_with_videos(client: Client) -> None:
    client.get(LIST, {"topic": "wellbeing"})
    with CaptureQueriesContext(connection) as few:
        client.get(LIST, {"topic": "wellbeing"})
    for number in range(25):
        add_video(f"API wellbeing {number}", topics=("wellbeing", "gaming"), ages=("9-12",))
    client.get(LIST, {"topic": "wellbeing"})  # publishing renewed the cached look-ups: the next request reads them
    with CaptureQueriesContext(connection) as many:
        assert len(client.get(LIST, {"topic": "wellbeing"}).json()["results"]) == 20
    assert len(many) == len(few)
