"""The pages of the community's blogs, meetings and competition are valid HTML (Nu HTML Checker)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from bik.accounts.models import User
from bik.community.blogs import services as blogs
from bik.community.blogs.models import BlogPost
from bik.community.meetings import services as meetings
from tests.community.meetings.conftest import PDF
from tests.conftest import Cast
from tests.events.vnu import html_errors
from tests.factories.community import CommunityMeetingFactory, EntryFactory, RoundFactory, VoteFactory

pytestmark = pytest.mark.django_db


def test_the_rooms_pages_are_valid_html(
    cast: Cast, client_for: Callable[[User], Client], client: Client, tmp_path: Path, post: BlogPost
) -> None:
    blogs.add_comment(cast.sic_member, post, "We saw the same evening peak.")
    blogs.promote_to_news(cast.editor, post, notify_author=False)
    promoted = BlogPost.objects.get(pk=post.pk)
    meeting = CommunityMeetingFactory.create(title="Training: supporting victims of sextortion")
    upload = SimpleUploadedFile("minutes.pdf", PDF, content_type="application/pdf")
    meetings.add_document(cast.network_admin, meeting, title="Minutes", upload=upload)
    meetings.answer(cast.sic_member, meeting, "yes")
    past = CommunityMeetingFactory.create(days=-30, title="Autumn network meeting", place="Brussels")
    open_round = RoundFactory.create(title="Autumn resource competition")
    EntryFactory.create(round=open_round, country="BE")
    EntryFactory.create(round=open_round, country="FR")
    closed_round = RoundFactory.create(opened_days_ago=30, title="Spring resource competition")
    winner = EntryFactory.create(round=closed_round, country="BE", title="A sextortion card game", is_featured=True)
    EntryFactory.create(round=closed_round, country="FR")
    VoteFactory.create(entry=winner, country="DE")
    VoteFactory.create(entry=winner, country="IT")
    voting_round = RoundFactory.create(opened_days_ago=15, title="Voting")
    member_urls = [
        "/en/community/blogs/",
        "/en/community/blogs/new/",
        promoted.get_absolute_url(),
        f"/en/community/blogs/authors/{promoted.author_id}/",
        "/en/community/meetings/",
        "/en/community/meetings/past/",
        meeting.get_absolute_url(),
        past.get_absolute_url(),
        "/en/community/competition/",
        open_round.get_absolute_url(),
        closed_round.get_absolute_url(),
        voting_round.get_absolute_url(),
    ]
    admin_urls = [
        "/en/community/meetings/new/",
        f"/en/community/meetings/{meeting.pk}/edit/",
        "/en/community/competition/new/",
        closed_round.get_absolute_url(),
        promoted.get_absolute_url(),
    ]
    pages: dict[str, bytes] = {"/en/competition/winners/": client.get("/en/competition/winners/").content}
    for who, urls in (("member", member_urls), ("admin", admin_urls)):
        browser = client_for(cast.sic_member if who == "member" else cast.network_admin)
        for url in urls:
            response = browser.get(url)
            assert response.status_code == 200, url
            pages[f"{who} {url}"] = response.content
    errors = html_errors(pages, tmp_path)
    assert errors == [], "\n".join(errors)
