"""A visitor browses the news by section, topic and audience with plain links and a GET form."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from django.utils import translation
from django.utils.translation import pgettext

from bik.network.models import Centre
from bik.news.models import Section
from tests.factories.catalogue import translate_term
from tests.factories.news import ArticleFactory, AudienceFactory, TopicFactory

pytestmark = pytest.mark.django_db


def _titles(html: str) -> list[str]:
    return re.findall(r'<h3><a href="[^"]+">([^<]+)</a></h3>', html)


def test_it_filters_by_section(client: Client) -> None:
    ArticleFactory.create(title="A year at the hotlines", section="hotlines", aliases=False)
    ArticleFactory.create(title="Hotlines and helplines together", section="hotlines", aliases=False)
    ArticleFactory.create(title="A youth panel meets", section="youth", aliases=False)

    html = client.get("/en/news/?section=hotlines").content.decode()

    assert sorted(_titles(html)) == ["A year at the hotlines", "Hotlines and helplines together"]


def test_it_filters_by_topic_and_audience_together(client: Client) -> None:
    privacy = TopicFactory.create(name="Privacy")
    parents, researchers = AudienceFactory.create(name="Parents"), AudienceFactory.create(name="Researchers")
    ArticleFactory.create(title="Privacy for parents", topics=[privacy], audiences=[parents], aliases=False)
    ArticleFactory.create(
        title="Privacy for researchers only", topics=[privacy], audiences=[researchers], aliases=False
    )
    ArticleFactory.create(title="Parents without privacy", audiences=[parents], aliases=False)

    titles = _titles(client.get("/en/news/?topic=privacy&audience=parents").content.decode())

    assert titles == ["Privacy for parents"]


def test_every_filter_value_shows_its_articles(client: Client) -> None:
    """Every section, topic and audience offered has a list of its own: the articles tagged with it, no other."""
    topics = [TopicFactory.create(name="Gaming"), TopicFactory.create(name="Privacy")]
    audiences = [AudienceFactory.create(name="Parents"), AudienceFactory.create(name="Teachers")]
    expected: dict[tuple[str, str], set[str]] = {}
    for position, section in enumerate(Section.values):
        topic, audience = topics[position % 2], audiences[position // 2 % 2]
        title = f"From the {section} desk"
        ArticleFactory.create(title=title, section=section, topics=[topic], audiences=[audience], aliases=False)
        for key in (("section", section), ("topic", topic.slug), ("audience", audience.slug)):
            expected.setdefault(key, set()).add(title)

    for (name, value), titles in expected.items():
        html = client.get(f"/en/news/?{name}={value}").content.decode()
        assert set(_titles(html)) == titles, f"{name}={value}"
    assert len(expected) == len(Section.values) + 4


def test_it_reports_unknown_filters_and_keeps_the_rest(client: Client) -> None:
    ArticleFactory.create(title="A youth panel meets", section="youth", aliases=False)
    ArticleFactory.create(title="A year at the hotlines", section="hotlines", aliases=False)

    response = client.get("/en/news/?topic=no-such-topic&section=youth")

    html = response.content.decode()
    assert response.status_code == 200
    assert "Select a valid choice" in html
    assert _titles(html) == ["A youth panel meets"]


def test_it_shows_topic_names_in_the_visitors_language(client: Client) -> None:
    privacy = TopicFactory.create(name="Privacy and personal data", slug="privacy")
    translate_term(privacy, "fr", "Vie privée et données personnelles")
    ArticleFactory.create(title="Privacy settings explained", topics=[privacy])

    html = client.get("/fr/news/?topic=privacy").content.decode()

    assert "Vie privée et données personnelles" in html
    assert _titles(html) == ["Privacy settings explained"]


def test_a_topic_editors_have_not_translated_reads_as_the_interface_names_it(client: Client) -> None:
    """As in the resource gallery: the filter and the article's tags use the catalogue's name for a starter term."""
    ai = TopicFactory.create(name="Artificial intelligence", slug="artificial-intelligence")
    ArticleFactory.create(title="Chatbots and children", topics=[ai])
    with translation.override("pl"):
        polish = pgettext("vocabulary term", "Artificial intelligence")
    assert polish != "Artificial intelligence"

    html = client.get("/pl/news/").content.decode()

    assert f'<option value="artificial-intelligence">{polish}</option>' in html
    assert f">{polish}</a>" in html  # the article's tag
    assert "Artificial intelligence" not in html


def test_it_never_lists_drafts(client: Client) -> None:
    privacy = TopicFactory.create(name="Privacy")
    ArticleFactory.create(title="Published about privacy", topics=[privacy], aliases=False)
    ArticleFactory.create(title="A draft about privacy", topics=[privacy], aliases=False, publish=False)

    html = client.get("/en/news/?topic=privacy").content.decode()

    assert _titles(html) == ["Published about privacy"]


def test_pagination_keeps_the_filters(client: Client) -> None:
    gaming = TopicFactory.create(name="Gaming")
    for number in range(13):
        ArticleFactory.create(title=f"Gaming news {number}", topics=[gaming], aliases=False)
    html = client.get("/en/news/?topic=gaming").content.decode()
    assert 'href="?topic=gaming&amp;page=2" rel="next"' in html


def test_an_article_shows_its_section_author_and_topics(client: Client) -> None:
    centre = Centre.objects.get(country="GR")
    article = ArticleFactory.create(
        title="Spotting misinformation: a classroom activity",
        section="awareness",
        topics=[TopicFactory.create(name="Misinformation")],
        audiences=[AudienceFactory.create(name="Teachers and educators", slug="teachers")],
        author_name="Maria Papadopoulou",
        author_centre=centre,
        aliases=False,
    )

    html = client.get(article.url).content.decode()

    assert "Maria Papadopoulou" in html
    assert centre.name in html
    assert '?section=awareness">Awareness</a>' in html
    assert '?topic=misinformation">Misinformation</a>' in html
    assert '?audience=teachers">Teachers and educators</a>' in html
