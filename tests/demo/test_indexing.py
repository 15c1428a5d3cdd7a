"""While the demo loads, Wagtail's search and reference indexes are updated once per row, at the end, with what
the row holds then (a row is saved several times: created, revised, published, given its topics)."""

from __future__ import annotations

import pytest
from modelsearch.backends import get_search_backend

from bik.demo import indexing
from bik.resources.models import Resource
from tests.resources.helpers import add_resource

pytestmark = pytest.mark.django_db


def _found(words: str) -> list[int]:
    return [resource.pk for resource in get_search_backend().search(words, Resource)]


def test_rows_are_indexed_at_the_end_with_what_they_hold_then_and_deleted_ones_are_left_out() -> None:
    with indexing.updated_once_at_the_end():
        resource = add_resource("Kestrel handbook")
        resource.title = "Kestrel handbook for grandparents"
        resource.save()
        add_resource("Ephemeral leaflet").delete()
        assert _found("Kestrel") == [], "nothing is indexed while the demo loads"

    assert _found("grandparents") == [resource.pk]
    assert _found("Ephemeral") == []
