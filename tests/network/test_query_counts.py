"""The centre directory and the "get help" list cost the same number of SQL queries with 10 centres as with a
centre in every country (249 centres and 996 contacts: one centre per country is the most the model allows)."""

from __future__ import annotations

import pytest
from django.test import Client
from django_countries.data import COUNTRIES

from bik.network.models import Centre, Service, Strand
from tests.query_counts import render_warm

pytestmark = pytest.mark.django_db


def add_centres_everywhere() -> None:
    """A centre with its four strands for every country that has none yet, created in bulk."""
    taken = set(Centre.objects.values_list("country", flat=True))
    centres = Centre.objects.bulk_create(
        Centre(country=code, name=f"Safer Internet Centre {name}")
        for code, name in COUNTRIES.items()
        if code not in taken
    )
    Service.objects.bulk_create(
        Service(
            centre=centre,
            strand=strand,
            organisation=f"{strand.label} {centre.country.code}",
            phone="+32 116 111",
            report_url="https://report.example/",
            sort_order=order,
        )
        for centre in centres
        for order, strand in enumerate(Strand)
    )


@pytest.mark.parametrize("url", ["/en/centres/", "/en/help/", "/fr/centres/"])
def test_the_directory_costs_the_same_with_10_centres_or_one_in_every_country(client: Client, url: str) -> None:
    keep = list(Centre.objects.order_by("country").values_list("pk", flat=True)[:10])
    Centre.objects.exclude(pk__in=keep).update(is_active=False)
    few = render_warm(client, url)
    Centre.objects.update(is_active=True)
    add_centres_everywhere()
    many = render_warm(client, url)
    assert few.html.count('class="centre-card"') == 10
    assert many.html.count('class="centre-card"') == len(COUNTRIES) == 249
    assert Service.objects.filter(centre__is_active=True).count() >= 996
    assert many.queries == few.queries, many.sql
    assert few.queries <= 12
