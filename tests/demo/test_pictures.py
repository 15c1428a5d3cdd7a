"""The demo ships its own pictures: every record of every list has an image (or, for a resource, a drawn
cover), and no video poster is blank."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from bik.bulletin.models import BulletinIssuePage
from bik.demo.registry import demo_ids, is_demo
from bik.events.models import Event
from bik.guide.models import OnlineService
from bik.network.models import Centre
from bik.news.models import ArticlePage
from bik.pages.models import HomePage
from bik.pictures import demo
from bik.pictures.rendering import cover_look
from bik.resources.models import Resource
from bik.sid.models import Edition
from bik.videos.models import Video

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "model",
    [ArticlePage, Video, OnlineService, Event, BulletinIssuePage, Centre, Edition],
    ids=lambda model: model.__name__,
)
def test_every_demo_record_has_an_image(model: type[Any]) -> None:
    records = model.objects.filter(pk__in=demo_ids(model))

    assert records.exists()
    assert not records.filter(image__isnull=True).exists()


def test_the_demo_gives_the_home_page_of_the_sites_structure_its_picture() -> None:
    home = HomePage.objects.get(locale__language_code="en", depth=2)

    assert not is_demo(home)
    assert home.image is not None


def test_every_demo_resource_has_an_image_or_a_cover_from_its_type() -> None:
    resources = list(
        Resource.objects.filter(pk__in=demo_ids(Resource), is_original=True).prefetch_related("types", "topics")
    )

    with_image = [resource for resource in resources if resource.image_id is not None]
    assert 0 < len(with_image) < len(resources)
    for resource in resources:
        if resource.image_id is None:
            resource.display_types = list(resource.types.all())
            resource.display_topics = list(resource.topics.all())
            assert cover_look(resource).motif, resource


def test_demo_pictures_are_described_drawn_by_the_project_and_the_same_every_time() -> None:
    image = demo.picture_for("event", "safer-internet-day")

    assert image.description.startswith("Illustration: ")
    assert image.title.startswith(demo.TITLE_PREFIX)
    assert demo.draw("chat", 1) == demo.draw("chat", 1)
    assert demo.picture_for("event", "safer-internet-day").pk == image.pk


def test_no_video_poster_is_blank(client: Client) -> None:
    html = client.get("/en/portal/videos/").content.decode()

    cards = html.count('class="video-card"')
    assert cards > 0
    assert html.count('<picture class="picture video-card__poster"') == cards
    assert "--blank" not in html


@pytest.mark.parametrize(
    "path",
    [
        "/en/news/",
        "/en/portal/resources/",
        "/en/portal/online-services/",
        "/en/portal/events/",
        "/en/bulletin/",
        "/en/centres/",
    ],
)
def test_every_list_page_shows_pictures(client: Client, path: str) -> None:
    response = client.get(path)

    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<picture") + html.count('<svg class="picture') >= 2, path  # the bulletin has two issues


def test_the_home_page_has_a_hero_picture_and_thumbnails(client: Client) -> None:
    html = client.get("/en/").content.decode()

    hero = html[html.index('class="hero__media"') :]
    assert 'fetchpriority="high"' in hero[: hero.index("</picture>")]
    assert html.count('class="picture-card"') >= 6
