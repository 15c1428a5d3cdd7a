"""The policy and guidance documents: a faceted list that works without JavaScript, a page per document, feeds,
the read API, site search and the sitemap — live originals only, the same queries however many documents."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from django.test import Client

from bik.accounts.models import User
from bik.knowledge.models import PolicyDocument
from tests.conftest import Cast, turned_away_from_the_admin
from tests.factories.knowledge import PolicyDocumentFactory, documents_in_bulk, translate_document
from tests.factories.resources import TopicFactory
from tests.knowledge.helpers import DOCUMENTS_URL
from tests.query_counts import assert_same_cost, at_10_and_1000

pytestmark = pytest.mark.django_db


def facet_count(html: str, facet: str, value: str) -> int | None:
    match = re.search(
        rf'id="facet-{facet}-{re.escape(value)}"[^>]*>\s*<label[^>]*>.*?resource-facet__count">\((\d+)', html, re.S
    )
    return int(match.group(1)) if match else None


def test_filtering_by_country_and_pillar_narrows_the_list_and_counts_the_other_choices(client: Client) -> None:
    PolicyDocumentFactory.create(title="Irish protection law", country="IE", pillars=("protection",))
    PolicyDocumentFactory.create(
        title="Irish participation report", country="IE", document_type="report", pillars=("participation",)
    )
    PolicyDocumentFactory.create(title="Latvian protection law", country="LV", pillars=("protection",))

    html = client.get(DOCUMENTS_URL, {"country": "IE", "pillar": "protection"}).content.decode()

    assert "Irish protection law" in html
    assert "Irish participation report" not in html
    assert "Latvian protection law" not in html
    # Each facet is counted against the other facets' choices: Ireland's participation document is offered.
    assert (
        facet_count(html, "pillar", "participation")
        == PolicyDocument.objects.filter(
            live=True, is_original=True, country="IE", pillars__slug="participation"
        ).count()
    )
    assert 'id="facet-country-IE" name="country" value="IE" checked' in html
    assert "Atom feed" in html
    assert "?country=IE&amp;pillar=protection" in html


def test_a_lower_case_country_and_words_are_understood(client: Client) -> None:
    PolicyDocumentFactory.create(title="Maltese code on gaming chat", country="MT", document_type="code-of-conduct")

    html = client.get(DOCUMENTS_URL, {"country": "mt", "q": "gaming chat"}).content.decode()

    assert "Maltese code on gaming chat" in html
    assert 'value="gaming chat"' in html


def test_an_unknown_value_is_reported_and_the_rest_still_applies(client: Client) -> None:
    PolicyDocumentFactory.create(title="Irish strategy on wellbeing", document_type="strategy")

    response = client.get(DOCUMENTS_URL, {"country": "ZZ", "type": "strategy", "q": "wellbeing"})

    html = response.content.decode()
    assert response.status_code == 200
    assert "“ZZ” is not a known country; it was left out." in html
    assert "Irish strategy on wellbeing" in html
    assert 'value="wellbeing"' in html


def test_drafts_are_never_shown_anywhere(client: Client) -> None:
    draft = PolicyDocumentFactory.create(title="Secret draft regulation", publish=False)

    assert "Secret draft regulation" not in client.get(DOCUMENTS_URL, {"q": "secret draft"}).content.decode()
    assert client.get(f"/en/knowledge/documents/{draft.pk}-{draft.slug}/").status_code == 404
    assert client.get(f"/api/v1/knowledge/documents/{draft.pk}/").status_code == 404
    assert "Secret draft regulation" not in client.get("/en/knowledge/documents/feed/atom/").content.decode()
    assert "Secret draft regulation" not in client.get("/en/search/", {"q": "Secret draft"}).content.decode()
    assert f"/{draft.pk}-" not in client.get("/sitemap-en.xml").content.decode()


def test_a_document_has_a_page_with_everything_known_about_it(client: Client) -> None:
    document = PolicyDocumentFactory.create(
        title="Age assurance rules for video platforms",
        country="IE",
        document_type="guideline",
        pillars=("protection", "empowerment"),
        responsible_entity="Test ministry",
        year=2025,
        status="in-force",
    )

    html = client.get(f"/en/knowledge/documents/{document.pk}-{document.slug}/").content.decode()

    assert "<h1>Age assurance rules for video platforms</h1>" in html
    assert "Ireland" in html
    assert "Guideline" in html
    assert "Test ministry" in html
    assert "Safe digital experiences (protection)" in html
    assert "Digital empowerment" in html
    assert "In force 2025 – ongoing" in html
    assert document.source_url in html
    moved = client.get(f"/en/knowledge/documents/{document.pk}-old-title/")
    assert moved.status_code == 301
    assert moved["Location"].endswith(f"/{document.pk}-{document.slug}/")


def test_a_translation_lends_its_title_to_readers_of_its_language(client: Client) -> None:
    document = PolicyDocumentFactory.create(title="Law on digital majority", country="IE")
    french = translate_document(document, "fr", "Loi sur la majorité numérique")

    html = client.get("/fr/knowledge/documents/", {"country": "IE"}).content.decode()

    assert 'lang="fr">Loi sur la majorité numérique</a>' in html
    assert "Law on digital majority" not in html
    # The translation is never listed on its own.
    assert client.get(f"/fr/knowledge/documents/{french.pk}-{french.slug}/").status_code == 404


def test_the_list_costs_the_same_queries_with_10_and_1000_documents(client: Client) -> None:
    gaming = TopicFactory.create(name="Gaming")

    def add_maltese_documents(count: int) -> None:
        documents_in_bulk(count, country="MT", pillars=("protection",), topics=[gaming])

    url = f"{DOCUMENTS_URL}?country=MT&pillar=protection"
    few, many = at_10_and_1000(client, url, add_maltese_documents)
    assert_same_cost(few, many, 'class="resource-item"', per_page=20)


def test_feeds_announce_new_documents_matching_the_filters(client: Client) -> None:
    PolicyDocumentFactory.create(title="Feed-worthy Latvian strategy", country="LV", document_type="strategy")
    PolicyDocumentFactory.create(title="Feed-worthy Irish law", country="IE")

    atom = client.get("/en/knowledge/documents/feed/atom/", {"country": "LV"})
    rss = client.get("/en/knowledge/documents/feed/rss/")

    assert atom["Content-Type"].startswith("application/atom+xml")
    assert "Feed-worthy Latvian strategy" in atom.content.decode()
    assert "Feed-worthy Irish law" not in atom.content.decode()
    assert "Feed-worthy Irish law" in rss.content.decode()
    assert client.get("/en/knowledge/documents/feed/atom/", {"pillar": "nonsense"}).status_code == 400
    assert client.get("/en/knowledge/documents/feed/json/").status_code == 404


def test_the_api_answers_in_the_shared_page_envelope_with_facets(client: Client) -> None:
    document = PolicyDocumentFactory.create(
        title="API-listed Estonian report", country="EE", document_type="report", pillars=("participation",)
    )

    body = client.get("/api/v1/knowledge/documents/", {"country": "EE", "pillar": "participation"}).json()

    assert {"count", "page", "pages", "results", "facets"} <= set(body)
    found = {item["id"]: item for item in body["results"]}
    assert found[document.pk]["country"] == "EE"
    assert found[document.pk]["pillars"] == ["participation"]
    assert found[document.pk]["url"].endswith(f"/en/knowledge/documents/{document.pk}-{document.slug}/")
    one = client.get(f"/api/v1/knowledge/documents/{document.pk}/").json()
    assert one["title"] == "API-listed Estonian report"
    assert client.get("/api/v1/knowledge/documents/", {"country": "ZZ"}).status_code == 400
    assert client.get("/api/v1/knowledge/documents/", {"lang": "xx"}).status_code == 400


def test_site_search_and_the_sitemap_find_documents(client: Client) -> None:
    document = PolicyDocumentFactory.create(title="Slovak regulation on loot boxes", country="SK")

    results = client.get("/en/search/", {"q": "loot boxes"}).content.decode()
    sitemap = client.get("/sitemap-en.xml").content.decode()

    assert "Slovak regulation on loot boxes" in results
    assert f"/en/knowledge/documents/{document.pk}-{document.slug}/" in results
    assert f"/en/knowledge/documents/{document.pk}-{document.slug}/" in sitemap
    assert "/en/knowledge/glossary/" in sitemap


NON_STAFF = ["subscriber", "youth_member", "youth_coordinator", "sic_member", "member"]
ADMIN_URLS = ["/admin/snippets/knowledge/policydocument/", "/admin/snippets/knowledge/glossaryterm/add/"]


def test_only_staff_with_the_permission_reach_the_records_admin(
    cast: Cast, client: Client, client_for: Callable[[User], Client]
) -> None:
    for url in ADMIN_URLS:
        assert "/accounts/login/" in client.get(url)["Location"]
        for role in NON_STAFF:
            assert turned_away_from_the_admin(client_for(getattr(cast, role)).get(url)), (role, url)
        assert client_for(cast.editor).get(url).status_code == 200, url
    assert cast.editor.has_perm("knowledge.change_policydocument")
    assert not cast.editor.has_perm("knowledge.publish_policydocument")
    assert cast.moderator.has_perm("knowledge.publish_policydocument")
    assert cast.network_admin.has_perm("knowledge.publish_glossaryterm")
