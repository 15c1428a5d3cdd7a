"""The youth spaces page costs the same with a handful of spaces as with one for every network country: roles,
coordinated countries and the member's profile are read once, not once per space."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from bik.accounts.models import User
from bik.network.models import Centre
from tests.conftest import Cast
from tests.factories.youth import EuropeanSpaceFactory, SpaceFactory
from tests.query_counts import render_warm
from tests.youth.conftest import make_coordinator, make_youth

pytestmark = pytest.mark.django_db


def _spaces(count: int) -> None:
    """The European space and the national spaces of the first `count` countries."""
    EuropeanSpaceFactory.create()
    for centre in Centre.objects.order_by("country")[:count]:
        SpaceFactory.create(country=str(centre.country.code))


@pytest.mark.parametrize("who", ["youth", "coordinator", "network_admin"])
def test_the_spaces_page_costs_the_same_with_7_and_with_every_space(
    cast: Cast, client_for: Callable[[User], Client], who: str
) -> None:
    people = {
        "youth": lambda: make_youth("spaces-fox@cast.example", "FR"),
        "coordinator": lambda: make_coordinator("spaces-coord@cast.example", "FR"),
        "network_admin": lambda: cast.network_admin,
    }
    client = client_for(people[who]())
    _spaces(7)
    few = render_warm(client, "/en/youth/spaces/")
    _spaces(Centre.objects.count())
    many = render_warm(client, "/en/youth/spaces/")

    assert Centre.objects.count() >= 30
    assert many.queries == few.queries, "\n".join(many.sql)
