"""A visitor browses the news by section, topic and audience with plain links and a GET form."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from bik.news.models import ArticlePage
from tests.news.helpers import add_article

pytestmark = pytest.mark.django_db


def _titles(html: str) -> list[str]:
    return re.findall(r'<h3><a href="[^"]+">([^<]+)</a></h3>', html)


def test_it_filters_by_section(client: Client) -> None:
    html = client.get("/en/news/?section=hotlines").content.decode()
    expected = ArticlePage.objects.live().filter(locale__language_code="en", section="hotlines")
    assert expected.exists()
    assert sorted(_titles(html)) == sorted(a.title for a in expected)


def test_it_filters_by_topic_and_audience_together(client: Client) -> None:
    add_article("Privacy for parents", topics=("privacy",), audiences=("parents",))
    add_article("Privacy for researchers only", topics=("privacy",), audiences=("researchers",))
    titles = _titles(client.get("/en/news/?topic=privacy&audience=parents").content.decode())
    assert "Privacy for parents" in titles
    assert "Privacy for researchers only" not in titles
    assert all(
        ArticlePage.objects.get(title=t, locale__language_code="en").topics.filter(slug="privacy").exists()
        for t in titles
    )


def test_every_demo_filter_shows_results(client: Client) -> None:
    from bik.news.demo import AUDIENCES, TOPICS
    from bik.news.models import Section

    for name, values in (("section", Section.values), ("topic", list(TOPICS)), ("audience", list(AUDIENCES))):
        for value in values:
            html = client.get(f"/en/news/?{name}={value}").content.decode()
            assert _titles(html), f"{name}={value} shows nothing"


def test_it_reports_unknown_filters_and_keeps_the_rest(client: Client) -> None:
    response = client.get("/en/news/?topic=no-such-topic&section=youth")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Select a valid choice" in html
    titles = _titles(html)
    assert titles
    assert all(ArticlePage.objects.get(title=t, locale__language_code="en").section == "youth" for t in titles)


def test_it_shows_topic_names_in_the_visitors_language(client: Client) -> None:
    html = client.get("/fr/news/?topic=privacy").content.decode()
    assert "Vie privée et données personnelles" in html
    assert _titles(html)


def test_it_never_lists_drafts(client: Client) -> None:
    add_article("A draft about privacy", topics=("privacy",), publish=False)
    assert "A draft about privacy" not in client.get("/en/news/?topic=privacy").content.decode()


def test_pagination_keeps_the_filters(client: Client) -> None:
    for number in range(13):
        add_article(f"Gaming news {number}", topics=("gaming",))
    html = client.get("/en/news/?topic=gaming").content.decode()
    assert 'href="?topic=gaming&amp;page=2" rel="next"' in html


def test_an_article_shows_its_section_author_and_topics(client: Client) -> None:
    article = ArticlePage.objects.get(locale__language_code="en", slug="spotting-misinformation-classroom-activity")
    html = client.get(article.url).content.decode()
    assert "Maria Papadopoulou" in html
    assert article.author_centre is not None
    assert article.author_centre.name in html
    assert '?section=awareness">Awareness</a>' in html
    assert '?topic=misinformation">Misinformation</a>' in html
    assert '?audience=teachers">Teachers and educators</a>' in html
