"""A visitor searches the resource gallery and narrows it with facets whose counts follow the other choices;
the form is a plain GET form, so every result list has a shareable address."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.conf import settings as django_settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from bik.network.models import Centre
from bik.resources.models import Resource
from tests.factories.resources import ResourceFactory, resources_in_bulk, translate_resource
from tests.resources.conftest import Terms
from tests.resources.helpers import facet_count

pytestmark = pytest.mark.django_db

GALLERY = "/en/portal/resources/"


def _titles(html: str) -> list[str]:
    return re.findall(r'<h3 class="resource-item__title"><a href="[^"]+" lang="[a-z]+">([^<]+)</a></h3>', html)


def _searches(queries: CaptureQueriesContext) -> bool:
    """Whether a request searched the gallery's listing (rather than showing results kept from before)."""
    return any("resources_resourcelisting" in query["sql"] for query in queries.captured_queries)


def test_the_gallery_lists_live_resources_a_page_at_a_time(client: Client) -> None:
    resources_in_bulk(45)
    ResourceFactory.create(title="A draft resource", publish=False)
    html = client.get(GALLERY).content.decode()
    total = Resource.objects.filter(live=True, is_original=True).count()
    assert total == 45
    assert f"{total} resources" in html
    assert len(_titles(html)) == 20
    assert "Page 1 of 3" in html


def test_a_greek_teacher_finds_cyberbullying_resources_for_13_to_15_year_olds(
    client: Client, greek_teachers_resources: list[Resource]
) -> None:
    html = client.get(GALLERY, {"language": "el", "age": "13-15", "topic": "cyberbullying"}).content.decode()
    titles = _titles(html)
    assert sorted(titles) == sorted(resource.title for resource in greek_teachers_resources)
    for title in titles:
        resource = Resource.objects.get(title=title, is_original=True)
        assert resource.language_versions.filter(language="el").exists()
        assert resource.topics.filter(slug="cyberbullying").exists()
        assert resource.age_groups.filter(slug="13-15").exists()


def test_each_facet_counts_with_the_other_choices_but_not_its_own(client: Client, terms: Terms) -> None:
    gaming_term, privacy_term = terms.topics["gaming"], terms.topics["privacy"]
    older, younger = terms.ages["16-18"], terms.ages["9-12"]
    ResourceFactory.create(
        title="Quiz about gaming in Maltese", languages=("mt",), topics=[gaming_term], age_groups=[older]
    )
    ResourceFactory.create(
        title="Another Maltese gaming quiz", languages=("mt",), topics=[gaming_term], age_groups=[younger]
    )
    ResourceFactory.create(title="Maltese privacy guide", languages=("mt",), topics=[privacy_term], age_groups=[older])
    ResourceFactory.create(title="German gaming guide", languages=("de",), topics=[gaming_term], age_groups=[older])
    html = client.get(GALLERY, {"language": "mt", "topic": "gaming"}).content.decode()

    maltese_gaming = Resource.objects.filter(
        live=True, is_original=True, language_versions__language="mt", topics__slug="gaming"
    )
    assert len(_titles(html)) == maltese_gaming.count()
    # topic facet: Maltese resources, whatever their topic (its own selection does not narrow it)
    maltese = Resource.objects.filter(live=True, is_original=True, language_versions__language="mt")
    assert facet_count(html, "topic", "privacy") == maltese.filter(topics__slug="privacy").count()
    assert facet_count(html, "topic", "gaming") == maltese_gaming.count()
    # language facet: gaming resources in every language
    gaming = Resource.objects.filter(live=True, is_original=True, topics__slug="gaming")
    assert facet_count(html, "language", "mt") == maltese_gaming.count()
    assert facet_count(html, "language", "de") == gaming.filter(language_versions__language="de").count()
    # other facets: both selections apply
    assert facet_count(html, "age", "16-18") == maltese_gaming.filter(age_groups__slug="16-18").count()


def test_several_values_of_one_facet_widen_the_results(client: Client) -> None:
    one = ResourceFactory.create(title="Resource in Latvian", languages=("lv",))
    two = ResourceFactory.create(title="Resource in Lithuanian", languages=("lt",))
    titles = _titles(client.get(GALLERY, {"language": ["lv", "lt"], "q": "resource"}).content.decode())
    assert {one.title, two.title} <= set(titles)


def test_it_searches_the_text_with_every_word(client: Client) -> None:
    ResourceFactory.create(title="Streaming safely", description="<p>Tips about live chat for young streamers.</p>")
    assert _titles(client.get(GALLERY, {"q": "live streamers"}).content.decode()) == ["Streaming safely"]
    assert _titles(client.get(GALLERY, {"q": "streamers zebraword"}).content.decode()) == []


def test_odd_search_text_never_breaks_the_page(client: Client) -> None:
    for text in ('"', "*", "AND OR NOT", "(((", "x" * 500, "'; DROP TABLE", "ελληνικά"):
        response = client.get(GALLERY, {"q": text})
        assert response.status_code == 200, text


@pytest.mark.usefixtures("terms")
def test_it_reports_unknown_values_and_keeps_the_rest(client: Client) -> None:
    response = client.get(GALLERY, {"topic": ["no-such-topic", "cyberbullying"], "q": "harcèlement", "page": "x"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "“no-such-topic” is not a known topic" in html
    assert 'value="harcèlement"' in html
    assert re.search(r'value="cyberbullying"\s+checked', html)


def test_every_facet_value_that_live_resources_carry_shows_results(client: Client, terms: Terms) -> None:
    vocabularies = {"topic": terms.topics, "age": terms.ages, "audience": terms.audiences, "type": terms.types}
    greek = Centre.objects.get(country="GR")
    for number, (code, _name) in enumerate(django_settings.LANGUAGES):  # one resource in each language
        ResourceFactory.create(
            languages=(code,),
            topics=[list(terms.topics.values())[number % len(terms.topics)]],
            age_groups=[list(terms.ages.values())[number % len(terms.ages)]],
            audiences=[list(terms.audiences.values())[number % len(terms.audiences)]],
            types=[list(terms.types.values())[number % len(terms.types)]],
            centre=greek if number < 3 else None,
        )
    html = client.get(GALLERY).content.decode()
    for facet, values in vocabularies.items():
        for value in values:
            assert (facet_count(html, facet, value) or 0) > 0, f"{facet}={value} has no resources"
    for code, _name in django_settings.LANGUAGES:
        assert (facet_count(html, "language", code) or 0) > 0, f"language={code} has no resources"
    assert (facet_count(html, "centre", "gr") or 0) >= 3


@pytest.mark.usefixtures("collection")
def test_resources_in_the_visitors_language_come_first(client: Client) -> None:
    html = client.get("/el/portal/resources/").content.decode()
    first = Resource.objects.get(title=_titles(html)[0], is_original=True)
    assert first.language_versions.filter(language="el").exists()


def test_it_shows_terms_in_the_visitors_language_and_english_text_where_untranslated(
    client: Client, terms: Terms
) -> None:
    cyberbullying = terms.topics["cyberbullying"]
    for title in ("Cyberbullying: a guide for parents", "Cyberbullying: a lesson plan"):
        resource = ResourceFactory.create(title=title, topics=[cyberbullying])
        translate_resource(resource, "fr", f"{title} (version française)")
    untranslated = ResourceFactory.create(title="Cyberbullying: a quiz", topics=[cyberbullying])
    html = client.get("/fr/portal/resources/", {"topic": "cyberbullying"}).content.decode()
    assert "Cyberharcèlement" in html
    assert untranslated.title in _titles(html)
    french = _titles(client.get("/fr/portal/resources/", {"q": "française"}).content.decode())
    assert french
    assert all(title.endswith("(version française)") for title in french)


def test_it_never_lists_drafts_or_translations_on_their_own(client: Client, terms: Terms) -> None:
    draft = ResourceFactory.create(title="A draft about gaming", topics=[terms.topics["gaming"]], publish=False)
    html = client.get(GALLERY, {"q": "draft gaming"}).content.decode()
    assert "A draft about gaming" not in html
    assert client.get(f"{GALLERY}{draft.pk}-{draft.slug}/").status_code == 404
    translation = translate_resource(ResourceFactory.create(), "fr", "Une ressource traduite")
    assert client.get(f"{GALLERY}{translation.pk}-{translation.slug}/").status_code == 404


def test_pages_keep_the_filters_in_their_links(client: Client, terms: Terms) -> None:
    resources_in_bulk(25, topics=[terms.topics["cyberbullying"]])
    html = client.get(GALLERY, {"topic": "cyberbullying", "page": "1"}).content.decode()
    count = Resource.objects.filter(live=True, is_original=True, topics__slug="cyberbullying").count()
    assert count > 20
    assert "topic=cyberbullying" in html.split('rel="next"')[0].rsplit("href=", 1)[1]
    html = client.get(GALLERY, {"page": "2"}).content.decode()
    assert "Page 2 of" in html
    assert client.get(GALLERY, {"page": "999"}).status_code == 200


def test_the_form_works_without_javascript_and_loads_the_enhancement_from_a_file(client: Client) -> None:
    html = client.get(GALLERY).content.decode()
    assert re.search(r'<form method="get" action="/en/portal/resources/"', html)
    assert '<button type="submit"' in html
    assert "/static/bik/js/resources.js" in html
    assert "<script>" not in html


@pytest.mark.parametrize("params", [{}, {"q": "bulk", "topic": "gaming", "language": "de"}])
def test_the_number_of_queries_does_not_grow_with_the_number_of_resources(
    client: Client, settings: Any, terms: Terms, params: dict[str, str]
) -> None:
    settings.RESOURCES_SEARCH_CACHE_SECONDS = 0  # the cost of a search made for the first time
    for _warm in range(2):  # warm the process's caches (site root, locales, menus)
        client.get(GALLERY, params)
    gaming, children = [terms.topics["gaming"]], [terms.ages["9-12"]]
    # Adding resources forgets the results kept so far: each count below includes the search.
    resources_in_bulk(10, topics=gaming, age_groups=children)
    with CaptureQueriesContext(connection) as few:
        assert client.get(GALLERY, params).status_code == 200
    resources_in_bulk(990, topics=gaming, age_groups=children)
    with CaptureQueriesContext(connection) as many:
        assert client.get(GALLERY, params).status_code == 200
    assert all(_searches(queries) for queries in (few, many))
    assert len(many) == len(few), [q["sql"][:120] for q in many.captured_queries]
