"""A post's replies page 50 at a time, a reply's link opens the page that shows it, and the page costs the
same number of queries with 10 replies as with 1,000."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from bik.accounts.models import User
from bik.moderation.models import ModeratedItem, Status
from bik.youth import services
from bik.youth.models import Comment, Post
from tests.youth.conftest import make_youth

pytestmark = pytest.mark.django_db


def _bulk_replies(post: Post, author: User, count: int) -> list[Comment]:
    content_type = ContentType.objects.get_for_model(Comment)
    records = ModeratedItem.objects.bulk_create(
        ModeratedItem(
            content_type=content_type,
            space_key=post.space.moderation_key,
            author=author,
            status=Status.PUBLISHED,
        )
        for _ in range(count)
    )
    return Comment.objects.bulk_create(
        Comment(moderation=record, post=post, author=author, body=f"Bulk reply {number:04d}")
        for number, record in enumerate(records)
    )


def test_replies_page_and_a_reply_link_opens_its_page(
    client_for: Callable[[User], Client], published_post: Post, french_youth: User
) -> None:
    replies = _bulk_replies(published_post, make_youth("other@youth.example", "FR"), services.COMMENTS_PER_PAGE + 3)
    reader = client_for(french_youth)

    first = reader.get(published_post.get_absolute_url()).content.decode()
    assert first.count('class="comment"') == services.COMMENTS_PER_PAGE
    assert 'rel="next"' in first
    second = reader.get(published_post.get_absolute_url(), {"page": 2}).content.decode()
    assert second.count('class="comment"') == 3
    assert f'start="{services.COMMENTS_PER_PAGE + 1}"' in second

    last = Comment.objects.select_related("post__space").get(pk=replies[-1].pk)
    linked = reader.get(last.get_absolute_url()).content.decode()
    assert f'id="comment-{last.pk}"' in linked
    assert "Page 2 of 2" in linked
    assert "Page 1 of 2" in reader.get(published_post.get_absolute_url(), {"comment": "x"}).content.decode()


def test_a_post_page_costs_the_same_with_10_or_1000_replies(
    client_for: Callable[[User], Client], published_post: Post, french_youth: User
) -> None:
    other = make_youth("other@youth.example", "FR")
    reader = client_for(french_youth)
    _bulk_replies(published_post, other, 10)
    reader.get(published_post.get_absolute_url())
    with CaptureQueriesContext(connection) as few:
        few_html = reader.get(published_post.get_absolute_url()).content.decode()
    _bulk_replies(published_post, other, 990)
    with CaptureQueriesContext(connection) as many:
        many_html = reader.get(published_post.get_absolute_url()).content.decode()

    assert few_html.count('class="comment"') == 10
    assert many_html.count('class="comment"') == services.COMMENTS_PER_PAGE
    assert len(many) == len(few)
