"""The community blogs' part of a person's data export: the posts and comments they wrote."""

from __future__ import annotations

from typing import Any

from bik.accounts.models import User
from bik.community.blogs.models import BlogComment, BlogPost


def export_user_data(user: User) -> dict[str, Any] | None:
    posts = list(BlogPost.objects.filter(author=user).select_related("moderation").order_by("created_at", "pk"))
    comments = list(
        BlogComment.objects.filter(author=user).select_related("post", "moderation").order_by("created_at", "pk")
    )
    if not (posts or comments):
        return None
    return {
        "posts": [
            {
                "title": post.title,
                "summary": post.summary,
                "html": post.body,
                "tags": post.tags,
                "strand": post.strand,
                "written_at": post.created_at.isoformat(),
                "last_edited_at": post.updated_at.isoformat(),
                "promoted_to_news_at": post.promoted_at.isoformat() if post.promoted_at else None,
                "moderation_status": post.moderation.status,
            }
            for post in posts
        ],
        "comments": [
            {
                "on_post": comment.post.title,
                "text": comment.body,
                "written_at": comment.created_at.isoformat(),
                "moderation_status": comment.moderation.status,
            }
            for comment in comments
        ],
    }
