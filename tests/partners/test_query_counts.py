"""The partners' directory and a partner's profile cost the same number of SQL queries with 10 items as with
1,000."""

from __future__ import annotations

import pytest
from django.test import Client

from bik.partners.models import PartnerOrganisation
from bik.research.models import Publication
from tests.factories.images import ImageFactory
from tests.factories.news import TopicFactory
from tests.factories.partners import PartnerOrganisationFactory
from tests.factories.research import publications_in_bulk
from tests.query_counts import assert_same_cost, at_10_and_1000

pytestmark = pytest.mark.django_db


def test_the_directory_costs_the_same_with_10_or_1000_partners(client: Client) -> None:
    logo = ImageFactory.create()

    def add(count: int) -> None:
        start = PartnerOrganisation.objects.count()
        PartnerOrganisation.objects.bulk_create(
            PartnerOrganisation(
                name=f"Partner {start + number:05d}",
                slug=f"partner-{start + number:05d}",
                kind=PartnerOrganisation.Kind.RESEARCH,
                description="A research partner.",
                status=PartnerOrganisation.Status.APPROVED,
                image=logo,
                image_alt="Logo",
            )
            for number in range(count)
        )

    few, many = at_10_and_1000(client, "/en/partners/", add)
    assert_same_cost(few, many, 'class="partner-card"', per_page=24)


def test_a_profile_costs_the_same_with_10_or_1000_publications(client: Client) -> None:
    organisation = PartnerOrganisationFactory.create()
    privacy = TopicFactory.create(name="Privacy")

    def add(count: int) -> None:
        publications_in_bulk(count, prefix="Partner paper", topics=[privacy])
        Publication.objects.filter(title__startswith="Partner paper").update(partner=organisation)

    few, many = at_10_and_1000(client, organisation.get_absolute_url(), add)
    assert_same_cost(few, many, 'class="article-list__item"', per_page=12)
