"""The language switcher keeps the visitor on the same thing: a record shown by a routable page (a research
publication here) stays that record in the other language, and a filtered list keeps its filters."""

from __future__ import annotations

import pytest
from django.test import Client

from tests.factories.research import PublicationFactory

pytestmark = pytest.mark.django_db


def test_a_publication_page_switches_to_the_same_publication(client: Client) -> None:
    publication = PublicationFactory.create(title="Young people and online games")

    page = client.get(f"/en/portal/research/{publication.slug}/").content.decode()

    assert f'href="/fr/portal/research/{publication.slug}/" hreflang="fr"' in page
    assert f'href="/de/portal/research/{publication.slug}/" hreflang="de"' in page
    assert client.get(f"/fr/portal/research/{publication.slug}/").status_code == 200


def test_a_filtered_list_keeps_its_filters_in_another_language(client: Client) -> None:
    page = client.get("/en/portal/research/?type=study").content.decode()

    assert 'href="/fr/portal/research/?type=study" hreflang="fr"' in page


def test_the_alternates_escape_whatever_the_address_carries(client: Client) -> None:
    """The head's alternate links and the switcher are written in Python (bik/pages/templatetags/chrome.py):
    a query with quotes, angle brackets and ampersands stays an attribute value."""
    page = client.get('/en/portal/research/?q="><script>x</script>&type=study').content.decode()

    assert "<script>x" not in page
    assert 'href="/fr/portal/research/?q=%22%3E%3Cscript%3Ex%3C/script%3E&amp;type=study" hreflang="fr"' in page
    assert (
        '<link rel="alternate" hreflang="fr" '
        'href="http://testserver/fr/portal/research/?q=%22%3E%3Cscript%3Ex%3C/script%3E&amp;type=study">'
    ) in page
    assert page.count('<link rel="alternate" hreflang="') == 28
    assert 'hreflang="en" lang="en" aria-current="true">English</a>' in page
