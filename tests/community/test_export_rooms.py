"""A member's data export holds what they wrote and did in the community's rooms: blog posts and comments,
meeting answers and uploaded documents, competition entries and votes — and nothing of anyone else's."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from bik.accounts.models import User
from bik.community.blogs import services as blogs
from bik.community.competition import services as competition
from bik.community.meetings import services as meetings
from tests.community.blogs.helpers import make_member
from tests.community.competition.conftest import make_round, move_to
from tests.community.meetings.conftest import PDF, details
from tests.conftest import Cast

pytestmark = pytest.mark.django_db


def _export(client_for: Callable[[User], Client], user: User) -> dict[str, Any]:
    response = client_for(user).post("/en/account/export/")
    assert response.status_code == 200
    data: dict[str, Any] = response.json()
    return data


def test_the_export_holds_the_members_blog_posts_and_comments(cast: Cast, client_for: Callable[[User], Client]) -> None:
    colleague = make_member("camille@cast.example", "FR")
    post = blogs.create_post(
        colleague,
        title="Lessons from our campaign",
        summary="What worked.",
        body="<p>Chat hours.</p>",
        tags="",
        strand="",
    )
    blogs.add_comment(cast.sic_member, post, "We saw the same evening peak.")

    mine = _export(client_for, cast.sic_member)["community_blogs"]
    assert mine == {
        "posts": [],
        "comments": [
            {
                "on_post": "Lessons from our campaign",
                "text": "We saw the same evening peak.",
                "written_at": mine["comments"][0]["written_at"],
                "moderation_status": "published",
            }
        ],
    }
    theirs = _export(client_for, colleague)["community_blogs"]
    assert [p["title"] for p in theirs["posts"]] == ["Lessons from our campaign"]
    assert theirs["posts"][0]["html"] == "<p>Chat hours.</p>"
    assert theirs["comments"] == []


def test_the_export_holds_meeting_answers_and_uploaded_documents(
    cast: Cast, client_for: Callable[[User], Client]
) -> None:
    meeting = meetings.create_meeting(cast.network_admin, details(title="Spring network meeting"))
    meetings.answer(cast.sic_member, meeting, "maybe")
    upload = SimpleUploadedFile("minutes.pdf", PDF, content_type="application/pdf")
    meetings.add_document(cast.network_admin, meeting, title="Minutes", upload=upload)

    member = _export(client_for, cast.sic_member)["community_meetings"]
    assert [(a["meeting"], a["answer"]) for a in member["answers"]] == [("Spring network meeting", "maybe")]
    assert member["documents_uploaded"] == []
    admin = _export(client_for, cast.network_admin)["community_meetings"]
    assert admin["answers"] == []
    assert [d["title"] for d in admin["documents_uploaded"]] == ["Minutes"]


def test_the_export_holds_competition_entries_and_the_votes_the_member_cast(
    cast: Cast, client_for: Callable[[User], Client]
) -> None:
    french = make_member("camille@cast.example", "FR")
    german = make_member("jonas@cast.example", "DE")
    competition_round = make_round(cast.network_admin, title="Spring round")
    entry = competition.submit_entry(french, competition_round, title="Misinformation kit", description="Slides.")
    move_to(competition_round, opened_days_ago=15)
    competition.cast_vote(german, competition_round, entry)

    submitted = _export(client_for, french)["community_competition"]
    assert [e["title"] for e in submitted["entries_submitted"]] == ["Misinformation kit"]
    assert submitted["votes_cast"] == []
    voted = _export(client_for, german)["community_competition"]
    assert voted["entries_submitted"] == []
    assert voted["votes_cast"][0]["for_entry"] == "Misinformation kit"
    assert voted["votes_cast"][0]["round"] == "Spring round"


def test_a_member_who_did_nothing_in_the_rooms_gets_no_empty_sections(
    cast: Cast, client_for: Callable[[User], Client]
) -> None:
    data = _export(client_for, make_member("lotte@cast.example", "BE"))
    assert not {"community_blogs", "community_meetings", "community_competition"} & set(data)
