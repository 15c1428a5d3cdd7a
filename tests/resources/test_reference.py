"""The resource gallery's starter vocabularies (shared/reference/taxonomy.md), which `set_up_site` gives a new
deployment (bik/resources/reference.py): every test database has them, as a deployment does."""

from __future__ import annotations

import pytest
from django.test import Client
from wagtail.models import Locale

from bik.catalogue.models import Vocabulary
from bik.datafiles import read_data
from bik.pages.structure import set_up_site
from bik.resources.models import Resource, Topic
from bik.resources.reference import REFERENCE, VOCABULARIES
from tests.factories.resources import ResourceFactory

pytestmark = pytest.mark.django_db

TAXONOMY_COUNTS = {"topics": 20, "audiences": 7, "age_groups": 6, "types": 12}  # shared/reference/taxonomy.md


def _english(model: type[Vocabulary]) -> list[tuple[str, str]]:
    return list(model.objects.filter(locale=Locale.get_default()).values_list("slug", "name"))


def test_a_deployment_has_the_starter_terms_of_every_vocabulary_in_their_order() -> None:
    reference = read_data(REFERENCE)

    for key, model in VOCABULARIES.items():
        assert _english(model) == list(reference[key].items()), key
        assert len(reference[key]) == TAXONOMY_COUNTS[key], key
    assert "Resource vocabularies: 20 topics, 7 audiences, 6 age groups, 12 types." in set_up_site().reference


def test_setting_up_again_leaves_what_editors_changed() -> None:
    Topic.objects.filter(slug="big-data").delete()
    Topic.objects.filter(slug="gaming").update(name="Video games")
    before = {key: _english(model) for key, model in VOCABULARIES.items()}

    set_up_site()

    assert {key: _english(model) for key, model in VOCABULARIES.items()} == before
    assert not Topic.objects.filter(slug="big-data").exists()


def test_an_emptied_vocabulary_starts_again_from_the_reference_list() -> None:
    Resource.objects.all().delete()
    Topic.objects.all().delete()

    set_up_site()

    assert _english(Topic) == list(read_data(REFERENCE)["topics"].items())


def test_a_resource_on_a_starter_topic_is_filtered_by_it_in_the_visitors_language(client: Client) -> None:
    """A term no editor has translated reads in the interface's translation (bik/catalogue/terms.py)."""
    ResourceFactory.create(title="Stop the bullies", topics=[Topic.objects.get(slug="cyberbullying")])

    html = client.get("/fr/portal/resources/").content.decode()

    assert 'value="cyberbullying"' in html
    assert "Cyberharcèlement" in html
