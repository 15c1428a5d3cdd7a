"""A young person's refused post names each error once (tests/pages/test_error_ids.py says why)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from bik.accounts.models import User
from bik.youth.models import Post, Space
from tests.conftest import Cast
from tests.html_ids import id_problems

pytestmark = pytest.mark.django_db


def test_a_young_persons_refused_post_names_each_error_once(
    french_youth: User, france: Space, client_for: Callable[[User], Client]
) -> None:
    response = client_for(french_youth).post(f"/en/youth/spaces/{france.slug}/write/", {"kind": "", "title": ""})

    html = response.content.decode()
    assert html.count('class="field__error"') == 3  # the kind of post too, in its fieldset
    assert '<fieldset class="field field--error" aria-describedby="id_kind_error">' in html
    assert id_problems(html) == []


def test_a_report_sent_without_a_reason_names_its_error_once(
    published_post: Post, french_coordinator: User, client_for: Callable[[User], Client]
) -> None:
    """The report form (anything a young person posts can be reported) and the moderator's decision share the
    one field template."""
    item = published_post.moderation_id
    reporter = client_for(french_coordinator)

    report = reporter.post(f"/en/moderation/items/{item}/report/", {"reason": "", "details": "Kept"}).content.decode()
    decision = reporter.post(f"/en/moderation/items/{item}/", {"action": "", "reason": ""}).content.decode()

    assert 'class="field__error"' in report
    assert "Kept</textarea>" in report  # what was typed is kept
    assert '<fieldset class="field field--error" aria-describedby="id_reason_error">' in report
    assert 'aria-describedby="id_action_error"' in decision
    assert id_problems(report) == []
    assert id_problems(decision) == []


def test_a_consultation_opened_with_mistakes_names_its_help_and_errors_once(
    cast: Cast, client_for: Callable[[User], Client]
) -> None:
    """Young people's panels' forms for adults use the same template: a network admin's mistaken consultation
    shows each help text where the field's aria-describedby points, and each error once."""
    response = client_for(cast.network_admin).post(
        "/en/consultations/manage/new/", {"question": "Phones at school?", "kind": "", "languages": ["en"]}
    )

    html = response.content.decode()
    assert response.status_code == 400
    assert 'id="id_languages_helptext"' in html
    assert '<fieldset class="field field--error" aria-describedby="id_kind_error">' in html
    assert "Phones at school?" in html  # what was typed is kept
    assert id_problems(html) == []
