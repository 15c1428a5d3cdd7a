"""Atom and RSS feeds: all news, one section's and one topic's, valid XML in the index's language."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

import pytest
from defusedxml.ElementTree import fromstring
from django.test import Client

from tests.factories.news import ArticleFactory, TopicFactory, news_index
from tests.factories.pages import translate

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def _atom(client: Client, url: str) -> ET.Element:
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("application/atom+xml")
    root: ET.Element = fromstring(response.content)
    return root


def _rss(client: Client, url: str) -> ET.Element:
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("application/rss+xml")
    root: ET.Element = fromstring(response.content)
    return root


def test_the_atom_feed_lists_the_newest_articles(client: Client) -> None:
    for title, day in (("Older news", 1), ("Newest news", 3), ("Middle news", 2)):
        ArticleFactory.create(title=title, date=dt.date(2026, 2, day), aliases=False)

    feed = _atom(client, "/en/news/feed/atom/")

    titles = [entry.findtext(f"{ATOM}title") for entry in feed.iter(f"{ATOM}entry")]
    assert titles == ["Newest news", "Middle news", "Older news"]
    assert feed.attrib.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"


def test_the_rss_feed_is_in_the_visitors_language(client: Client) -> None:
    translate(news_index(), "fr", {"News": "Actualités"})
    article = ArticleFactory.create(title="News in every language")

    channel = _rss(client, "/fr/news/feed/rss/").find("channel")

    assert channel is not None
    assert channel.findtext("language") == "fr"
    assert channel.findtext("title") == "Actualités"
    links = [item.findtext("link") for item in channel.iter("item")]
    assert links == [f"http://testserver/fr/news/{article.slug}/"]


def test_a_section_feed_has_only_that_section(client: Client) -> None:
    ArticleFactory.create(title="A year at the hotlines", section="hotlines", aliases=False)
    ArticleFactory.create(title="A youth panel meets", section="youth", aliases=False)

    feed = _atom(client, "/en/news/sections/hotlines/feed/atom/")

    titles = {entry.findtext(f"{ATOM}title") for entry in feed.iter(f"{ATOM}entry")}
    assert titles == {"A year at the hotlines"}


def test_a_topic_feed_has_only_that_topic_and_names_it(client: Client) -> None:
    gaming = TopicFactory.create(name="Gaming")
    ArticleFactory.create(title="Gaming feed story", topics=[gaming], author_name="Ana Author", aliases=False)
    ArticleFactory.create(title="Privacy feed story", topics=[TopicFactory.create(name="Privacy")], aliases=False)

    channel = _rss(client, "/en/news/topics/gaming/feed/rss/").find("channel")

    assert channel is not None
    assert "Gaming" in (channel.findtext("title") or "")
    assert [item.findtext("title") for item in channel.iter("item")] == ["Gaming feed story"]


def test_feeds_leave_out_drafts(client: Client) -> None:
    ArticleFactory.create(
        title="Secret draft", topics=[TopicFactory.create(name="Gaming")], aliases=False, publish=False
    )
    assert b"Secret draft" not in client.get("/en/news/feed/atom/").content
    assert b"Secret draft" not in client.get("/en/news/topics/gaming/feed/rss/").content


@pytest.mark.parametrize(
    "url",
    ["/en/news/feed/json/", "/en/news/sections/gossip/feed/atom/", "/en/news/topics/no-such-topic/feed/rss/"],
)
def test_unknown_feeds_are_not_found(client: Client, url: str) -> None:
    assert client.get(url).status_code == 404


def test_news_pages_advertise_their_feeds(client: Client) -> None:
    TopicFactory.create(name="Gaming")
    html = client.get("/en/").content.decode()
    assert '<link rel="alternate" type="application/atom+xml"' in html
    assert 'href="/en/news/feed/atom/"' in html
    topic_page = client.get("/en/news/?topic=gaming").content.decode()
    assert 'href="/en/news/topics/gaming/feed/atom/"' in topic_page
