"""Unread markers, jumping to the first unread post, pagination, search within the forums, and what a
moderator's decision takes out of every list."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from bik.accounts.models import User
from bik.community.forums import services
from bik.community.forums.models import POSTS_PER_PAGE, Forum, Thread
from bik.moderation import services as moderation
from bik.moderation.models import Action
from tests.conftest import Cast

pytestmark = pytest.mark.django_db


def _row(listing: str, title: str) -> str:
    start = listing.index(title)
    return listing[listing.rfind("<li", 0, start) : listing.index("</li>", start)]


def test_threads_with_posts_after_the_last_read_show_new(
    cast: Cast, client_for: Callable[[User], Client], thread: Thread, colleague: User
) -> None:
    reader = client_for(colleague)
    listing = reader.get("/en/community/forums/helplines/").content.decode()
    assert "New" in _row(listing, "Peer support for sextortion victims")

    reader.get(f"/en/community/forums/threads/{thread.pk}/?page=1")
    listing = reader.get("/en/community/forums/helplines/").content.decode()
    assert "New" not in _row(listing, "Peer support for sextortion victims")

    services.reply(cast.sic_member, thread, "A new answer", notify=False)
    listing = reader.get("/en/community/forums/helplines/").content.decode()
    assert "New" in _row(listing, "Peer support for sextortion victims")


def test_opening_a_thread_jumps_to_the_first_unread_post(
    cast: Cast, client_for: Callable[[User], Client], thread: Thread, colleague: User
) -> None:
    for number in range(2, POSTS_PER_PAGE + 3):  # posts 2 … 22: two pages
        services.reply(colleague, thread, f"Answer {number}", notify=False)
    services.mark_read(cast.sic_member, thread, POSTS_PER_PAGE + 1)
    client = client_for(cast.sic_member)

    response = client.get(f"/en/community/forums/threads/{thread.pk}/")

    assert response.status_code == 302
    assert response["Location"] == f"/en/community/forums/threads/{thread.pk}/?page=2#post-{POSTS_PER_PAGE + 2}"
    page = client.get(response["Location"]).content.decode()
    assert f'id="post-{POSTS_PER_PAGE + 2}"' in page
    assert "forum-post--new" in page.split(f'id="post-{POSTS_PER_PAGE + 2}"')[0].rsplit("<article", 1)[1]
    # Everything is read now: the thread opens at its start.
    assert client.get(f"/en/community/forums/threads/{thread.pk}/").status_code == 200


def test_thread_pages_hold_twenty_posts(
    cast: Cast, client_for: Callable[[User], Client], thread: Thread, colleague: User
) -> None:
    for number in range(2, 26):
        services.reply(colleague, thread, f"Answer number {number}.", notify=False)
    client = client_for(cast.sic_member)

    first = client.get(f"/en/community/forums/threads/{thread.pk}/?page=1").content.decode()
    second = client.get(f"/en/community/forums/threads/{thread.pk}/?page=2").content.decode()

    assert first.count('<article class="forum-post') == 20
    assert second.count('<article class="forum-post') == 5
    assert "Page 1 of 2" in first
    assert "Answer number 25." in second
    assert client.get(f"/en/community/forums/threads/{thread.pk}/?page=99").status_code == 200
    assert client.get(f"/en/community/forums/threads/{thread.pk}/?page=abc").status_code == 200


def test_a_hidden_reply_disappears_for_members_and_from_the_counters(
    cast: Cast, client_for: Callable[[User], Client], thread: Thread, colleague: User, helplines: Forum
) -> None:
    useful = services.reply(colleague, thread, "Useful reply", notify=False)
    hidden = services.reply(colleague, thread, "Rude reply", notify=False)
    helplines.refresh_from_db()
    posts_before = helplines.post_count

    moderation.moderate(cast.moderator, hidden.moderation, Action.HIDE, "Rude")

    thread.refresh_from_db()
    helplines.refresh_from_db()
    assert (thread.reply_count, thread.last_post_id) == (1, useful.pk)
    assert helplines.post_count == posts_before - 1
    member_page = client_for(cast.sic_member).get(f"/en/community/forums/threads/{thread.pk}/?page=1")
    assert "Rude reply" not in member_page.content.decode()
    assert "Useful reply" in member_page.content.decode()
    assert (
        "Rude reply"
        not in client_for(colleague).get(f"/en/community/forums/threads/{thread.pk}/?page=1").content.decode()
    )
    moderator_page = client_for(cast.moderator).get(f"/en/community/forums/threads/{thread.pk}/?page=1")
    assert "Rude reply" in moderator_page.content.decode()
    assert client_for(cast.sic_member).get(f"/en/community/forums/posts/{hidden.pk}/").status_code == 404


def test_a_thread_whose_opening_post_is_hidden_disappears(
    cast: Cast, client_for: Callable[[User], Client], thread: Thread, colleague: User, helplines: Forum
) -> None:
    helplines.refresh_from_db()
    threads_before = helplines.thread_count

    moderation.moderate(cast.moderator, thread.posts.get(position=1).moderation, Action.HIDE, "Spam")

    helplines.refresh_from_db()
    assert helplines.thread_count == threads_before - 1
    client = client_for(colleague)
    assert "Peer support for sextortion victims" not in client.get("/en/community/forums/helplines/").content.decode()
    assert client.get(f"/en/community/forums/threads/{thread.pk}/?page=1").status_code == 404
    found = client.get("/en/community/forums/search/", {"q": "counsellors follow up"}).content.decode()
    assert "Peer support for sextortion victims" not in found
    assert "Peer support" in client_for(cast.moderator).get("/en/community/forums/helplines/").content.decode()


def test_search_finds_titles_and_bodies_the_member_may_see(
    cast: Cast, client_for: Callable[[User], Client], thread: Thread, colleague: User, helplines: Forum
) -> None:
    services.reply(colleague, thread, "We use a callback protocol for follow-up.", notify=False)
    hidden = services.reply(colleague, thread, "A callback insult", notify=False)
    moderation.moderate(cast.moderator, hidden.moderation, Action.HIDE, "Rude")
    client = client_for(cast.sic_member)

    by_title = client.get("/en/community/forums/search/", {"q": "peer support"}).content.decode()
    by_body = client.get("/en/community/forums/search/", {"q": "CALLBACK"}).content.decode()
    in_other_forum = client.get("/en/community/forums/search/", {"q": "callback", "forum": "hotlines"})

    assert "1 post found" in by_title
    assert "opening post" in by_title
    assert "1 post found" in by_body
    assert "We use a callback protocol" in by_body
    assert "insult" not in by_body
    assert "0 posts found" in in_other_forum.content.decode()


def test_a_too_short_search_is_refused_with_a_message(cast: Cast, client_for: Callable[[User], Client]) -> None:
    response = client_for(cast.sic_member).get("/en/community/forums/search/", {"q": "x"})

    assert response.status_code == 400
    assert "Ensure this value has at least 2 characters" in response.content.decode()


def test_deleting_an_account_keeps_its_posts_in_the_thread_and_the_counters(
    cast: Cast,
    thread: Thread,
    colleague: User,
    helplines: Forum,
    django_capture_on_commit_callbacks: Callable[..., Any],
) -> None:
    from bik.accounts.services import delete_account

    reply = services.reply(colleague, thread, "My reply", notify=False)
    helplines.refresh_from_db()
    posts_before = helplines.post_count

    with django_capture_on_commit_callbacks(execute=True):
        delete_account(colleague)

    thread.refresh_from_db()
    helplines.refresh_from_db()
    assert (thread.reply_count, thread.last_post_id) == (1, reply.pk)
    assert helplines.post_count == posts_before


def test_search_pages_through_the_newest_two_hundred_matches(
    cast: Cast, client_for: Callable[[User], Client], thread: Thread, colleague: User
) -> None:
    from bik.community.forums import generate

    generate.bulk_posts(thread, [colleague], 205)  # each mentions sextortion and its number
    client = client_for(cast.sic_member)

    first = client.get("/en/community/forums/search/", {"q": "sextortion"}).content.decode()
    last = client.get("/en/community/forums/search/", {"q": "sextortion", "page": "10"}).content.decode()

    assert "More than 200 posts found; here are the newest 200." in first
    assert "Page 1 of 10" in first
    assert "Post 206." in first
    assert "Page 10 of 10" in last
    assert "q=sextortion&amp;page=9" in last
