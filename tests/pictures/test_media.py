"""Renditions are public; originals, documents and the rest of the media folder are not served by the platform
outside DEBUG."""

from __future__ import annotations

import pytest
from django.test import Client

from bik.pictures.rendering import specs
from tests.factories.images import ImageFactory

pytestmark = pytest.mark.django_db


def test_a_rendition_is_served_to_anyone_with_a_cache_header(client: Client) -> None:
    image = ImageFactory.create()
    rendition = image.get_rendition(specs(image, "card")[0])

    response = client.get(rendition.url)

    assert response.status_code == 200
    assert response["Content-Type"] == "image/webp"
    assert "public" in response["Cache-Control"]
    response.close()


def test_originals_and_other_media_are_not_served(client: Client) -> None:
    image = ImageFactory.create()

    assert client.get(f"/media/{image.file.name}").status_code == 404
    escaping = client.get("/media/images/../original_images/" + image.file.name.split("/")[-1])
    assert escaping.status_code == 400  # a path leaving the renditions folder is refused as suspicious
    assert client.get("/media/documents/anything.pdf").status_code == 404
