"""The queue costs the same number of SQL queries with 5 waiting reports as with a full page of 50."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from bik.accounts.models import User
from bik.hotline import services
from bik.network.models import Centre
from tests.hotline.conftest import Analysts
from tests.query_counts import render_warm


@pytest.mark.django_db
def test_the_queue_makes_no_query_per_report(analysts: Analysts, client_for: Callable[[User], Client]) -> None:
    belgium = Centre.objects.get(country="BE")

    def add(count: int) -> None:
        for number in range(count):
            services.submit_report(
                belgium,
                urls=[f"https://q{number}.example/a", "https://shared.example/"],
                kind="other",
                where_seen="email",
            )

    client = client_for(analysts.belgium)
    add(5)
    few = render_warm(client, "/en/hotline/be/")
    add(45)
    many = render_warm(client, "/en/hotline/be/")
    assert many.html.count("shared[.]example") == few.html.count("shared[.]example") + 45
    assert many.queries == few.queries, many.sql
