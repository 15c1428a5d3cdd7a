"""The video gallery costs the same number of SQL queries with 10 videos as with 1,000."""

from __future__ import annotations

import pytest
from django.test import Client

from tests.factories.catalogue import translate_term
from tests.factories.videos import AgeGroupFactory, PictureFactory, TopicFactory, live_videos_in_bulk
from tests.query_counts import assert_same_cost, at_10_and_1000

pytestmark = pytest.mark.django_db

GALLERY = "/en/portal/videos/"


@pytest.mark.parametrize(
    "url",
    [GALLERY, f"{GALLERY}?topic=privacy&age=adults&language=en&q=video", "/fr/portal/videos/?topic=privacy"],
)
def test_the_gallery_costs_the_same_with_10_or_1000_videos(client: Client, url: str) -> None:
    privacy, wellbeing = TopicFactory.create(name="Privacy"), TopicFactory.create(name="Wellbeing")
    translate_term(privacy, "fr", "Vie privée")
    ages = [AgeGroupFactory.create(name="Adults"), AgeGroupFactory.create(name="16–18", slug="16-18")]
    poster = PictureFactory.create()

    def add_privacy_videos(count: int) -> None:
        live_videos_in_bulk(count, languages=("en", "fr"), topics=[privacy, wellbeing], age_groups=ages, poster=poster)

    few, many = at_10_and_1000(client, url, add_privacy_videos)
    assert_same_cost(few, many, 'class="video-card"', per_page=12)
