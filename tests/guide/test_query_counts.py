"""The guide to online services costs the same number of SQL queries with 10 services as with 1,000."""

from __future__ import annotations

import pytest
from django.test import Client

from bik.guide.models import OnlineService
from tests.guide.helpers import add_services_in_bulk
from tests.query_counts import assert_same_cost, at_10_and_1000

pytestmark = pytest.mark.django_db

GUIDE = "/en/portal/online-services/"


def add_ai_services(count: int) -> None:
    add_services_in_bulk(count, category="ai", minimum_age=13)


@pytest.mark.parametrize(
    "url", [GUIDE, f"{GUIDE}?category=ai&age=16&q=bulk", "/fr/portal/online-services/?category=ai"]
)
def test_the_guide_costs_the_same_with_10_or_1000_services(client: Client, url: str) -> None:
    OnlineService.objects.update(live=False)  # the demo's services
    few, many = at_10_and_1000(client, url, add_ai_services)
    assert_same_cost(few, many, 'class="service-list__item"', per_page=20)
