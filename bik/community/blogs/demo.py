"""Demo blog posts by the demo members, with comments, and one post an editor promoted to a draft news article
(bik/demo/data/blogs.yaml). Idempotent: a post whose title exists is left alone."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.utils import timezone

from bik.accounts.models import User
from bik.community.access import BLOGS_SPACE
from bik.community.blogs import services
from bik.community.blogs.models import BlogComment, BlogPost
from bik.community.demo import demo_members
from bik.demo.datafiles import demo_data
from bik.demo.registry import mark_demo
from bik.moderation.models import ModeratedItem, Status
from bik.network.models import Strand
from bik.pictures import demo as pictures

EDITOR_EMAIL = "editor@bik.example"


def _record(author: User, model: type[models.Model], when: dt.datetime) -> ModeratedItem:
    """A published moderation record, made directly: the demo is not subject to posting rate limits."""
    return ModeratedItem.objects.create(
        content_type=ContentType.objects.get_for_model(model),
        space_key=BLOGS_SPACE,
        author=author,
        status=Status.PUBLISHED,
        created_at=when,
        queued_at=when,
    )


def _create(spec: dict[str, Any], author: User, people: dict[str, User], now: dt.datetime) -> BlogPost:
    """A post of blogs.yaml, posted at its fixed time or days_ago days and three hours before `now`, and its
    comments, each five hours after the one before."""
    when: dt.datetime = spec["posted"] if "posted" in spec else now - dt.timedelta(days=spec["days_ago"], hours=3)
    record = _record(author, BlogPost, when)
    post = BlogPost.objects.create(
        moderation=record,
        author=author,
        title=spec["title"],
        summary=spec["summary"],
        body=services.sanitise(spec["body_html"]),
        tags=services.normalise_tags(spec["tags"]),
        strand=Strand(spec["strand"]),
        created_at=when,
        updated_at=when,
    )
    record.object_id = post.pk
    record.save(update_fields=["object_id"])
    for number, item in enumerate(spec.get("comments", []), start=1):
        commenter = people.get(item["author"])
        if commenter is None:
            continue
        said = when + dt.timedelta(hours=5 * number)
        comment_record = _record(commenter, BlogComment, said)
        comment = BlogComment.objects.create(
            moderation=comment_record, post=post, author=commenter, body=item["body"], created_at=said
        )
        comment_record.object_id = comment.pk
        comment_record.save(update_fields=["object_id"])
    return post


@transaction.atomic
def load(home: Any, out: Any = None) -> None:
    people = {person.email: person for person in demo_members()}
    editor = User.objects.filter(email=EDITOR_EMAIL).first()
    now = timezone.now()
    made = 0
    for spec in demo_data("blogs")["posts"]:
        author = people.get(spec["author"])
        if author is None:
            continue
        post = BlogPost.objects.filter(author=author, title=spec["title"]).first()
        if post is None:
            post = _create(spec, author, people, now)
            made += 1
        if (
            spec.get("promoted")
            and editor is not None
            and post.promoted_at is None
            and services.news_index() is not None
        ):
            article = services.promote_to_news(editor, post, date=post.created_at.date(), notify_author=False)
            article.image = pictures.picture_for(article.section, article.slug)  # still a draft, as promoted
            article.save()
            article.save_revision()
            mark_demo(article)
    if out is not None:
        out.write(f"{BlogPost.objects.count()} community blog posts ready ({made} new).")
