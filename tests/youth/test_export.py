"""The self-service data export includes what the youth area and the moderation engine hold about a person:
the youth profile (pseudonym, year of birth, country, consent, about me), posts, comments and reports."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from django.test import Client

from bik.accounts.models import User
from bik.moderation import services as moderation
from bik.youth import services
from bik.youth.models import Post, Space, YouthProfile
from tests.conftest import Cast


@pytest.mark.django_db
def test_the_export_holds_the_youth_profile_posts_comments_and_reports(
    client_for: Callable[[User], Client], french_youth: User, published_post: Post, france: Space
) -> None:
    YouthProfile.objects.filter(user=french_youth).update(
        about="J'aime le dessin.", is_public=True, consent_status=YouthProfile.Consent.GIVEN
    )
    comment = services.submit_comment(french_youth, published_post, "Bonne idée !").obj
    other = services.submit_post(french_youth, france, kind="blog", title="Mon blog", body="Texte").obj
    moderation.report(french_youth, other.moderation, "spam", "Oups, un test.")

    response = client_for(french_youth).post("/en/account/export/")

    data = json.loads(response.content)
    youth = data["youth"]
    assert youth["profile"]["pseudonym"] == french_youth.public_name
    assert youth["profile"]["year_of_birth"] == 2010
    assert youth["profile"]["country"] == "FR"
    assert youth["profile"]["consent_status"] == "given"
    assert youth["profile"]["about"] == "J'aime le dessin."
    assert {post["title"] for post in youth["posts"]} == {"Hello", "Mon blog"}
    assert youth["comments"] == [
        {
            "on_post": "Hello",
            "text": "Bonne idée !",
            "status": comment.moderation.status,
            "statement_of_reasons": "",
            "created_at": comment.created_at.isoformat(),
        }
    ]
    assert data["moderation"]["reports_made"][0]["reason"] == "spam"
    assert data["moderation"]["reports_made"][0]["details"] == "Oups, un test."


@pytest.mark.django_db
def test_the_export_tells_an_author_about_decisions_and_sanctions(
    client_for: Callable[[User], Client], french_youth: User, published_post: Post, french_coordinator: User
) -> None:
    moderation.moderate(french_coordinator, published_post.moderation, "warn", "Mind the rules.")

    data = json.loads(client_for(french_youth).post("/en/account/export/").content)

    assert data["moderation"]["decisions_about_my_content"][0]["statement_of_reasons"] == "Mind the rules."
    assert data["moderation"]["sanctions"][0]["kind"] == "warning"
    assert data["youth"]["posts"][0]["statement_of_reasons"] == "Mind the rules."


@pytest.mark.django_db
def test_people_without_youth_or_moderation_data_get_no_empty_sections(
    cast: Cast, client_for: Callable[[User], Client]
) -> None:
    data = json.loads(client_for(cast.sic_member).post("/en/account/export/").content)

    assert "youth" not in data
    assert "moderation" not in data
    assert data["account"]["email"] == cast.sic_member.email
