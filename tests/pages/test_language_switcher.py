"""The language switcher keeps the visitor on the same thing: a record shown by a routable page (a research
publication here) stays that record in the other language, and a filtered list keeps its filters."""

from __future__ import annotations

import pytest
from django.test import Client

from bik.research.models import Publication

pytestmark = pytest.mark.django_db


def test_a_publication_page_switches_to_the_same_publication(client: Client) -> None:
    publication = Publication.objects.filter(live=True, locale__language_code="en").first()
    assert publication is not None

    page = client.get(f"/en/portal/research/{publication.slug}/").content.decode()

    assert f'href="/fr/portal/research/{publication.slug}/" hreflang="fr"' in page
    assert f'href="/de/portal/research/{publication.slug}/" hreflang="de"' in page
    assert client.get(f"/fr/portal/research/{publication.slug}/").status_code == 200


def test_a_filtered_list_keeps_its_filters_in_another_language(client: Client) -> None:
    page = client.get("/en/portal/research/?type=study").content.decode()

    assert 'href="/fr/portal/research/?type=study" hreflang="fr"' in page
