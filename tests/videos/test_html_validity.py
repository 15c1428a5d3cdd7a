"""The gallery, a video page (embedded and uploaded) are valid HTML according to the Nu HTML Checker."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.test import Client

from tests.events.vnu import html_errors
from tests.factories.videos import AgeGroupFactory, PictureFactory, TopicFactory, UploadedVideoFactory, VideoFactory

pytestmark = pytest.mark.django_db


def assert_valid_html(pages: dict[str, bytes], tmp_path: Path) -> None:
    assert html_errors(pages, tmp_path) == []


def test_video_pages_are_valid_html(client: Client, tmp_path: Path) -> None:
    terms = {
        "topics": [TopicFactory.create(name="Cyberbullying"), TopicFactory.create(name="Privacy")],
        "age_groups": [AgeGroupFactory.create(name="13–15", slug="13-15")],
    }
    embedded = VideoFactory.create(title="Think before you share", image=PictureFactory.create(), **terms)
    VideoFactory.create(title="Stop the bullying", **terms)
    VideoFactory.create(title="Harcèlement en ligne : en parler", languages=("fr",), **terms)
    uploaded = UploadedVideoFactory.create(title="Valid uploaded clip", caption_languages=("en", "de"))
    urls = [
        "/en/portal/videos/",
        "/en/portal/videos/?topic=no-such-topic&q=bullying",
        "/fr/portal/videos/?language=fr",
        f"/en/portal/videos/{embedded.slug}/",
        f"/en/portal/videos/{uploaded.slug}/",
    ]
    pages = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        pages[url] = response.content
    assert_valid_html(pages, tmp_path)
