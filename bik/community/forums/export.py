"""The forums' part of a person's data export (bik/accounts/export.py): what they wrote, attached, follow
and chose."""

from __future__ import annotations

from typing import Any

from bik.accounts.models import User
from bik.community.forums.models import Attachment, ForumFollow, NotificationPreference, Post, ThreadFollow


def export_user_data(user: User) -> dict[str, Any] | None:
    posts = list(
        Post.objects.filter(author=user)
        .select_related("thread__forum", "moderation")
        .prefetch_related("revisions")
        .order_by("created_at", "pk")
    )
    followed_threads = list(ThreadFollow.objects.filter(user=user).select_related("thread").order_by("created_at"))
    followed_forums = list(ForumFollow.objects.filter(user=user).select_related("forum").order_by("created_at"))
    preference = NotificationPreference.objects.filter(user=user).first()
    if not (posts or followed_threads or followed_forums or preference):
        return None
    attachments: dict[int, list[str]] = {}
    for attachment in Attachment.objects.filter(post__author=user).order_by("pk"):
        attachments.setdefault(attachment.post_id, []).append(attachment.name)
    return {
        "posts": [
            {
                "forum": post.thread.forum.slug,
                "thread": post.thread.title,
                "started_the_thread": post.is_opening,
                "written_at": post.created_at.isoformat(),
                "edited_at": post.edited_at.isoformat() if post.edited_at else None,
                "text": post.source,
                "moderation_status": post.moderation.status,
                "attachments": attachments.get(post.pk, []),
                "earlier_versions": [
                    {"written_at": revision.written_at.isoformat(), "title": revision.title, "html": revision.body}
                    for revision in post.revisions.all()
                ],
            }
            for post in posts
        ],
        "followed_threads": [follow.thread.title for follow in followed_threads],
        "followed_forums": [follow.forum.slug for follow in followed_forums],
        "email_preference": preference.mode if preference else NotificationPreference.Mode.IMMEDIATE.value,
    }
