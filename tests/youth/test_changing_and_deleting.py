"""A young member changes a post or reply of theirs (screened again like a new one), and deletes a post or reply of
their own: asked first, on a page that works without JavaScript. Neither while a report about it waits for a
moderator; no deleting a post that others replied to; nobody else can do either."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.test import Client

from bik.accounts.models import User
from bik.moderation import services as moderation
from bik.moderation.models import AuditEntry, ModeratedItem
from bik.youth import services
from bik.youth.models import Comment, Post, Space
from tests.youth.conftest import make_youth, trusted

pytestmark = pytest.mark.django_db

Login = Callable[[User], Client]
WriteComment = Callable[[User, Post, str], Comment]


@pytest.fixture
def writer(db: None) -> User:
    """A young member whose replies are published at once (past the first pre-moderated posts)."""
    member = make_youth("sam@youth.example", "FR")
    trusted(member)
    return member


def _delete_url(comment: Comment) -> str:
    return f"/en/youth/spaces/{comment.post.space.slug}/replies/{comment.pk}/delete/"


def test_a_member_deletes_their_reply_after_confirming(
    client_for: Login, published_post: Post, write_comment: WriteComment, writer: User
) -> None:
    comment = write_comment(writer, published_post, "I wish I had not written this.")
    client = client_for(writer)
    page = client.get(published_post.get_absolute_url()).content.decode()
    assert f'href="{_delete_url(comment)}"' in page

    asked = client.get(_delete_url(comment)).content.decode()
    assert "I wish I had not written this." in asked
    assert Comment.objects.filter(pk=comment.pk).exists()  # a GET only asks

    response = client.post(_delete_url(comment), follow=True)
    assert response.redirect_chain[-1][0] == published_post.get_absolute_url()
    assert "Deleted. Nobody can read it any more." in response.content.decode()
    assert not Comment.objects.filter(pk=comment.pk).exists()
    assert not ModeratedItem.objects.filter(pk=comment.moderation_id).exists()
    entry = AuditEntry.objects.get(action="deleted_by_author")
    assert (entry.item_id, entry.actor_id, entry.actor_role) == (comment.moderation_id, writer.pk, "author")


def test_nobody_else_can_delete_it(
    client_for: Login, published_post: Post, write_comment: WriteComment, french_youth: User, writer: User
) -> None:
    comment = write_comment(writer, published_post, "Mine.")
    assert (
        f'href="{_delete_url(comment)}"'
        not in client_for(french_youth).get(published_post.get_absolute_url()).content.decode()
    )
    assert client_for(french_youth).post(_delete_url(comment)).status_code == 404
    assert Client().post(_delete_url(comment)).status_code == 302  # to sign in
    assert Comment.objects.filter(pk=comment.pk).exists()


def test_a_reported_reply_stays_until_a_moderator_decided(
    client_for: Login, published_post: Post, write_comment: WriteComment, french_youth: User, writer: User
) -> None:
    comment = write_comment(writer, published_post, "Something unkind.")
    moderation.report(french_youth, comment.moderation, "bullying")

    response = client_for(writer).post(_delete_url(comment))
    assert response.status_code == 400
    assert "A moderator is looking at a report about this." in response.content.decode()
    assert Comment.objects.filter(pk=comment.pk).exists()


def test_a_post_is_deleted_unless_someone_replied(
    client_for: Login, france: Space, french_youth: User, write_comment: WriteComment, writer: User
) -> None:
    client = client_for(french_youth)
    alone = services.submit_post(french_youth, france, kind=Post.Kind.BLOG, title="Alone", body="Nobody replied").obj
    delete = f"/en/youth/spaces/fr/posts/{alone.pk}/delete/"
    assert f'href="{delete}"' in client.get(alone.get_absolute_url()).content.decode()
    assert client.post(delete)["Location"] == france.get_absolute_url()
    assert not Post.objects.filter(pk=alone.pk).exists()

    answered = services.submit_post(french_youth, france, kind=Post.Kind.BLOG, title="Answered", body="Hi").obj
    write_comment(writer, answered, "Hello!")
    own = write_comment(french_youth, answered, "And a word of mine.")
    refused = client.post(f"/en/youth/spaces/fr/posts/{answered.pk}/delete/")
    assert refused.status_code == 400
    assert "Others have replied to this, so it stays." in refused.content.decode()
    assert Post.objects.filter(pk=answered.pk).exists()
    assert Comment.objects.filter(pk=own.pk).exists()  # nothing of it went


def test_a_post_goes_with_its_writers_own_replies(
    client_for: Login, france: Space, french_youth: User, write_comment: WriteComment
) -> None:
    post = services.submit_post(french_youth, france, kind=Post.Kind.DISCUSSION, title="Mine", body="Hi").obj
    reply = write_comment(french_youth, post, "Adding something.")
    assert client_for(french_youth).post(f"/en/youth/spaces/fr/posts/{post.pk}/delete/").status_code == 302
    assert not Post.objects.filter(pk=post.pk).exists()
    assert not ModeratedItem.objects.filter(pk__in=[post.moderation_id, reply.moderation_id]).exists()


def _edit_url(comment: Comment) -> str:
    return f"/en/youth/spaces/{comment.post.space.slug}/replies/{comment.pk}/edit/"


def test_a_member_changes_their_reply_and_it_is_screened_again(
    client_for: Login, published_post: Post, write_comment: WriteComment, french_youth: User, writer: User
) -> None:
    comment = write_comment(writer, published_post, "Typo in here.")
    client = client_for(writer)
    assert f'href="{_edit_url(comment)}"' in client.get(published_post.get_absolute_url()).content.decode()
    assert "Typo in here." in client.get(_edit_url(comment)).content.decode()  # the form holds the reply

    response = client.post(_edit_url(comment), {"body": "No typo in here."}, follow=True)
    assert "Your reply is changed." in response.content.decode()
    comment.refresh_from_db()
    assert (comment.body, comment.moderation.status) == ("No typo in here.", "published")
    assert AuditEntry.objects.filter(action="edited", item_id=comment.moderation_id).exists()

    # Contact details are held for a moderator, as in a new reply.
    held = client.post(_edit_url(comment), {"body": "Call me on +33 6 12 34 56 78"}, follow=True)
    assert "A moderator will read it again." in held.content.decode()
    comment.refresh_from_db()
    assert comment.moderation.status == "held"

    # An empty reply is refused with the form kept; someone else's reply is not theirs to change.
    assert client.post(_edit_url(comment), {"body": ""}).status_code == 400
    assert client_for(french_youth).post(_edit_url(comment), {"body": "Mine now"}).status_code == 404
    assert (
        f'href="{_edit_url(comment)}"'
        not in client_for(french_youth).get(published_post.get_absolute_url()).content.decode()
    )


def test_a_reported_reply_keeps_its_words_until_a_moderator_decided(
    client_for: Login, published_post: Post, write_comment: WriteComment, french_youth: User, writer: User
) -> None:
    comment = write_comment(writer, published_post, "Something unkind.")
    moderation.report(french_youth, comment.moderation, "bullying")

    response = client_for(writer).post(_edit_url(comment), {"body": "Something kind."})
    assert response.status_code == 400
    page = response.content.decode()
    assert "You can change it once they have decided." in page
    assert "Something kind." in page  # what was typed is kept
    comment.refresh_from_db()
    assert comment.body == "Something unkind."


def test_a_hidden_reply_is_not_its_writers_to_bring_back(
    client_for: Login, published_post: Post, write_comment: WriteComment, french_coordinator: User, writer: User
) -> None:
    comment = write_comment(writer, published_post, "Something unkind.")
    moderation.moderate(french_coordinator, comment.moderation, "hide", "Unkind to another member.")

    assert client_for(writer).get(_edit_url(comment)).status_code == 404
    assert client_for(writer).post(_edit_url(comment), {"body": "Something kind."}).status_code == 404
    with pytest.raises(PermissionDenied):
        services.edit_comment(writer, comment, "Something kind.")
    comment.refresh_from_db()
    assert (comment.body, comment.moderation.status) == ("Something unkind.", "hidden")


def _post_edit_url(post: Post) -> str:
    return f"/en/youth/spaces/{post.space.slug}/posts/{post.pk}/edit/"


@pytest.fixture
def own_post(writer: User, france: Space) -> Post:
    post = services.submit_post(writer, france, kind=Post.Kind.DISCUSSION, title="Games", body="Which ones?").obj
    assert isinstance(post, Post)
    return post


def test_a_member_changes_their_post_and_it_is_screened_again(
    client_for: Login, own_post: Post, french_youth: User, writer: User
) -> None:
    client = client_for(writer)
    assert f'href="{_post_edit_url(own_post)}"' in client.get(own_post.get_absolute_url()).content.decode()
    assert "Which ones?" in client.get(_post_edit_url(own_post)).content.decode()  # the form holds the post

    response = client.post(_post_edit_url(own_post), {"title": "Games", "body": "Which ones, and why?"}, follow=True)
    assert "Your post is changed." in response.content.decode()
    own_post.refresh_from_db()
    assert (own_post.body, own_post.moderation.status) == ("Which ones, and why?", "published")
    assert AuditEntry.objects.filter(action="edited", item_id=own_post.moderation_id).exists()

    # Contact details are held for a moderator, as in a new post; in the title as in the text.
    held = client.post(_post_edit_url(own_post), {"title": "Mail me: sam@mail.example", "body": "Hi"}, follow=True)
    assert "A moderator will read it again." in held.content.decode()
    own_post.refresh_from_db()
    assert own_post.moderation.status == "held"

    # An empty title is refused with the form kept; someone else's post is not theirs to change.
    refused = client.post(_post_edit_url(own_post), {"title": "", "body": "Kept as typed"})
    assert refused.status_code == 400
    assert "Kept as typed" in refused.content.decode()
    assert client_for(french_youth).post(_post_edit_url(own_post), {"title": "Mine", "body": "x"}).status_code == 404
    assert (
        f'href="{_post_edit_url(own_post)}"'
        not in client_for(french_youth).get(own_post.get_absolute_url()).content.decode()
    )


def test_a_reported_post_keeps_its_words_until_a_moderator_decided(
    client_for: Login, own_post: Post, french_youth: User, writer: User
) -> None:
    moderation.report(french_youth, own_post.moderation, "bullying")

    response = client_for(writer).post(_post_edit_url(own_post), {"title": "Games", "body": "Something kind."})
    assert response.status_code == 400
    assert "You can change it once they have decided." in response.content.decode()
    own_post.refresh_from_db()
    assert own_post.body == "Which ones?"


def test_a_hidden_post_is_not_its_writers_to_bring_back(
    client_for: Login, own_post: Post, french_coordinator: User, writer: User
) -> None:
    moderation.moderate(french_coordinator, own_post.moderation, "hide", "Unkind to another member.")

    assert client_for(writer).get(_post_edit_url(own_post)).status_code == 404
    assert client_for(writer).post(_post_edit_url(own_post), {"title": "x", "body": "y"}).status_code == 404
    with pytest.raises(PermissionDenied):
        services.edit_post(writer, own_post, title="x", body="y")
    own_post.refresh_from_db()
    assert (own_post.body, own_post.moderation.status) == ("Which ones?", "hidden")


def test_a_post_a_moderator_asked_to_change_goes_back_to_the_queue(
    client_for: Login, own_post: Post, french_coordinator: User, writer: User
) -> None:
    moderation.moderate(french_coordinator, own_post.moderation, "request_edit", "Leave out the school's name.")
    client = client_for(writer)
    assert "Leave out the school&#x27;s name." in client.get(_post_edit_url(own_post)).content.decode()

    response = client.post(_post_edit_url(own_post), {"title": "Games", "body": "Which ones?"}, follow=True)

    assert "A moderator will read it again." in response.content.decode()
    own_post.refresh_from_db()
    assert own_post.moderation.status == "held"
    assert AuditEntry.objects.filter(action="resubmitted", item_id=own_post.moderation_id).exists()


def test_words_that_need_someone_at_once_in_a_changed_reply_alert_the_coordinators(
    published_post: Post,
    write_comment: WriteComment,
    french_coordinator: User,
    writer: User,
    django_capture_on_commit_callbacks: Callable[..., Any],
) -> None:
    """As in a new reply: urgent, first in the queue, and the space's coordinators emailed once it is stored."""
    comment = write_comment(writer, published_post, "Bonne journée.")

    with django_capture_on_commit_callbacks(execute=True):
        services.edit_comment(writer, comment, "Je veux mourir.")

    comment.moderation.refresh_from_db()
    assert comment.moderation.status == "held"
    assert comment.moderation.urgent
    assert [message.to for message in mail.outbox] == [[french_coordinator.email]]


def test_a_post_waiting_for_a_moderator_stays_in_its_place_when_its_writer_changes_it(
    client_for: Login, france: Space
) -> None:
    """No moderator has read it yet: a change does not let it out of the queue, nor send it to the back."""
    newcomer = make_youth("new@youth.example", "FR")
    post = services.submit_post(newcomer, france, kind=Post.Kind.DISCUSSION, title="Hi", body="Call me: 0612345678").obj
    item = ModeratedItem.objects.get(pk=post.moderation_id)
    assert item.status == "held"

    response = client_for(newcomer).post(_post_edit_url(post), {"title": "Hi", "body": "Hello everyone"}, follow=True)

    assert "A moderator will read it again." in response.content.decode()
    changed = ModeratedItem.objects.get(pk=item.pk)
    assert (changed.status, changed.held_because, changed.queued_at) == ("held", item.held_because, item.queued_at)
    assert changed.screen_reasons == []  # what the screen finds now, for the moderator who reads it
