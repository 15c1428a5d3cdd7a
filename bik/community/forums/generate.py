"""Fill a forum with many threads, or a thread with many posts, in bulk — for the query-count tests and the
benchmark (bench/community_forums.py). The rows are what the services would write (moderation records
included); the counters are counted once at the end."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone

from bik.accounts.models import User
from bik.community.access import FORUMS_SPACE
from bik.community.forums import services
from bik.community.forums.models import Forum, Post, Thread
from bik.moderation.models import ModeratedItem, Status

BATCH = 500
_TEXT = (
    "Our helpline saw more contacts about sextortion this month, mostly from boys aged 14 to 17. "
    "We now refer them to the hotline for takedown and keep the counselling going. Post {number}."
)


def _records(authors: Sequence[User], count: int, offset: int) -> list[ModeratedItem]:
    content_type = ContentType.objects.get_for_model(Post)
    return ModeratedItem.objects.bulk_create(
        [
            ModeratedItem(
                content_type=content_type,
                object_id=None,
                space_key=FORUMS_SPACE,
                author=authors[(offset + index) % len(authors)],
                status=Status.PUBLISHED,
            )
            for index in range(count)
        ]
    )


def _link(records: list[ModeratedItem], posts: list[Post]) -> None:
    for record, post in zip(records, posts, strict=True):
        record.object_id = post.pk
    ModeratedItem.objects.bulk_update(records, ["object_id"], batch_size=BATCH)


def _post(record: ModeratedItem, thread: Thread, position: int, when: dt.datetime) -> Post:
    text = _TEXT.format(number=position)
    return Post(
        moderation=record,
        thread=thread,
        author_id=record.author_id,
        position=position,
        source=text,
        body=f"<p>{text}</p>",
        text=text,
        created_at=when,
    )


@transaction.atomic
def bulk_posts(thread: Thread, authors: Sequence[User], count: int) -> None:
    """Add `count` replies to `thread`, one a minute after its newest post."""
    start = Thread.objects.get(pk=thread.pk)
    for first in range(0, count, BATCH):
        size = min(BATCH, count - first)
        records = _records(authors, size, first)
        posts = Post.objects.bulk_create(
            [
                _post(
                    record,
                    start,
                    start.last_position + first + index + 1,
                    start.last_post_at + dt.timedelta(minutes=first + index + 1),
                )
                for index, record in enumerate(records)
            ]
        )
        _link(records, posts)
    Thread.objects.filter(pk=thread.pk).update(last_position=start.last_position + count)
    services.recount_thread(thread.pk)
    services.recount_forum(start.forum_id)


@transaction.atomic
def bulk_threads(forum: Forum, authors: Sequence[User], count: int) -> None:
    """Add `count` threads of one post each to `forum`, one a minute, the newest now."""
    now = timezone.now()
    for first in range(0, count, BATCH):
        size = min(BATCH, count - first)
        times = [now - dt.timedelta(minutes=count - first - index) for index in range(size)]
        threads = Thread.objects.bulk_create(
            [
                Thread(
                    forum=forum,
                    title=f"Helpline practice question {first + index + 1}",
                    author=authors[(first + index) % len(authors)],
                    created_at=when,
                    last_position=1,
                    last_post_at=when,
                )
                for index, when in enumerate(times)
            ]
        )
        records = _records(authors, size, first)
        posts = Post.objects.bulk_create(
            [_post(record, thread, 1, thread.created_at) for record, thread in zip(records, threads, strict=True)]
        )
        _link(records, posts)
        for thread, post in zip(threads, posts, strict=True):
            thread.last_post = post
        Thread.objects.bulk_update(threads, ["last_post"], batch_size=BATCH)
    services.recount_forum(forum.pk)
