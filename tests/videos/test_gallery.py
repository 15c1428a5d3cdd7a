"""A visitor searches the video gallery and filters it by language, topic and age with a plain GET form."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from wagtail.models import Locale

from bik.videos.models import Video
from tests.factories.catalogue import translate_term
from tests.factories.videos import AgeGroupFactory, TopicFactory, VideoFactory, live_videos_in_bulk

pytestmark = pytest.mark.django_db

GALLERY = "/en/portal/videos/"


def _titles(html: str) -> list[str]:
    return re.findall(r'<h3 class="video-card__title"><a href="[^"]+">([^<]+)</a></h3>', html)


def test_the_gallery_lists_live_videos_newest_first(client: Client) -> None:
    for number in range(1, 14):
        VideoFactory.create(title=f"Published {number}")  # one after the other: "Published 13" is the newest
    VideoFactory.create(title="A draft video", publish=False)
    html = client.get(GALLERY).content.decode()
    assert "13 videos" in html
    assert _titles(html) == [f"Published {number}" for number in range(13, 1, -1)]  # the first page


def test_it_filters_by_spoken_language(client: Client) -> None:
    VideoFactory.create(title="Κυβερνοεκφοβισμός: τι μπορείς να κάνεις", languages=("el",))
    VideoFactory.create(title="In English and Irish", languages=("en", "ga"))
    titles = _titles(client.get(GALLERY, {"language": "el"}).content.decode())
    assert titles == ["Κυβερνοεκφοβισμός: τι μπορείς να κάνεις"]


def test_it_combines_topic_and_age_group(client: Client) -> None:
    gaming, privacy = TopicFactory.create(name="Gaming"), TopicFactory.create(name="Privacy")
    teens, adults = AgeGroupFactory.create(name="13–15", slug="13-15"), AgeGroupFactory.create(name="Adults")
    VideoFactory.create(title="Gaming for teens", topics=[gaming], age_groups=[teens])
    VideoFactory.create(title="Gaming for adults only", topics=[gaming], age_groups=[adults])
    VideoFactory.create(title="Privacy for teens", topics=[privacy], age_groups=[teens])
    titles = _titles(client.get(GALLERY, {"topic": "gaming", "age": "13-15"}).content.decode())
    assert titles == ["Gaming for teens"]
    for title in titles:
        video = Video.objects.get(title=title)
        assert video.topics.filter(slug="gaming").exists()
        assert video.age_groups.filter(slug="13-15").exists()


def test_it_searches_titles_and_descriptions_with_every_word(client: Client) -> None:
    VideoFactory.create(title="Streaming safely", description="Tips about live chat for young streamers.")
    VideoFactory.create(title="Live and well", description="Young people talk about their screen time.")
    assert _titles(client.get(GALLERY, {"q": "live streamers"}).content.decode()) == ["Streaming safely"]
    assert _titles(client.get(GALLERY, {"q": "live nonexistentword"}).content.decode()) == []


def test_every_topic_and_age_group_shows_its_videos(client: Client) -> None:
    topics = [TopicFactory.create(name=name) for name in ("Cyberbullying", "Sexting", "Grooming")]
    ages = [AgeGroupFactory.create(name=name, slug=slug) for name, slug in (("6–8", "6-8"), ("Adults", "adults"))]
    for topic in topics:
        VideoFactory.create(title=f"About {topic.name}", topics=[topic])
    for age in ages:
        VideoFactory.create(title=f"For {age.name}", age_groups=[age])
    for name, terms, title in (("topic", topics, "About {}"), ("age", ages, "For {}")):
        for term in terms:
            shown = _titles(client.get(GALLERY, {name: term.slug}).content.decode())
            assert shown == [title.format(term.name)], f"{name}={term.slug}"


def test_it_reports_an_unknown_filter_keeps_the_others_and_what_was_typed(client: Client) -> None:
    VideoFactory.create(title="Harcèlement en ligne : en parler", languages=("fr",))
    VideoFactory.create(title="Le harcèlement expliqué aux parents", languages=("en",))
    VideoFactory.create(title="Parler des écrans", languages=("fr",))
    response = client.get(GALLERY, {"topic": "no-such-topic", "language": "fr", "q": "harcèlement"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Select a valid choice" in html
    assert 'value="harcèlement"' in html
    assert _titles(html) == ["Harcèlement en ligne : en parler"]


def test_it_never_lists_drafts(client: Client) -> None:
    gaming = TopicFactory.create(name="Gaming")
    VideoFactory.create(title="A live video about gaming", topics=[gaming])
    draft = VideoFactory.create(title="A draft video about gaming", topics=[gaming], publish=False)
    assert _titles(client.get(GALLERY, {"topic": "gaming"}).content.decode()) == ["A live video about gaming"]
    assert client.get(f"{GALLERY}{draft.slug}/").status_code == 404


def test_it_shows_terms_in_the_visitors_language(client: Client) -> None:
    cyberbullying = TopicFactory.create(name="Cyberbullying")
    translate_term(cyberbullying, "fr", "Cyberharcèlement")
    VideoFactory.create(title="Stop, block, tell", topics=[cyberbullying])
    html = client.get("/fr/portal/videos/", {"topic": "cyberbullying"}).content.decode()
    assert "Cyberharcèlement" in html
    assert "Cyberbullying" not in html
    assert _titles(html) == ["Stop, block, tell"]


def test_it_shows_a_translation_instead_of_the_english_record(client: Client) -> None:
    english = VideoFactory.create(title="Original title in English", topics=[TopicFactory.create(name="Privacy")])
    french = english.copy_for_translation(Locale.objects.get(language_code="fr"))
    french.title = "Titre traduit en français"
    french.save()
    french.save_revision().publish()
    titles = _titles(client.get("/fr/portal/videos/", {"topic": "privacy"}).content.decode())
    assert "Titre traduit en français" in titles
    assert "Original title in English" not in titles
    assert "Original title in English" in _titles(client.get(GALLERY, {"topic": "privacy"}).content.decode())


def test_pagination_keeps_the_filters(client: Client) -> None:
    live_videos_in_bulk(13, languages=("en",))
    html = client.get(GALLERY, {"language": "en"}).content.decode()
    assert 'href="?language=en&amp;page=2" rel="next"' in html


def test_an_out_of_range_page_shows_the_last_page(client: Client) -> None:
    live_videos_in_bulk(13)  # twelve a page: "Bulk video 12", the oldest, is alone on the second
    response = client.get(GALLERY, {"page": "999"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Page 2 of 2" in html
    assert _titles(html) == ["Bulk video 12"]
