"""The guide to online services costs the same number of SQL queries with 10 services as with 1,000."""

from __future__ import annotations

import pytest
from django.test import Client

from bik.guide.models import Category
from tests.factories.guide import live_services_in_bulk
from tests.factories.videos import PictureFactory
from tests.query_counts import assert_same_cost, at_10_and_1000

pytestmark = pytest.mark.django_db

GUIDE = "/en/portal/online-services/"


@pytest.mark.parametrize(
    "url", [GUIDE, f"{GUIDE}?category=ai&age=16&q=bulk", "/fr/portal/online-services/?category=ai"]
)
def test_the_guide_costs_the_same_with_10_or_1000_services(client: Client, url: str) -> None:
    picture = PictureFactory.create()  # illustrated: the list reads the pictures' renditions too

    def add_ai_services(count: int) -> None:
        live_services_in_bulk(count, category=Category.AI, minimum_age=13, image=picture)

    few, many = at_10_and_1000(client, url, add_ai_services)
    assert_same_cost(few, many, 'class="service-list__item"', per_page=20)
