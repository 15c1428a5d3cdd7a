"""The pages of the community's blogs, meetings and competition are valid HTML (Nu HTML Checker)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from django.test import Client

from bik.accounts.models import User
from bik.community.blogs.models import BlogPost
from bik.community.competition.models import Round
from bik.community.meetings.models import Meeting
from tests.community.competition.conftest import move_to
from tests.conftest import Cast
from tests.events.vnu import html_errors

pytestmark = pytest.mark.django_db


def test_the_rooms_pages_are_valid_html(
    cast: Cast, client_for: Callable[[User], Client], client: Client, tmp_path: Path
) -> None:
    promoted = BlogPost.objects.exclude(promoted_at=None).first()
    assert promoted is not None
    meeting = Meeting.objects.filter(ends_at__gt=dt.datetime.now(dt.UTC)).first()
    past = Meeting.objects.filter(ends_at__lt=dt.datetime.now(dt.UTC)).first()
    open_round = Round.objects.get(title="Autumn 2026 resource competition")
    closed_round = Round.objects.get(title="Spring 2026 resource competition")
    voting_round = move_to(
        Round.objects.create(
            title="Voting",
            submissions_open_on=dt.date(2020, 1, 1),
            submissions_close_on=dt.date(2020, 1, 2),
            voting_close_on=dt.date(2020, 1, 3),
        ),
        opened_days_ago=15,
    )
    assert meeting is not None
    assert past is not None
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
