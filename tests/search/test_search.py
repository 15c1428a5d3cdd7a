"""Site search: every public content type, the visitor's language first, labelled by type, paginated,
with a clear empty state and never a server error."""

from __future__ import annotations

import re
from collections.abc import Sequence

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from bik.news.models import ArticlePage
from bik.search import registry
from bik.search.registry import SearchHit
from bik.search.services import plain_words
from tests.factories.news import ArticleFactory, TopicFactory, news_index

pytestmark = pytest.mark.django_db


def _result_links(html: str) -> list[str]:
    return re.findall(r'class="search-result__title"><a href="([^"]+)"', html)


@pytest.fixture
def resources_provider() -> list[tuple[str, str]]:
    """A stand-in for another domain's records, registered the way that domain would (in this test's own
    providers, tests/search/conftest.py)."""
    calls: list[tuple[str, str]] = []

    def search_resources(query: str, language: str, limit: int) -> Sequence[SearchHit]:
        calls.append((query, language))
        if "zebra" not in query:
            return []
        return [
            SearchHit("Zebra crossing guide (English)", "/en/resources/zebra/", "Resource", "en"),
            SearchHit("Guide du passage zébré", "/fr/resources/zebre/", "Resource", "fr"),
        ]

    registry.register("resources", "Resources", search_resources)
    return calls


def _grooming_article(*, aliases: bool = False) -> ArticlePage:
    article: ArticlePage = ArticleFactory.create(
        title="Grooming warning signs", intro="What parents can look out for.", aliases=aliases
    )
    return article


def test_it_finds_news_articles_and_labels_their_type(client: Client) -> None:
    _grooming_article()
    html = client.get("/en/search/", {"q": "grooming warning signs"}).content.decode()
    assert "/en/news/grooming-warning-signs/" in _result_links(html)
    assert "News article" in html


def test_it_finds_articles_by_topic_name(client: Client) -> None:
    ArticleFactory.create(
        title="What helplines hear about cyberbullying",
        intro="Calls about online harassment rose again this year.",
        topics=[TopicFactory.create(name="Digital wellbeing"), TopicFactory.create(name="Cyberbullying")],
        aliases=False,
    )
    # "Digital wellbeing" is one of its topics; its text never says "wellbeing".
    links = _result_links(client.get("/en/search/", {"q": "wellbeing"}).content.decode())
    assert "/en/news/what-helplines-hear-about-cyberbullying/" in links


def test_it_searches_registered_providers_and_groups_by_type(
    client: Client, resources_provider: list[tuple[str, str]]
) -> None:
    html = client.get("/fr/search/", {"q": "zebra"}).content.decode()
    links = _result_links(html)
    assert links.index("/fr/resources/zebre/") < links.index("/en/resources/zebra/")
    assert resources_provider == [("zebra", "fr")]
    assert "Resources (2)" in html
    only = client.get("/fr/search/", {"q": "zebra", "type": "resources"}).content.decode()
    assert set(_result_links(only)) == {"/fr/resources/zebre/", "/en/resources/zebra/"}


def test_a_failing_provider_does_not_break_the_page(client: Client) -> None:
    def broken(query: str, language: str, limit: int) -> Sequence[SearchHit]:
        raise RuntimeError("index unavailable")

    registry.register("broken", "Broken", broken)
    _grooming_article()
    response = client.get("/en/search/", {"q": "grooming"})
    assert response.status_code == 200
    assert "/en/news/grooming-warning-signs/" in _result_links(response.content.decode())


def test_pages_in_the_visitors_language_come_before_other_languages(client: Client) -> None:
    french = ArticleFactory.create(
        title="Quokka sécurité", parent=news_index("fr"), intro="Quokka en français.", aliases=False
    )
    greek_only = ArticlePage(title="Quokka greek", slug="quokka-greek", intro="Quokka.", live=True)
    news_index("el").add_child(instance=greek_only)
    greek_only.save_revision().publish()
    english = ArticleFactory.create(title="Quokka safety", intro="Quokka in English.", aliases=False)
    links = _result_links(client.get("/fr/search/", {"q": "quokka"}).content.decode())
    assert links[0] == french.url
    # The English article is also found through its French alias; the Greek-only one comes after, in Greek.
    assert links.index(french.url) < links.index(greek_only.url)
    assert english.url not in links or links.index(english.url) > links.index(french.url)


def test_english_fallback_pages_appear_under_the_visitors_language(client: Client) -> None:
    _grooming_article(aliases=True)
    links = _result_links(client.get("/de/search/", {"q": "grooming warning signs"}).content.decode())
    assert "/de/news/grooming-warning-signs/" in links
    assert "/en/news/grooming-warning-signs/" not in links


def test_it_never_finds_drafts_or_private_pages(client: Client) -> None:
    ArticleFactory.create(title="Wombat draft", publish=False, intro="Wombat.", aliases=False)
    private = ArticleFactory.create(title="Wombat private", intro="Wombat.", aliases=False)
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    html = client.get("/en/search/", {"q": "wombat"}).content.decode()
    assert _result_links(html) == []
    assert "Nothing found" in html


def test_it_paginates(client: Client) -> None:
    for number in range(23):
        ArticleFactory.create(title=f"Narwhal story {number}", intro="Narwhal.", aliases=False)
    page_one = client.get("/en/search/", {"q": "narwhal"}).content.decode()
    page_two = client.get("/en/search/", {"q": "narwhal", "page": "2"}).content.decode()
    assert len(_result_links(page_one)) == 20
    assert len(_result_links(page_two)) == 3
    assert "23 results" in page_one
    assert 'rel="next"' in page_one


def test_it_invites_a_search_before_one_is_made(client: Client) -> None:
    html = client.get("/en/search/").content.decode()
    assert "Type a few words" in html
    assert "Nothing found" not in html


@pytest.mark.parametrize(
    "query",
    ['"', 'a"b', "((", "NOT", "a OR", "*", "title:x", "\x00", "é ü 中文 🙂", "x" * 5000, "%_\\", "<script>"],
)
def test_odd_input_never_breaks_search(client: Client, query: str) -> None:
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 200
    assert b"<script>" not in response.content.split(b"<main")[1]


def test_a_too_long_query_is_refused_with_a_message_and_kept(client: Client) -> None:
    html = client.get("/en/search/", {"q": "abc " * 60}).content.decode()
    assert "Ensure this value has at most 200 characters" in html
    assert 'value="abc abc' in html


def test_queries_are_reduced_to_plain_words() -> None:
    assert plain_words('"Cyber" OR (bullying)*') == "cyber or bullying"
    assert plain_words("!!!") == ""


def test_the_search_page_is_in_every_language(client: Client) -> None:
    assert Locale.objects.filter(language_code="el").exists()
    response = client.get("/el/search/", {"q": "grooming"})
    assert response.status_code == 200
    assert '<html lang="el"' in response.content.decode()


def test_query_count_does_not_grow_with_results(client: Client) -> None:
    client.get("/en/search/", {"q": "okapi"})
    ArticleFactory.create(title="Okapi one", intro="Okapi.", aliases=False)
    client.get("/en/search/", {"q": "okapi"})
    with CaptureQueriesContext(connection) as few:
        client.get("/en/search/", {"q": "okapi"})
    for number in range(10):
        ArticleFactory.create(title=f"Okapi more {number}", intro="Okapi.", aliases=False)
    client.get("/en/search/", {"q": "okapi"})
    with CaptureQueriesContext(connection) as many:
        html = client.get("/en/search/", {"q": "okapi"}).content.decode()
    assert len(_result_links(html)) == 11
    assert len(many) == len(few)


def test_every_page_has_a_labelled_search_form_in_its_header(client: Client) -> None:
    html = client.get("/fr/news/").content.decode()
    header = html.split("<header", 1)[1].split("</header>", 1)[0]
    assert 'role="search"' in header
    assert 'action="/fr/search/"' in header
    assert '<label for="site-search-q"' in header
