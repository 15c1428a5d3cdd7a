"""A visitor searches the resource gallery and narrows it with facets whose counts follow the other choices;
the form is a plain GET form, so every result list has a shareable address."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from bik.resources.demo import AGE_GROUPS, AUDIENCES, TOPICS, TYPES
from bik.resources.models import Resource
from tests.resources.helpers import add_resource, bulk_resources, facet_count

pytestmark = pytest.mark.django_db

GALLERY = "/en/portal/resources/"


def _titles(html: str) -> list[str]:
    return re.findall(r'<h3 class="resource-item__title"><a href="[^"]+" lang="[a-z]+">([^<]+)</a></h3>', html)


def test_the_demo_gallery_lists_live_resources_a_page_at_a_time(client: Client) -> None:
    html = client.get(GALLERY).content.decode()
    total = Resource.objects.filter(live=True, is_original=True).count()
    assert total >= 60
    assert f"{total} resources" in html
    assert len(_titles(html)) == 20
    assert "Page 1 of" in html


def test_a_greek_teacher_finds_cyberbullying_resources_for_13_to_15_year_olds(client: Client) -> None:
    html = client.get(GALLERY, {"language": "el", "age": "13-15", "topic": "cyberbullying"}).content.decode()
    titles = _titles(html)
    assert len(titles) >= 3
    for title in titles:
        resource = Resource.objects.get(title=title, is_original=True)
        assert resource.language_versions.filter(language="el").exists()
        assert resource.topics.filter(slug="cyberbullying").exists()
        assert resource.age_groups.filter(slug="13-15").exists()


def test_each_facet_counts_with_the_other_choices_but_not_its_own(client: Client) -> None:
    add_resource("Quiz about gaming in Maltese", languages=("mt",), topics=("gaming",), ages=("16-18",))
    add_resource("Another Maltese gaming quiz", languages=("mt",), topics=("gaming",), ages=("9-12",))
    add_resource("Maltese privacy guide", languages=("mt",), topics=("privacy",), ages=("16-18",))
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
    one = add_resource("Resource in Latvian", languages=("lv",))
    two = add_resource("Resource in Lithuanian", languages=("lt",))
    titles = _titles(client.get(GALLERY, {"language": ["lv", "lt"], "q": "resource"}).content.decode())
    assert {one.title, two.title} <= set(titles)


def test_it_searches_the_text_with_every_word(client: Client) -> None:
    add_resource("Streaming safely", description="<p>Tips about live chat for young streamers.</p>")
    assert _titles(client.get(GALLERY, {"q": "live streamers"}).content.decode()) == ["Streaming safely"]
    assert _titles(client.get(GALLERY, {"q": "streamers zebraword"}).content.decode()) == []


def test_odd_search_text_never_breaks_the_page(client: Client) -> None:
    for text in ('"', "*", "AND OR NOT", "(((", "x" * 500, "'; DROP TABLE", "ελληνικά"):
        response = client.get(GALLERY, {"q": text})
        assert response.status_code == 200, text


def test_it_reports_unknown_values_and_keeps_the_rest(client: Client) -> None:
    response = client.get(GALLERY, {"topic": ["no-such-topic", "cyberbullying"], "q": "harcèlement", "page": "x"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "“no-such-topic” is not a known topic" in html
    assert 'value="harcèlement"' in html
    assert re.search(r'value="cyberbullying"\s+checked', html)


def test_every_demo_facet_value_shows_results(client: Client) -> None:
    html = client.get(GALLERY).content.decode()
    for facet, values in (("topic", TOPICS), ("age", AGE_GROUPS), ("audience", AUDIENCES), ("type", TYPES)):
        for value in values:
            assert (facet_count(html, facet, value) or 0) > 0, f"{facet}={value} has no resources"
    from django.conf import settings

    for code, _name in settings.LANGUAGES:
        assert (facet_count(html, "language", code) or 0) > 0, f"language={code} has no resources"
    assert (facet_count(html, "centre", "gr") or 0) >= 3


def test_resources_in_the_visitors_language_come_first(client: Client) -> None:
    html = client.get("/el/portal/resources/").content.decode()
    first = Resource.objects.get(title=_titles(html)[0], is_original=True)
    assert first.language_versions.filter(language="el").exists()


def test_it_shows_terms_in_the_visitors_language_and_english_text_where_untranslated(client: Client) -> None:
    html = client.get("/fr/portal/resources/", {"topic": "cyberbullying"}).content.decode()
    assert "Cyberharcèlement" in html
    assert _titles(html)
    french = _titles(client.get("/fr/portal/resources/", {"q": "française"}).content.decode())
    assert french
    assert all(title.endswith("(version française)") for title in french)


def test_it_never_lists_drafts_or_translations_on_their_own(client: Client) -> None:
    draft = add_resource("A draft about gaming", topics=("gaming",), publish=False)
    html = client.get(GALLERY, {"q": "draft gaming"}).content.decode()
    assert "A draft about gaming" not in html
    assert client.get(f"{GALLERY}{draft.pk}-{draft.slug}/").status_code == 404
    translation = Resource.objects.filter(is_original=False, live=True).first()
    assert translation is not None
    assert client.get(f"{GALLERY}{translation.pk}-{translation.slug}/").status_code == 404


def test_pages_keep_the_filters_in_their_links(client: Client) -> None:
    html = client.get(GALLERY, {"topic": "cyberbullying", "page": "1"}).content.decode()
    count = Resource.objects.filter(live=True, is_original=True, topics__slug="cyberbullying").count()
    if count > 20:
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
    client: Client, settings: Any, params: dict[str, str]
) -> None:
    settings.RESOURCES_SEARCH_CACHE_SECONDS = 0  # the cost of a search made for the first time
    bulk_resources(10)
    client.get(GALLERY, params)  # warm caches (site root, locales)
    with CaptureQueriesContext(connection) as few:
        assert client.get(GALLERY, params).status_code == 200
    bulk_resources(990)
    with CaptureQueriesContext(connection) as many:
        assert client.get(GALLERY, params).status_code == 200
    assert len(many) == len(few), [q["sql"][:120] for q in many.captured_queries]
