"""The guide's list, a service page, a comparison and a refused comparison are valid HTML (Nu HTML Checker)."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.test import Client

from tests.videos.test_html_validity import assert_valid_html

pytestmark = pytest.mark.django_db


def test_guide_pages_are_valid_html(client: Client, tmp_path: Path) -> None:
    urls = [
        "/en/portal/online-services/",
        "/en/portal/online-services/?age=abc&category=gaming",
        "/en/portal/online-services/instagram/",
        "/en/portal/online-services/compare/?compare=instagram&compare=tiktok&compare=snapchat",
        "/en/portal/online-services/compare/?compare=instagram&compare=tiktok&compare=snapchat&compare=x",
    ]
    assert_valid_html({url: client.get(url).content for url in urls}, tmp_path)
