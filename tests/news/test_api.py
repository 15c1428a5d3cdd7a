"""The read API for articles: published and public only, filtered like the news index, per language."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from tests.factories.catalogue import translate_term
from tests.factories.news import ArticleFactory, AudienceFactory, TopicFactory

pytestmark = pytest.mark.django_db

LIST = "/api/v1/news/articles/"


def test_it_lists_articles_with_their_terms_in_the_chosen_language(client: Client) -> None:
    privacy = TopicFactory.create(name="Privacy and personal data", slug="privacy")
    translate_term(privacy, "fr", "Vie privée et données personnelles")
    ArticleFactory.create(title="Privacy settings explained", topics=[privacy])
    ArticleFactory.create(title="Nothing about privacy", topics=[TopicFactory.create(name="Gaming")])

    data = client.get(LIST, {"lang": "fr", "topic": "privacy"}).json()

    assert data["count"] == 1
    first = data["results"][0]
    assert first["title"] == "Privacy settings explained"
    assert first["language"] == "fr"
    assert "/fr/news/" in first["url"]
    assert {"slug": "privacy", "name": "Vie privée et données personnelles"} in first["topics"]


def test_it_filters_by_section(client: Client) -> None:
    ArticleFactory.create(title="A youth panel meets", section="youth", aliases=False)
    ArticleFactory.create(title="A year at the hotlines", section="hotlines", aliases=False)

    data = client.get(LIST, {"section": "youth"}).json()

    assert [article["title"] for article in data["results"]] == ["A youth panel meets"]
    assert {article["section"] for article in data["results"]} == {"youth"}


def test_it_never_returns_drafts(client: Client) -> None:
    gaming = TopicFactory.create(name="Gaming")
    ArticleFactory.create(title="API published", topics=[gaming], aliases=False)
    draft = ArticleFactory.create(title="API draft", topics=[gaming], aliases=False, publish=False)
    titles = [article["title"] for article in client.get(LIST, {"topic": "gaming"}).json()["results"]]
    assert titles == ["API published"]
    # Django's LocaleMiddleware turns any 404 outside i18n_patterns into a redirect to /en/…, which then
    # 404s; either way the draft never comes back.
    response = client.get(f"{LIST}{draft.pk}/", follow=True)
    assert response.status_code == 404
    assert b"API draft" not in response.content


def test_it_returns_one_article_with_body_and_related_ids(client: Client) -> None:
    gaming = TopicFactory.create(name="Gaming")
    article = ArticleFactory.create(
        title="API story", topics=[gaming], body=[("paragraph", "<p>The whole story.</p>")], aliases=False
    )
    other = ArticleFactory.create(title="API other", topics=[gaming], aliases=False)
    data = client.get(f"{LIST}{article.pk}/").json()
    assert data["title"] == "API story"
    assert "The whole story." in data["body_html"]
    assert data["related"] == [other.pk]


@pytest.mark.parametrize(
    ("params", "status"),
    [({"lang": "xx"}, 400), ({"section": "gossip"}, 400), ({"page": "0"}, 422), ({"page": "abc"}, 422)],
)
def test_bad_parameters_get_a_clear_client_error(client: Client, params: dict[str, str], status: int) -> None:
    """An unknown language or vocabulary value is the API's own 400; a malformed one fails validation (422)."""
    response = client.get(LIST, params)
    assert response.status_code == status
    assert "detail" in response.json()


def test_a_page_past_the_end_is_empty(client: Client) -> None:
    ArticleFactory.create(aliases=False)
    data = client.get(LIST, {"page": "500"}).json()
    assert data["results"] == []
    assert data["count"] == 1


def test_list_query_count_does_not_grow_with_articles(client: Client) -> None:
    topics = [TopicFactory.create(name="Gaming"), TopicFactory.create(name="Privacy")]
    audiences = [AudienceFactory.create(name="Parents")]
    ArticleFactory.create(title="API first", topics=topics, audiences=audiences, aliases=False)
    client.get(LIST)
    with CaptureQueriesContext(connection) as few:
        assert len(client.get(LIST).json()["results"]) == 1
    for number in range(8):
        ArticleFactory.create(title=f"API extra {number}", topics=topics, audiences=audiences, aliases=False)
    client.get(LIST)  # publishing renewed the cached look-ups (bik/caching/lookups.py): the next request reads them
    with CaptureQueriesContext(connection) as many:
        assert len(client.get(LIST).json()["results"]) == 9
    assert len(many) == len(few)


def _resolve(schema: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        node = schema["components"]["schemas"][node["$ref"].rsplit("/", 1)[-1]]
    return node


def test_the_openapi_schema_describes_the_responses(client: Client) -> None:
    ArticleFactory.create(aliases=False)
    schema = client.get("/api/v1/openapi.json").json()
    listing = schema["paths"][LIST]["get"]
    parameters = {parameter["name"] for parameter in listing["parameters"]}
    assert {"lang", "section", "topic", "audience", "page"} <= parameters
    list_schema = _resolve(schema, listing["responses"]["200"]["content"]["application/json"]["schema"])
    data = client.get(LIST).json()
    assert set(list_schema["required"]) <= set(data)
    item_schema = _resolve(schema, list_schema["properties"]["results"]["items"])
    assert set(item_schema["properties"]) == set(data["results"][0])
    detail = schema["paths"][f"{LIST}{{article_id}}/"]["get"]
    detail_schema = _resolve(schema, detail["responses"]["200"]["content"]["application/json"]["schema"])
    one = client.get(f"{LIST}{data['results'][0]['id']}/").json()
    assert set(detail_schema["properties"]) == set(one)
