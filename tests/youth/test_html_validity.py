"""The coordinators' pages, the picked resources, the "about me" editor and the decisions page are valid HTML
according to the Nu HTML Checker, including forms shown again with errors; so is the decision email."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.core import mail
from django.core.mail import EmailMultiAlternatives
from django.test import Client

from bik.accounts.models import User
from bik.moderation import services as moderation
from bik.youth import coordination, services
from bik.youth.models import LearningModule, Lesson, Space, YouthProfile
from tests.events.vnu import html_errors
from tests.factories.resources import ResourceFactory
from tests.factories.youth import MeetingFactory


@pytest.mark.django_db
def test_the_new_youth_pages_are_valid_html(
    client_for: Callable[[User], Client],
    french_coordinator: User,
    french_youth: User,
    france: Space,
    tmp_path: Path,
    django_capture_on_commit_callbacks: Callable[..., Any],
) -> None:
    module = LearningModule.objects.create(space=france, title="Mots de passe", is_published=False)
    Lesson.objects.create(module=module, title="Longueur", body="Plus long, c'est mieux.")
    meeting = MeetingFactory.create(space=france)
    resource = ResourceFactory.create(title="Passwords in five questions")
    coordination.pick(french_coordinator, france, resource.pk, "Une note")
    post = services.submit_post(french_youth, france, kind="blog", title="Salut", body="Bonjour").item
    with django_capture_on_commit_callbacks(execute=True):
        moderation.moderate(french_coordinator, post, "hide", "Hors sujet.")
    profile = YouthProfile.objects.get(user=french_youth)
    coordinator, member = client_for(french_coordinator), client_for(french_youth)
    pages = {
        url: client.get(url).content
        for client, url in (
            (coordinator, "/en/youth/spaces/fr/"),
            (coordinator, "/en/youth/spaces/fr/coordinate/"),
            (coordinator, "/en/youth/spaces/fr/coordinate/meetings/new/"),
            (coordinator, f"/en/youth/spaces/fr/coordinate/meetings/{meeting.pk}/"),
            (coordinator, f"/en/youth/spaces/fr/coordinate/meetings/{meeting.pk}/cancel/"),
            (coordinator, "/en/youth/spaces/fr/coordinate/modules/new/"),
            (coordinator, f"/en/youth/spaces/fr/coordinate/modules/{module.pk}/"),
            (coordinator, "/en/youth/spaces/fr/coordinate/resources/?q=a"),
            (coordinator, "/en/youth/spaces/fr/meetings/"),
            (member, "/en/youth/spaces/fr/resources/"),
            (member, f"/en/youth/members/{profile.pk}/"),
            (member, "/en/moderation/reports/"),
        )
    }
    pages["meeting-errors"] = coordinator.post(
        "/en/youth/spaces/fr/coordinate/meetings/new/", {"title": "", "join_url": "http://x.example"}
    ).content
    pages["module-errors"] = coordinator.post(
        "/en/youth/spaces/fr/coordinate/modules/new/",
        {"title": "", "is_published": "on", "lessons-TOTAL_FORMS": "1", "lessons-INITIAL_FORMS": "0",
         "lessons-0-title": "Sans texte", "questions-TOTAL_FORMS": "0", "questions-INITIAL_FORMS": "0"},
    ).content  # fmt: skip
    pages["about-errors"] = member.post(f"/en/youth/members/{profile.pk}/", {"about": "x" * 300}).content
    decision = mail.outbox[0]
    assert isinstance(decision, EmailMultiAlternatives)
    pages["decision-email"] = str(decision.alternatives[0][0]).encode()

    errors = html_errors(pages, tmp_path)
    assert errors == [], "\n".join(errors)
