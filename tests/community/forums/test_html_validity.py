"""Every forum page is valid HTML according to the Nu HTML Checker, including forms shown again with errors."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from bik.accounts.models import User
from bik.community.forums import services
from bik.community.forums.models import Forum, Thread
from tests.community.forums.conftest import PDF_BYTES
from tests.conftest import Cast
from tests.events.vnu import html_errors

pytestmark = pytest.mark.django_db


def test_the_forum_pages_are_valid_html(
    cast: Cast,
    client_for: Callable[[User], Client],
    thread: Thread,
    colleague: User,
    helplines: Forum,
    tmp_path: Path,
) -> None:
    upload = SimpleUploadedFile("notes.pdf", PDF_BYTES, content_type="application/pdf")
    reply = services.reply(
        colleague, thread, "<p>See <a href='https://example.org'>this</a></p>", [upload], notify=False
    )
    services.edit_post(colleague, reply, "Changed <em>text</em>")
    services.follow_forum(colleague, helplines)
    member, moderator = client_for(colleague), client_for(cast.moderator)
    thread_url = f"/en/community/forums/threads/{thread.pk}/"
    pages = {
        url: client.get(url).content
        for client, url in (
            (member, "/en/community/forums/"),
            (member, "/en/community/forums/helplines/"),
            (member, "/en/community/forums/helplines/new/"),
            (member, f"{thread_url}?page=1"),
            (moderator, f"{thread_url}?page=1"),
            (member, f"{thread_url}reply/?quote={thread.posts.get(position=1).pk}"),
            (member, f"/en/community/forums/posts/{reply.pk}/edit/"),
            (member, f"/en/community/forums/posts/{reply.pk}/history/"),
            (member, "/en/community/forums/search/?q=see"),
            (member, "/en/community/forums/search/?q=x"),
            (member, "/en/community/forums/preferences/"),
        )
    }
    pages["new thread with errors"] = member.post(
        "/en/community/forums/helplines/new/", {"title": "", "body": ""}
    ).content
    pages["reply with errors"] = member.post(f"{thread_url}reply/", {"body": ""}).content
    moderator.post(f"{thread_url}moderate/", {"action": "lock"})
    pages["locked thread"] = member.get(f"{thread_url}?page=1").content
    pages["locked reply"] = member.get(f"{thread_url}reply/").content

    assert html_errors(pages, tmp_path) == []
