"""Vocabulary terms read in the visitor's language: the editors' translated record where there is one, the
interface catalogue's translation of the English name otherwise — so the starter vocabularies are msgids the
translators cover in every language."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.utils import translation

from bik.catalogue import terms
from bik.resources.models import AgeGroup, Audience, ResourceType, Topic
from bik.videos.models import AgeGroup as VideoAgeGroup
from bik.videos.models import Topic as VideoTopic

pytestmark = pytest.mark.django_db


def test_every_starter_term_is_a_message_for_the_translators() -> None:
    with translation.override("en"):
        msgids = {str(term) for term in terms.STARTER_TERMS}
    for model in (Topic, AgeGroup, Audience, ResourceType, VideoTopic, VideoAgeGroup):
        names = set(model.objects.filter(locale__language_code="en").values_list("name", flat=True))
        assert names, model
        assert names <= msgids, (model.__name__, sorted(names - msgids))


@pytest.fixture
def catalogue(monkeypatch: pytest.MonkeyPatch) -> None:
    """A stand-in for the catalogues being written: every vocabulary message comes back marked with the
    active language."""

    def fake_pgettext(context: str, message: str) -> Any:
        assert context == terms.CONTEXT
        return f"{translation.get_language()}:{message}"

    monkeypatch.setattr(terms, "pgettext", fake_pgettext)


def test_a_language_without_term_records_reads_the_catalogue(client: Client, catalogue: None) -> None:
    html = client.get("/it/portal/resources/").content.decode()
    assert "it:Cyberbullying" in html
    assert "it:Parents and carers" in html
    assert "it:9–12" in html


def test_a_language_with_term_records_reads_them(client: Client, catalogue: None) -> None:
    html = client.get("/fr/portal/resources/").content.decode()
    assert "Cyberharcèlement" in html
    assert "fr:" not in html


def test_the_video_gallery_filters_read_the_catalogue_too(client: Client, catalogue: None) -> None:
    html = client.get("/pl/portal/videos/").content.decode()
    assert "pl:Cyberbullying" in html
