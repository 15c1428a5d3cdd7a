"""The guide's list, a service page, a comparison and a refused comparison are valid HTML (Nu HTML Checker)."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.test import Client

from bik.guide.models import Category
from tests.factories.guide import OnlineServiceFactory
from tests.factories.videos import PictureFactory
from tests.videos.test_html_validity import assert_valid_html

pytestmark = pytest.mark.django_db


def test_guide_pages_are_valid_html(client: Client, tmp_path: Path) -> None:
    OnlineServiceFactory.create(
        name="Instagram",
        image=PictureFactory.create(),
        how_to_report="<ol><li>Tap the three dots.</li><li>Choose <b>Report</b>.</li></ol>",
        parental_controls="<p>Supervision shows time spent.</p>",
        safety_tips="<ul><li>Keep the account private.</li></ul>",
        safety_centre_url="https://about.instagram.com/safety",
    )
    OnlineServiceFactory.create(name="TikTok")
    OnlineServiceFactory.create(name="Snapchat")
    OnlineServiceFactory.create(name="Roblox", category=Category.GAMING, minimum_age=0)
    urls = [
        "/en/portal/online-services/",
        "/en/portal/online-services/?age=abc&category=gaming",
        "/en/portal/online-services/instagram/",
        "/en/portal/online-services/compare/?compare=instagram&compare=tiktok&compare=snapchat",
        "/en/portal/online-services/compare/?compare=instagram&compare=tiktok&compare=snapchat&compare=x",
    ]
    responses = {url: client.get(url) for url in urls}
    assert [response.status_code for response in responses.values()] == [200, 200, 200, 200, 400]
    assert_valid_html({url: response.content for url, response in responses.items()}, tmp_path)
