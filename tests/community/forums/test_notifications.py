"""Following threads and forums, and the emails that come of it: at once, in a daily digest, or none; in
the recipient's language; never to the author, never twice, never to someone who is no longer a member."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from io import StringIO
from typing import Any

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from bik.accounts.models import User
from bik.community.forums import services
from bik.community.forums.models import Forum, NotificationPreference, Post, Thread
from bik.community.models import Membership
from bik.moderation import services as moderation
from bik.moderation.models import Action
from tests.community.forums.conftest import make_member
from tests.conftest import AfterCommit, Cast

pytestmark = pytest.mark.django_db

CaptureCallbacks = Callable[..., Any]


def emails_to(user: User) -> list[mail.EmailMessage]:
    """The messages sent to `user` (digests of other people's accounts in the database may go out too)."""
    return [message for message in mail.outbox if message.to == [user.email]]


def test_a_reply_emails_the_thread_author_but_not_the_replier(
    cast: Cast,
    client_for: Callable[[User], Client],
    thread: Thread,
    colleague: User,
    django_capture_on_commit_callbacks: CaptureCallbacks,
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        client_for(colleague).post(
            f"/en/community/forums/threads/{thread.pk}/reply/", {"body": "We call back after two days."}
        )

    assert [message.to for message in mail.outbox] == [[cast.sic_member.email]]
    message = mail.outbox[0]
    assert "New reply: Peer support for sextortion victims" in message.subject
    assert "We call back after two days." in message.body
    reply = Post.objects.get(thread=thread, position=2)
    assert f"/en/community/forums/posts/{reply.pk}/" in message.body


def test_the_email_is_in_the_recipients_language(
    cast: Cast, thread: Thread, django_capture_on_commit_callbacks: CaptureCallbacks
) -> None:
    cast.sic_member.preferred_language = "fr"
    cast.sic_member.save(update_fields=["preferred_language"])
    replier = make_member("jonas@cast.example", "DE")

    with django_capture_on_commit_callbacks(execute=True):
        reply = services.reply(replier, thread, "Wir rufen nach zwei Tagen an.")

    assert len(mail.outbox) == 1
    assert f"/fr/community/forums/posts/{reply.pk}/" in mail.outbox[0].body
    assert "/fr/community/forums/preferences/" in mail.outbox[0].body


def test_forum_followers_hear_about_new_threads(
    cast: Cast,
    client_for: Callable[[User], Client],
    helplines: Forum,
    colleague: User,
    django_capture_on_commit_callbacks: CaptureCallbacks,
) -> None:
    client_for(colleague).post("/en/community/forums/helplines/follow/", {"follow": "1"})
    assert services.follows_forum(colleague, helplines)

    with django_capture_on_commit_callbacks(execute=True):
        services.start_thread(cast.sic_member, helplines, "Chat counselling at night", "Who staffs the chat?")

    assert [message.to for message in mail.outbox] == [[colleague.email]]
    assert "New thread in Helplines: Chat counselling at night" in mail.outbox[0].subject


def test_unfollowing_stops_the_emails(
    cast: Cast,
    client_for: Callable[[User], Client],
    thread: Thread,
    colleague: User,
    django_capture_on_commit_callbacks: CaptureCallbacks,
) -> None:
    client_for(cast.sic_member).post(f"/en/community/forums/threads/{thread.pk}/follow/", {"follow": "0"})

    with django_capture_on_commit_callbacks(execute=True):
        services.reply(colleague, thread, "Anyone there?")

    assert mail.outbox == []


def test_a_member_who_chose_no_emails_gets_none(
    cast: Cast,
    client_for: Callable[[User], Client],
    thread: Thread,
    colleague: User,
    django_capture_on_commit_callbacks: CaptureCallbacks,
) -> None:
    response = client_for(cast.sic_member).post("/en/community/forums/preferences/", {"mode": "off"})
    assert response.status_code == 302

    with django_capture_on_commit_callbacks(execute=True):
        services.reply(colleague, thread, "Quiet reply")

    assert mail.outbox == []


def test_a_revoked_member_gets_no_more_emails(
    cast: Cast, thread: Thread, colleague: User, django_capture_on_commit_callbacks: CaptureCallbacks
) -> None:
    Membership.objects.filter(user=cast.sic_member).update(status=Membership.Status.REVOKED)

    with django_capture_on_commit_callbacks(execute=True):
        services.reply(colleague, thread, "Still here?")

    assert mail.outbox == []


def test_a_repeated_task_sends_nothing_twice(
    cast: Cast, thread: Thread, colleague: User, after_commit: AfterCommit
) -> None:
    reply = services.reply(colleague, thread, "Once only", notify=False)

    with after_commit():
        assert services.notify_followers(reply.pk) == 1
        assert services.notify_followers(reply.pk) == 0
    assert len(mail.outbox) == 1


def test_the_daily_digest_collects_new_posts_since_the_last_one(
    cast: Cast, thread: Thread, colleague: User, helplines: Forum, after_commit: AfterCommit
) -> None:
    services.set_mode(cast.sic_member, NotificationPreference.Mode.DIGEST)
    services.reply(colleague, thread, "First news", notify=False)
    services.reply(colleague, thread, "Second news", notify=False)
    services.start_thread(colleague, helplines, "Not followed", "Not in the digest", notify=False)

    out = StringIO()
    with after_commit():
        call_command("send_forum_digests", stdout=out)

    assert re.search(r"\d+ forum digests sent\.", out.getvalue())
    [digest] = emails_to(cast.sic_member)
    assert "2 new posts" in digest.subject
    assert "First news" in digest.body
    assert "Second news" in digest.body
    assert "Not in the digest" not in digest.body
    assert f"/en/community/forums/posts/{thread.posts.get(position=2).pk}/" in digest.body

    mail.outbox.clear()
    with after_commit():
        services.send_digests()
    assert emails_to(cast.sic_member) == []
    services.reply(colleague, thread, "Third news", notify=False)
    with after_commit():
        services.send_digests(timezone.now() + dt.timedelta(seconds=1))
    [later] = emails_to(cast.sic_member)
    assert "Third news" in later.body
    assert "First news" not in later.body


def test_digest_members_get_no_immediate_emails(
    cast: Cast, thread: Thread, colleague: User, django_capture_on_commit_callbacks: CaptureCallbacks
) -> None:
    services.set_mode(cast.sic_member, NotificationPreference.Mode.DIGEST)

    with django_capture_on_commit_callbacks(execute=True):
        services.reply(colleague, thread, "For the digest")

    assert mail.outbox == []


def test_the_digest_leaves_out_posts_a_moderator_hid(
    cast: Cast, thread: Thread, colleague: User, after_commit: AfterCommit
) -> None:
    services.set_mode(cast.sic_member, NotificationPreference.Mode.DIGEST)
    hidden = services.reply(colleague, thread, "Something unkind", notify=False)
    services.reply(colleague, thread, "Something useful", notify=False)
    moderation.moderate(cast.moderator, hidden.moderation, Action.HIDE, "Unkind")

    with after_commit():
        services.send_digests()

    [digest] = emails_to(cast.sic_member)
    assert "Something useful" in digest.body
    assert "Something unkind" not in digest.body


def test_the_preferences_page_lists_what_the_member_follows(
    cast: Cast, client_for: Callable[[User], Client], thread: Thread, helplines: Forum
) -> None:
    services.follow_forum(cast.sic_member, helplines)
    client = client_for(cast.sic_member)

    page = client.get("/en/community/forums/preferences/").content.decode()

    assert "Peer support for sextortion victims" in page
    assert "Helplines" in page
    assert re.search(r'value="immediate"[^>]*checked', page)
    response = client.post(
        f"/en/community/forums/threads/{thread.pk}/follow/",
        {"follow": "0", "next": "/en/community/forums/preferences/"},
    )
    assert response["Location"] == "/en/community/forums/preferences/"
    assert not services.follows_thread(cast.sic_member, thread)


def test_a_bad_preference_is_refused_with_a_message(cast: Cast, client_for: Callable[[User], Client]) -> None:
    response = client_for(cast.sic_member).post("/en/community/forums/preferences/", {"mode": "hourly"})

    assert response.status_code == 400
    assert "Select a valid choice." in response.content.decode()
    assert services.preference(cast.sic_member).mode == NotificationPreference.Mode.IMMEDIATE


def test_the_data_export_holds_what_the_member_wrote_and_follows(
    cast: Cast, client_for: Callable[[User], Client], thread: Thread, helplines: Forum
) -> None:
    opening = thread.posts.get(position=1)
    services.edit_post(cast.sic_member, opening, "Changed my question.")
    services.follow_forum(cast.sic_member, helplines)

    data = client_for(cast.sic_member).post("/en/account/export/").json()["community_forums"]

    assert data["posts"][0]["thread"] == "Peer support for sextortion victims"
    assert data["posts"][0]["text"] == "Changed my question."
    assert "How do your counsellors follow up" in data["posts"][0]["earlier_versions"][0]["html"]
    assert data["followed_threads"] == ["Peer support for sextortion victims"]
    assert data["followed_forums"] == ["helplines"]
