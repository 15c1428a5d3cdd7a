"""Members start threads, reply, quote, edit with a visible history and attach documents; what they write
is sanitised; moderators pin and lock threads, and a locked thread refuses replies with a clear message."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from bik.accounts.models import User
from bik.community.forums import services
from bik.community.forums.models import Attachment, Forum, Post, PostRevision, Thread
from bik.moderation.models import AuditEntry
from tests.community.forums.conftest import PDF_BYTES
from tests.conftest import Cast

pytestmark = pytest.mark.django_db


def test_a_member_starts_a_thread_with_attachments(
    cast: Cast, client_for: Callable[[User], Client], helplines: Forum
) -> None:
    before = (helplines.thread_count, helplines.post_count)
    client = client_for(cast.sic_member)
    files = [
        SimpleUploadedFile("Our script.pdf", PDF_BYTES, content_type="application/pdf"),
        SimpleUploadedFile("figures.csv", b"month,contacts\nJanuary,120\n", content_type="text/csv"),
    ]

    response = client.post(
        "/en/community/forums/helplines/new/",
        {"title": "Sextortion script", "body": "Our new script.\n\nComments welcome!", "attachments": files},
    )

    thread = Thread.objects.get(title="Sextortion script")
    assert response.status_code == 302
    assert response["Location"] == f"/en/community/forums/threads/{thread.pk}/"
    page = client.get(f"/en/community/forums/threads/{thread.pk}/?page=1").content.decode()
    assert "<p>Our new script.</p>" in page
    assert "<p>Comments welcome!</p>" in page
    names = sorted(Attachment.objects.filter(post__thread=thread).values_list("name", flat=True))
    assert names == ["Our script.pdf", "figures.csv"]
    for attachment in Attachment.objects.filter(post__thread=thread):
        assert f'href="/en/community/forums/attachments/{attachment.pk}/"' in page
    helplines.refresh_from_db()
    assert (helplines.thread_count, helplines.post_count) == (before[0] + 1, before[1] + 1)
    assert helplines.last_thread_id == thread.pk
    assert services.follows_thread(cast.sic_member, thread)


def test_a_file_that_is_not_what_its_name_says_is_refused_and_the_text_kept(
    cast: Cast, client_for: Callable[[User], Client]
) -> None:
    fake = SimpleUploadedFile("report.pdf", b"MZ\x90\x00\x03\x00\x00\x00 not a pdf", content_type="application/pdf")

    response = client_for(cast.sic_member).post(
        "/en/community/forums/helplines/new/",
        {"title": "A careful title", "body": "What I typed", "attachments": [fake]},
    )

    assert response.status_code == 400
    content = response.content.decode()
    assert "report.pdf: This kind of file cannot be attached." in content
    assert "What I typed" in content
    assert 'value="A careful title"' in content
    assert not Thread.objects.filter(title="A careful title").exists()


def test_a_thread_needs_a_title_and_some_text(cast: Cast, client_for: Callable[[User], Client]) -> None:
    response = client_for(cast.sic_member).post(
        "/en/community/forums/helplines/new/", {"title": "", "body": "<script>alert(1)</script>"}
    )

    assert response.status_code == 400
    assert "This field is required." in response.content.decode()
    assert "Write something first." in response.content.decode()


def test_what_members_write_is_sanitised(cast: Cast, thread: Thread, colleague: User) -> None:
    post = services.reply(
        colleague,
        thread,
        '<p onclick="x()">Hi <strong>all</strong> <a href="https://example.org" target="_blank">see</a>'
        '<a href="javascript:alert(1)">bad</a><img src=x onerror=alert(1)></p><script>alert(2)</script>'
        "<ul><li>one</li></ul>",
        notify=False,
    )

    assert "onclick" not in post.body
    assert "<img" not in post.body
    assert "javascript:" not in post.body
    assert "<script" not in post.body
    assert 'rel="noopener nofollow"' in post.body
    assert "Hi all seebad" in post.text


def test_plain_text_becomes_paragraphs_and_line_breaks() -> None:
    body = services.render_body("First line\nsecond line\n\nNew paragraph with 5 < 7")

    assert body.html == "<p>First line<br>\nsecond line</p>\n\n<p>New paragraph with 5 &lt; 7</p>"
    assert body.text == "First line\nsecond line\n\nNew paragraph with 5 < 7"


def test_a_member_replies_and_the_counters_follow(
    cast: Cast, client_for: Callable[[User], Client], thread: Thread, colleague: User, helplines: Forum
) -> None:
    helplines.refresh_from_db()
    posts_before = helplines.post_count

    response = client_for(colleague).post(
        f"/en/community/forums/threads/{thread.pk}/reply/", {"body": "We call back after two days."}
    )

    reply = Post.objects.get(thread=thread, position=2)
    assert response.status_code == 302
    assert response["Location"] == f"/en/community/forums/threads/{thread.pk}/?page=1#post-2"
    thread.refresh_from_db()
    assert (thread.reply_count, thread.last_post_id, thread.last_position) == (1, reply.pk, 2)
    helplines.refresh_from_db()
    assert helplines.post_count == posts_before + 1
    assert services.follows_thread(colleague, thread)


def test_quote_prefills_the_reply_form_without_javascript(
    cast: Cast, client_for: Callable[[User], Client], thread: Thread, colleague: User
) -> None:
    opening = thread.posts.get(position=1)
    client = client_for(colleague)
    page = client.get(f"/en/community/forums/threads/{thread.pk}/?page=1").content.decode()
    assert f'href="/en/community/forums/threads/{thread.pk}/reply/?quote={opening.pk}"' in page

    form = client.get(f"/en/community/forums/threads/{thread.pk}/reply/?quote={opening.pk}").content.decode()

    textarea = re.search(r"<textarea[^>]*>(.*?)</textarea>", form, re.DOTALL)
    assert textarea is not None
    assert textarea.group(1).strip().startswith("&lt;blockquote&gt;&lt;p&gt;&lt;strong&gt;sam&lt;/strong&gt;")
    assert "How do your counsellors follow up after a first contact?" in textarea.group(1)

    client.post(
        f"/en/community/forums/threads/{thread.pk}/reply/",
        {"body": services.quote(opening) + "We call after two days."},
    )
    reply = Post.objects.get(thread=thread, position=2)
    assert reply.body.startswith("<blockquote><p><strong>sam</strong>")
    assert reply.body.endswith("<p>We call after two days.</p>")


def test_quoting_a_post_of_another_thread_quotes_nothing(
    cast: Cast, client_for: Callable[[User], Client], thread: Thread, helplines: Forum, colleague: User
) -> None:
    other = services.start_thread(colleague, helplines, "Other", "Secret-ish words", notify=False)

    form = client_for(colleague).get(f"/en/community/forums/threads/{thread.pk}/reply/?quote={other.posts.get().pk}")

    assert form.status_code == 200
    assert "Secret-ish words" not in form.content.decode()


def test_a_member_edits_their_post_and_everyone_sees_the_history(
    cast: Cast, client_for: Callable[[User], Client], thread: Thread, colleague: User
) -> None:
    opening = thread.posts.get(position=1)
    author = client_for(cast.sic_member)
    form = author.get(f"/en/community/forums/posts/{opening.pk}/edit/").content.decode()
    assert "How do your counsellors follow up after a first contact?" in form

    response = author.post(
        f"/en/community/forums/posts/{opening.pk}/edit/",
        {"title": "Follow-up after sextortion contacts", "body": "How and when do you follow up?"},
    )

    assert response.status_code == 302
    thread.refresh_from_db()
    assert thread.title == "Follow-up after sextortion contacts"
    page = client_for(colleague).get(f"/en/community/forums/threads/{thread.pk}/?page=1").content.decode()
    assert "How and when do you follow up?" in page
    assert f'href="/en/community/forums/posts/{opening.pk}/history/"' in page
    history = client_for(colleague).get(f"/en/community/forums/posts/{opening.pk}/history/").content.decode()
    assert "How and when do you follow up?" in history
    assert "How do your counsellors follow up after a first contact?" in history
    assert "Peer support for sextortion victims" in history
    assert PostRevision.objects.filter(post=opening).count() == 1


def test_nobody_edits_someone_elses_post(
    cast: Cast, client_for: Callable[[User], Client], thread: Thread, colleague: User
) -> None:
    opening = thread.posts.get(position=1)
    client = client_for(colleague)

    assert client.get(f"/en/community/forums/posts/{opening.pk}/edit/").status_code == 404
    assert client.post(f"/en/community/forums/posts/{opening.pk}/edit/", {"body": "Mine now"}).status_code == 404
    opening.refresh_from_db()
    assert "Mine now" not in opening.body
    page = client.get(f"/en/community/forums/threads/{thread.pk}/?page=1").content.decode()
    assert f"/en/community/forums/posts/{opening.pk}/edit/" not in page


def test_moderators_pin_and_lock_and_a_locked_thread_refuses_replies(
    cast: Cast, client_for: Callable[[User], Client], thread: Thread, colleague: User, helplines: Forum
) -> None:
    services.start_thread(colleague, helplines, "A newer thread", "Newer", notify=False)
    moderator = client_for(cast.moderator)

    moderator.post(f"/en/community/forums/threads/{thread.pk}/moderate/", {"action": "pin"})
    moderator.post(f"/en/community/forums/threads/{thread.pk}/moderate/", {"action": "lock"})

    listing = client_for(colleague).get("/en/community/forums/helplines/").content.decode()
    assert listing.index("Peer support for sextortion victims") < listing.index("A newer thread")
    assert "Pinned" in listing
    assert "Locked" in listing
    page = client_for(colleague).get(f"/en/community/forums/threads/{thread.pk}/?page=1").content.decode()
    assert "This thread is locked: a moderator has closed it to new replies." in page
    assert 'action="/en/community/forums/threads/' not in page.split('id="reply"')[1]
    refused = client_for(colleague).post(f"/en/community/forums/threads/{thread.pk}/reply/", {"body": "Anyone?"})
    assert refused.status_code == 403
    assert "This thread is locked" in refused.content.decode()
    assert thread.posts.count() == 1
    actions = set(AuditEntry.objects.filter(actor_id=cast.moderator.pk).values_list("action", flat=True))
    assert {"forum-pin", "forum-lock"} <= actions


def test_members_cannot_pin_or_lock(cast: Cast, client_for: Callable[[User], Client], thread: Thread) -> None:
    response = client_for(cast.sic_member).post(
        f"/en/community/forums/threads/{thread.pk}/moderate/", {"action": "lock"}
    )

    assert response.status_code == 404
    thread.refresh_from_db()
    assert not thread.is_locked


def test_every_post_can_be_reported_through_the_moderation_engine(
    cast: Cast, client_for: Callable[[User], Client], thread: Thread, colleague: User
) -> None:
    opening = thread.posts.get(position=1)
    client = client_for(colleague)
    page = client.get(f"/en/community/forums/threads/{thread.pk}/?page=1").content.decode()
    assert f'href="/en/moderation/items/{opening.moderation_id}/report/"' in page

    response = client.post(f"/en/moderation/items/{opening.moderation_id}/report/", {"reason": "spam"})

    assert response.status_code == 302
    assert opening.moderation.reports.count() == 1
