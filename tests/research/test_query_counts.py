"""The research area costs the same number of SQL queries with 10 publications as with 1,000."""

from __future__ import annotations

import pytest
from django.test import Client

from bik.news.models import Topic
from tests.factories.research import publications_in_bulk
from tests.query_counts import assert_same_cost, at_10_and_1000
from tests.research.helpers import RESEARCH_URL

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url", [RESEARCH_URL, f"{RESEARCH_URL}?type=study&topic=privacy", "/fr/portal/research/?topic=gaming"]
)
def test_the_research_list_costs_the_same_with_10_or_1000_publications(
    client: Client, topics: dict[str, Topic], url: str
) -> None:
    def add_studies(count: int) -> None:
        publications_in_bulk(count, kind="study", topics=list(topics.values()))

    few, many = at_10_and_1000(client, url, add_studies)
    assert_same_cost(few, many, 'class="article-list__item"', per_page=12)
