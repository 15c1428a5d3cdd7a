"""The gallery, a video page (embedded and uploaded) are valid HTML according to the Nu HTML Checker."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.test import Client

from tests.events.vnu import html_errors
from tests.videos.helpers import add_uploaded_video

pytestmark = pytest.mark.django_db


def assert_valid_html(pages: dict[str, bytes], tmp_path: Path) -> None:
    assert html_errors(pages, tmp_path) == []


def test_video_pages_are_valid_html(client: Client, tmp_path: Path) -> None:
    uploaded = add_uploaded_video("Valid uploaded clip", captions=("en", "de"))
    urls = [
        "/en/portal/videos/",
        "/en/portal/videos/?topic=no-such-topic&q=bullying",
        "/fr/portal/videos/?language=fr",
        "/en/portal/videos/think-before-you-share/",
        f"/en/portal/videos/{uploaded.slug}/",
    ]
    pages = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        pages[url] = response.content
    assert_valid_html(pages, tmp_path)
