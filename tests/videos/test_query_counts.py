"""The video gallery costs the same number of SQL queries with 10 videos as with 1,000."""

from __future__ import annotations

import pytest
from django.test import Client

from bik.videos.models import Video
from tests.query_counts import assert_same_cost, at_10_and_1000
from tests.videos.helpers import add_videos_in_bulk

pytestmark = pytest.mark.django_db

GALLERY = "/en/portal/videos/"


def add_privacy_videos(count: int) -> None:
    add_videos_in_bulk(count, languages=("en", "fr"), topics=("privacy", "wellbeing"), ages=("adults", "16-18"))


@pytest.mark.parametrize(
    "url",
    [GALLERY, f"{GALLERY}?topic=privacy&age=adults&language=en&q=video", "/fr/portal/videos/?topic=privacy"],
)
def test_the_gallery_costs_the_same_with_10_or_1000_videos(client: Client, url: str) -> None:
    Video.objects.update(live=False)  # the demo's videos
    few, many = at_10_and_1000(client, url, add_privacy_videos)
    assert_same_cost(few, many, 'class="video-card"', per_page=12)
