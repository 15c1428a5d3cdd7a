"""A young person's refused post names each error once (tests/pages/test_error_ids.py says why)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from bik.accounts.models import User
from bik.youth.models import Space
from tests.html_ids import id_problems

pytestmark = pytest.mark.django_db


def test_a_young_persons_refused_post_names_each_error_once(
    french_youth: User, france: Space, client_for: Callable[[User], Client]
) -> None:
    response = client_for(french_youth).post(f"/en/youth/spaces/{france.slug}/write/", {"kind": "", "title": ""})

    html = response.content.decode()
    assert 'class="field__error"' in html
    assert id_problems(html) == []
