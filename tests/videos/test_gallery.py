"""A visitor searches the video gallery and filters it by language, topic and age with a plain GET form."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from wagtail.models import Locale

from bik.videos.demo import AGE_GROUPS, TOPICS
from bik.videos.models import Video
from tests.videos.helpers import add_video

pytestmark = pytest.mark.django_db

GALLERY = "/en/portal/videos/"


def _titles(html: str) -> list[str]:
    return re.findall(r'<h3 class="video-card__title"><a href="[^"]+">([^<]+)</a></h3>', html)


def test_the_demo_gallery_lists_live_videos_newest_first(client: Client) -> None:
    html = client.get(GALLERY).content.decode()
    assert "20 videos" in html
    assert len(_titles(html)) == 12  # the first page


def test_it_filters_by_spoken_language(client: Client) -> None:
    titles = _titles(client.get(GALLERY, {"language": "el"}).content.decode())
    assert titles == ["Κυβερνοεκφοβισμός: τι μπορείς να κάνεις"]


def test_it_combines_topic_and_age_group(client: Client) -> None:
    add_video("Gaming for teens", topics=("gaming",), ages=("13-15",))
    add_video("Gaming for adults only", topics=("gaming",), ages=("adults",))
    titles = _titles(client.get(GALLERY, {"topic": "gaming", "age": "13-15"}).content.decode())
    assert "Gaming for teens" in titles
    assert "Gaming for adults only" not in titles
    for title in titles:
        video = Video.objects.get(title=title)
        assert video.topics.filter(slug="gaming").exists()
        assert video.age_groups.filter(slug="13-15").exists()


def test_it_searches_titles_and_descriptions_with_every_word(client: Client) -> None:
    add_video("Streaming safely", description="Tips about live chat for young streamers.")
    assert _titles(client.get(GALLERY, {"q": "live streamers"}).content.decode()) == ["Streaming safely"]
    assert _titles(client.get(GALLERY, {"q": "live nonexistentword"}).content.decode()) == []


def test_every_demo_topic_and_age_group_shows_results(client: Client) -> None:
    for name, values in (("topic", TOPICS), ("age", AGE_GROUPS)):
        for value in values:
            assert _titles(client.get(GALLERY, {name: value}).content.decode()), f"{name}={value} shows nothing"


def test_it_reports_an_unknown_filter_keeps_the_others_and_what_was_typed(client: Client) -> None:
    response = client.get(GALLERY, {"topic": "no-such-topic", "language": "fr", "q": "harcèlement"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Select a valid choice" in html
    assert 'value="harcèlement"' in html
    assert _titles(html) == ["Harcèlement en ligne : en parler"]


def test_it_never_lists_drafts(client: Client) -> None:
    draft = add_video("A draft video about gaming", topics=("gaming",), publish=False)
    assert "A draft video" not in client.get(GALLERY, {"topic": "gaming"}).content.decode()
    assert client.get(f"{GALLERY}{draft.slug}/").status_code == 404


def test_it_shows_terms_in_the_visitors_language(client: Client) -> None:
    html = client.get("/fr/portal/videos/", {"topic": "cyberbullying"}).content.decode()
    assert "Cyberharcèlement" in html
    assert _titles(html)


def test_it_shows_a_translation_instead_of_the_english_record(client: Client) -> None:
    english = add_video("Original title in English", topics=("privacy",))
    french = english.copy_for_translation(Locale.objects.get(language_code="fr"))
    french.title = "Titre traduit en français"
    french.save()
    french.save_revision().publish()
    titles = _titles(client.get("/fr/portal/videos/", {"topic": "privacy"}).content.decode())
    assert "Titre traduit en français" in titles
    assert "Original title in English" not in titles
    assert "Original title in English" in _titles(client.get(GALLERY, {"topic": "privacy"}).content.decode())


def test_pagination_keeps_the_filters(client: Client) -> None:
    for number in range(13):
        add_video(f"In English {number}", languages=("en",))
    html = client.get(GALLERY, {"language": "en"}).content.decode()
    assert 'href="?language=en&amp;page=2" rel="next"' in html


def test_an_out_of_range_page_shows_the_last_page(client: Client) -> None:
    response = client.get(GALLERY, {"page": "999"})
    assert response.status_code == 200
    assert "Page 2 of 2" in response.content.decode()
