"""Every page carries Open Graph tags in the visitor's language, with an image only when one exists."""

from __future__ import annotations

import re
from io import BytesIO

import pytest
from django.conf import settings
from django.core.files.images import ImageFile
from django.test import Client
from PIL import Image as PillowImage
from wagtail.images.models import Image

from tests.news.helpers import add_article

pytestmark = pytest.mark.django_db


def _og(html: str) -> dict[str, list[str]]:
    tags: dict[str, list[str]] = {}
    for prop, content in re.findall(r'<meta property="(og:[^"]+)" content="([^"]*)">', html):
        tags.setdefault(prop, []).append(content)
    return tags


def test_an_article_has_article_tags_without_an_image(client: Client) -> None:
    article = add_article("Open Graph story", intro="A story worth sharing.")
    tags = _og(client.get(article.url).content.decode())
    assert tags["og:title"] == ["Open Graph story"]
    assert tags["og:description"] == ["A story worth sharing."]
    assert tags["og:type"] == ["article"]
    assert tags["og:url"] == [f"http://testserver{article.url}"]
    assert tags["og:site_name"] == ["Better Internet for Kids"]
    assert tags["og:locale"] == ["en_GB"]
    assert "og:image" not in tags


def test_the_locale_and_alternates_follow_the_language(client: Client) -> None:
    tags = _og(client.get("/fr/").content.decode())
    assert tags["og:locale"] == ["fr_FR"]
    assert tags["og:type"] == ["website"]
    assert "en_GB" in tags["og:locale:alternate"]
    assert "fr_FR" not in tags["og:locale:alternate"]
    assert len(tags["og:locale:alternate"]) == len(settings.LANGUAGES) - 1


# Wagtail's rendition code leaves a SpooledTemporaryFile for the garbage collector; not ours to close.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_local_image_becomes_the_sharing_image(client: Client) -> None:
    buffer = BytesIO()
    PillowImage.new("RGB", (1400, 800), "teal").save(buffer, "PNG")
    image = Image.objects.create(title="Share me", file=ImageFile(buffer, name="share.png"))
    article = add_article("Pictured story")
    article.image = image
    article.image_alt = "A teal rectangle"
    article.save_revision().publish()
    html = client.get(article.url).content.decode()
    tags = _og(html)
    assert tags["og:image"][0].startswith("http://testserver/media/")
    assert tags["og:image:width"] == ["1200"]
    assert '<meta name="twitter:card" content="summary_large_image">' in html


def test_views_that_are_not_pages_have_tags_too(client: Client) -> None:
    tags = _og(client.get("/en/search/?q=help").content.decode())
    assert tags["og:title"] == ["Better Internet for Kids"]
    assert tags["og:url"] == ["http://testserver/en/search/"]
