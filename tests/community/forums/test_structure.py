"""The five forums exist on every installation (their migration makes them; the demo's threads are tested in
tests/demo/test_forums.py)."""

from __future__ import annotations

import pytest

from bik.community.forums.models import Forum

pytestmark = pytest.mark.django_db


def test_the_four_communities_of_practice_and_a_general_forum_exist() -> None:
    assert list(Forum.objects.values_list("slug", flat=True)) == [
        "awareness-raising",
        "helplines",
        "hotlines",
        "youth-participation",
        "general",
    ]
