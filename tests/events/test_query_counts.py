"""The events lists (upcoming and past) cost the same number of SQL queries with 10 events as with 1,000."""

from __future__ import annotations

import pytest
from django.test import Client

from bik.network.models import Centre
from tests.events.helpers import EVENTS_URL
from tests.factories.events import events_in_bulk
from tests.query_counts import assert_same_cost, at_10_and_1000

pytestmark = pytest.mark.django_db

ITEM = 'class="article-list__item event-list__item"'


@pytest.mark.parametrize(
    "url",
    [
        EVENTS_URL,
        f"{EVENTS_URL}?country=BE&attendance=in_person",
        f"{EVENTS_URL}past/",
        f"{EVENTS_URL}past/?country=BE",
        "/fr/portal/events/?country=BE",
    ],
)
def test_the_events_list_costs_the_same_with_10_or_1000_events(client: Client, url: str) -> None:
    belgium = Centre.objects.get(country="BE")

    def add_belgian_events(count: int) -> None:
        events_in_bulk(count, past="/past/" in url, country="BE", format="in_person", organiser=belgium)

    few, many = at_10_and_1000(client, url, add_belgian_events)
    assert_same_cost(few, many, ITEM, per_page=10)
