"""The read API for videos: live videos only, filtered like the gallery, in one language, matching its schema."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from tests.factories.catalogue import translate_term
from tests.factories.videos import (
    AgeGroupFactory,
    PictureFactory,
    TopicFactory,
    UploadedVideoFactory,
    VideoFactory,
    live_videos_in_bulk,
)

pytestmark = pytest.mark.django_db

LIST = "/api/v1/videos/"


def _schema_keys(client: Client, name: str) -> set[str]:
    schema = client.get("/api/v1/openapi.json").json()
    return set(schema["components"]["schemas"][name]["properties"])


def test_it_lists_live_videos_with_terms_in_the_chosen_language(client: Client) -> None:
    cyberbullying = TopicFactory.create(name="Cyberbullying")
    translate_term(cyberbullying, "fr", "Cyberharcèlement")
    for number in range(3):
        VideoFactory.create(title=f"Speaking up {number}", topics=[cyberbullying])
    VideoFactory.create(title="About something else", topics=[TopicFactory.create(name="Gaming")])
    VideoFactory.create(title="A draft about bullying", topics=[cyberbullying], publish=False)
    data = client.get(LIST, {"lang": "fr", "topic": "cyberbullying"}).json()
    assert data["count"] == 3
    first = data["results"][0]
    assert {"slug": "cyberbullying", "name": "Cyberharcèlement"} in first["topics"]
    assert "/fr/portal/videos/" in first["url"]


def test_it_filters_by_spoken_language_and_age(client: Client) -> None:
    teens, children = (
        AgeGroupFactory.create(name="13–15", slug="13-15"),
        AgeGroupFactory.create(name="9–12", slug="9-12"),
    )
    VideoFactory.create(
        title="Κυβερνοεκφοβισμός: τι μπορείς να κάνεις",
        slug="kyvernoekfovismos",
        languages=("el",),
        age_groups=[teens],
        external_url="https://vimeo.com/900000006",
    )
    VideoFactory.create(title="Greek for children", languages=("el",), age_groups=[children])
    VideoFactory.create(title="English for teens", languages=("en",), age_groups=[teens])
    data = client.get(LIST, {"language": "el", "age": "13-15"}).json()
    assert [video["slug"] for video in data["results"]] == ["kyvernoekfovismos"]
    assert data["results"][0]["languages"] == ["el"]
    assert data["results"][0]["source"] == "vimeo"


def test_it_never_returns_drafts(client: Client) -> None:
    gaming = TopicFactory.create(name="Gaming")
    VideoFactory.create(title="API live video", topics=[gaming])
    draft = VideoFactory.create(title="API draft video", topics=[gaming], publish=False)
    slugs = [video["slug"] for video in client.get(LIST, {"topic": "gaming"}).json()["results"]]
    assert slugs == ["api-live-video"]
    response = client.get(f"{LIST}{draft.pk}/", follow=True)
    assert response.status_code == 404


def test_it_returns_one_video_with_its_player_and_captions(client: Client) -> None:
    embedded = VideoFactory.create(title="API embedded", external_url="https://youtu.be/dQw4w9WgXcQ")
    data = client.get(f"{LIST}{embedded.pk}/").json()
    assert data["embed_url"] == "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&rel=0"
    assert data["watch_url"] == "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    uploaded = UploadedVideoFactory.create(title="API uploaded", caption_languages=("de",))
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
    live_videos_in_bulk(21)  # two pages
    data = client.get(LIST, {"page": "50"}).json()
    assert data["results"] == []
    assert data["count"] == 21


def test_responses_match_the_openapi_schema(client: Client) -> None:
    VideoFactory.create(
        image=PictureFactory.create(),
        topics=[TopicFactory.create(name="Privacy")],
        age_groups=[AgeGroupFactory.create(name="Adults")],
    )
    listing: dict[str, Any] = client.get(LIST).json()
    assert set(listing) == _schema_keys(client, "VideoListOut")
    assert set(listing["results"][0]) == _schema_keys(client, "VideoSummaryOut")
    detail = client.get(f"{LIST}{listing['results'][0]['id']}/").json()
    assert set(detail) == _schema_keys(client, "VideoOut")
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert "/api/v1/videos/" in paths
    assert "/api/v1/videos/{video_id}/" in paths


def test_list_query_count_does_not_grow_with_videos(client: Client) -> None:
    terms = {
        "topics": [TopicFactory.create(name="Wellbeing"), TopicFactory.create(name="Gaming")],
        "age_groups": [AgeGroupFactory.create(name="9–12", slug="9-12")],
        "image": PictureFactory.create(),  # posters: their renditions are read too
    }
    VideoFactory.create(title="API wellbeing first", **terms)
    client.get(LIST, {"topic": "wellbeing"})
    with CaptureQueriesContext(connection) as few:
        assert len(client.get(LIST, {"topic": "wellbeing"}).json()["results"]) == 1
    for number in range(25):
        VideoFactory.create(title=f"API wellbeing {number}", **terms)
    client.get(LIST, {"topic": "wellbeing"})  # publishing renewed the cached look-ups: the next request reads them
    with CaptureQueriesContext(connection) as many:
        assert len(client.get(LIST, {"topic": "wellbeing"}).json()["results"]) == 20
    assert len(many) == len(few)
