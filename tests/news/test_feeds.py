"""Atom and RSS feeds: all news, one section's and one topic's, valid XML in the index's language."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from defusedxml.ElementTree import fromstring
from django.test import Client

from bik.news.models import ArticlePage
from tests.news.helpers import add_article

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
    feed = _atom(client, "/en/news/feed/atom/")
    titles = [entry.findtext(f"{ATOM}title") for entry in feed.iter(f"{ATOM}entry")]
    newest = ArticlePage.objects.live().filter(locale__language_code="en").order_by("-date").first()
    assert newest is not None
    assert titles[0] == newest.title
    assert feed.attrib.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"


def test_the_rss_feed_is_in_the_visitors_language(client: Client) -> None:
    channel = _rss(client, "/fr/news/feed/rss/").find("channel")
    assert channel is not None
    assert channel.findtext("language") == "fr"
    assert channel.findtext("title") == "Actualités"
    assert all("/fr/news/" in (item.findtext("link") or "") for item in channel.iter("item"))


def test_a_section_feed_has_only_that_section(client: Client) -> None:
    feed = _atom(client, "/en/news/sections/hotlines/feed/atom/")
    titles = {entry.findtext(f"{ATOM}title") for entry in feed.iter(f"{ATOM}entry")}
    expected = set(
        ArticlePage.objects.live()
        .filter(locale__language_code="en", section="hotlines")
        .values_list("title", flat=True)
    )
    assert titles == expected


def test_a_topic_feed_has_only_that_topic_and_names_it(client: Client) -> None:
    add_article("Gaming feed story", topics=("gaming",), author="Ana Author")
    channel = _rss(client, "/en/news/topics/gaming/feed/rss/").find("channel")
    assert channel is not None
    assert "Gaming" in (channel.findtext("title") or "")
    titles = [item.findtext("title") for item in channel.iter("item")]
    assert "Gaming feed story" in titles
    for title in titles:
        assert ArticlePage.objects.get(title=title, locale__language_code="en").topics.filter(slug="gaming").exists()


def test_feeds_leave_out_drafts(client: Client) -> None:
    add_article("Secret draft", topics=("gaming",), publish=False)
    assert b"Secret draft" not in client.get("/en/news/feed/atom/").content
    assert b"Secret draft" not in client.get("/en/news/topics/gaming/feed/rss/").content


@pytest.mark.parametrize(
    "url",
    ["/en/news/feed/json/", "/en/news/sections/gossip/feed/atom/", "/en/news/topics/no-such-topic/feed/rss/"],
)
def test_unknown_feeds_are_not_found(client: Client, url: str) -> None:
    assert client.get(url).status_code == 404


def test_news_pages_advertise_their_feeds(client: Client) -> None:
    html = client.get("/en/").content.decode()
    assert '<link rel="alternate" type="application/atom+xml"' in html
    assert 'href="/en/news/feed/atom/"' in html
    topic_page = client.get("/en/news/?topic=gaming").content.decode()
    assert 'href="/en/news/topics/gaming/feed/atom/"' in topic_page
