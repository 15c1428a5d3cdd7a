"""Vocabulary terms read in the visitor's language: the editors' translated record where there is one, the
interface catalogue's translation of the English name otherwise — so the starter vocabularies are msgids the
translators cover in every language."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.utils import translation

from bik.catalogue import terms
from bik.resources import demo as resources_data
from bik.videos import demo as videos_data
from tests.factories import videos
from tests.factories.resources import ResourceFactory
from tests.resources.conftest import Terms

pytestmark = pytest.mark.django_db


def test_every_starter_term_is_a_message_for_the_translators() -> None:
    """The starter vocabularies are those of the demo's data files (bik/demo/data/), which a new site starts
    from: each English name is a message of the catalogue."""
    with translation.override("en"):
        msgids = {str(term) for term in terms.STARTER_TERMS}
    for vocabulary, starter in (
        ("resource topics", resources_data.TOPICS),
        ("resource age groups", resources_data.AGE_GROUPS),
        ("resource audiences", resources_data.AUDIENCES),
        ("resource types", resources_data.TYPES),
        ("video topics", videos_data.TOPICS),
        ("video age groups", videos_data.AGE_GROUPS),
    ):
        names = {english for english, *_translations in starter.values()}
        assert names, vocabulary
        assert names <= msgids, (vocabulary, sorted(names - msgids))


@pytest.fixture
def catalogue(monkeypatch: pytest.MonkeyPatch) -> None:
    """A stand-in for the catalogues being written: every vocabulary message comes back marked with the
    active language."""

    def fake_pgettext(context: str, message: str) -> Any:
        assert context == terms.CONTEXT
        return f"{translation.get_language()}:{message}"

    monkeypatch.setattr(terms, "pgettext", fake_pgettext)


@pytest.fixture
def tagged(terms: Terms) -> None:
    """A resource of the gallery tagged with a term of each vocabulary (translated into French and Greek only)."""
    ResourceFactory.create(
        topics=[terms.topics["cyberbullying"]],
        age_groups=[terms.ages["9-12"]],
        audiences=[terms.audiences["parents"]],
        types=[terms.types["guide"]],
    )


@pytest.mark.usefixtures("tagged")
def test_a_language_without_term_records_reads_the_catalogue(client: Client, catalogue: None) -> None:
    html = client.get("/it/portal/resources/").content.decode()
    assert "it:Cyberbullying" in html
    assert "it:Parents and carers" in html
    assert "it:9–12" in html


@pytest.mark.usefixtures("tagged")
def test_a_language_with_term_records_reads_them(client: Client, catalogue: None) -> None:
    html = client.get("/fr/portal/resources/").content.decode()
    assert "Cyberharcèlement" in html
    assert "fr:" not in html


def test_the_video_gallery_filters_read_the_catalogue_too(client: Client, catalogue: None) -> None:
    videos.VideoFactory.create(topics=[videos.TopicFactory.create(name="Cyberbullying")])
    html = client.get("/pl/portal/videos/").content.decode()
    assert "pl:Cyberbullying" in html
