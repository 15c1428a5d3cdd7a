"""Members' blogs: write, edit and comment (each with a moderation record so it can be reported), the lists,
and an editor's promotion of a post to a draft public news article that then goes through the editorial
workflow in Wagtail's admin. The original post stays private. Views, the demo and tests call these functions."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

import nh3
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.core.paginator import Page, Paginator
from django.db import models, transaction
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log
from wagtail.models import Locale
from wagtail.rich_text import RichText

from bik.accounts.models import User
from bik.accounts.roles import Role, has_role
from bik.community import access, mail
from bik.community.access import BLOGS_SPACE
from bik.community.blogs.models import BlogComment, BlogPost
from bik.community.models import Membership
from bik.community.services import attach_record, moderation_record
from bik.moderation.models import Status
from bik.network.models import Strand
from bik.news.models import ArticlePage, NewsIndexPage, Section
from bik.pages.pagination import page_showing

PAGE_SIZE = 10
MAX_TAGS = 8
MAX_TAG_LENGTH = 40
ALLOWED_TAGS = {"p", "br", "strong", "em", "a", "ul", "ol", "li", "blockquote", "h2", "h3"}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}
# The tags of Wagtail's rich text that a news article's paragraph block accepts (bik.pages.blocks).
_WAGTAIL_TAGS = {"p", "br", "b", "i", "a", "ul", "ol", "li", "h2", "h3"}
_MARKUP = re.compile(r"<\s*/?\s*[a-zA-Z]")
SECTION_FOR_STRAND = {
    Strand.AWARENESS: Section.AWARENESS,
    Strand.HELPLINE: Section.HELPLINES,
    Strand.HOTLINE: Section.HOTLINES,
    Strand.YOUTH: Section.YOUTH,
}


class BlogError(Exception):
    """Something a person asked for that cannot be done (promote twice, comment on a hidden post…)."""


# --- Text ----------------------------------------------------------------------------------------------


def sanitise(text: str) -> str:
    """A member's rich text reduced to a small set of tags; links get rel="noopener nofollow". Plain text
    (no tags at all) becomes paragraphs, so writing without HTML works as people expect."""
    source = text.replace("\r\n", "\n").strip()
    if not _MARKUP.search(source):
        paragraphs = [part.strip() for part in re.split(r"\n\s*\n", source) if part.strip()]
        source = "".join("<p>" + escape(part).replace("\n", "<br>") + "</p>" for part in paragraphs)
    cleaned: str = nh3.clean(
        source,
        tags=ALLOWED_TAGS,
        attributes={"a": {"href"}},
        link_rel="noopener nofollow",
        url_schemes=ALLOWED_URL_SCHEMES,
    )
    return cleaned.strip()


def has_text(html: str) -> bool:
    return bool(nh3.clean(html, tags=set()).strip())


def wagtail_rich_text(html: str) -> str:
    """A post's HTML in the form Wagtail stores rich text (bold as <b>, italics as <i>, no rel attributes);
    block quotes become plain paragraphs because the article editor has no quote feature."""
    converted = (
        sanitise(html)
        .replace("<strong>", "<b>")
        .replace("</strong>", "</b>")
        .replace("<em>", "<i>")
        .replace("</em>", "</i>")
    )
    cleaned: str = nh3.clean(
        converted, tags=_WAGTAIL_TAGS, attributes={"a": {"href"}}, link_rel=None, url_schemes=ALLOWED_URL_SCHEMES
    )
    return cleaned


def normalise_tags(raw: str | Iterable[str]) -> str:
    """Tags as stored: lower case, unique, at most MAX_TAGS, wrapped in commas (",sextortion,campaigns,")."""
    parts = raw.split(",") if isinstance(raw, str) else list(raw)
    tags: list[str] = []
    for part in parts:
        tag = " ".join(part.split()).lower()[:MAX_TAG_LENGTH]
        if tag and tag not in tags:
            tags.append(tag)
    tags = tags[:MAX_TAGS]
    return f",{','.join(tags)}," if tags else ""


# --- Who may do what -----------------------------------------------------------------------------------


def can_write(user: User) -> bool:
    """Approved members write posts and comments; staff who only read the community do not."""
    return access.is_member(user)


def can_promote(user: User) -> bool:
    return access.is_network_admin(user) or has_role(user, Role.EDITOR)


def can_edit(user: User, post: BlogPost) -> bool:
    return post.author_id == user.pk and post.moderation.status not in (Status.HIDDEN, Status.REJECTED)


# --- Lists ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BlogFilters:
    tag: str = ""
    strand: str = ""

    @property
    def query(self) -> str:
        from django.utils.http import urlencode

        return urlencode({key: value for key, value in (("tag", self.tag), ("strand", self.strand)) if value})


def published_posts(filters: BlogFilters | None = None) -> models.QuerySet[BlogPost]:
    """Published posts, newest first, with everything a list shows in one query: author, centre, the number
    of published comments."""
    comments = (
        BlogComment.objects.filter(post=models.OuterRef("pk"), moderation__status=Status.PUBLISHED)
        .order_by()
        .values("post")
        .annotate(count=models.Count("pk"))
        .values("count")
    )
    posts = (
        BlogPost.objects.filter(moderation__status=Status.PUBLISHED)
        .select_related("author", "author__community_membership__centre")
        .annotate(comment_count=Coalesce(models.Subquery(comments), 0))
        .order_by("-created_at", "-pk")
    )
    if filters is not None and filters.tag:
        posts = posts.filter(tags__contains=f",{filters.tag.lower()},")
    if filters is not None and filters.strand:
        posts = posts.filter(strand=filters.strand)
    return posts


def posts_page(filters: BlogFilters, number: str | int | None) -> Page[BlogPost]:
    return Paginator(published_posts(filters), PAGE_SIZE).get_page(number)


def author_page(author: User, number: str | int | None) -> Page[BlogPost]:
    return Paginator(published_posts().filter(author=author), PAGE_SIZE).get_page(number)


COMMENTS_PER_PAGE = 50


def comments_page(post: BlogPost, number: str | None, comment: str | None = None) -> Page[BlogComment]:
    """One page of a post's published comments, oldest first; without a page number, the page that shows
    `comment` (an id from a comment's link)."""
    return page_showing(visible_comments(post), number, comment, COMMENTS_PER_PAGE)


def visible_comments(post: BlogPost) -> models.QuerySet[BlogComment]:
    return (
        BlogComment.objects.filter(post=post, moderation__status=Status.PUBLISHED)
        .select_related("author", "author__community_membership__centre")
        .order_by("created_at", "pk")
    )


def membership_of(user: User | None, viewer: User | AnonymousUser) -> Membership | None:
    """The author's membership (centre) as `viewer` may see it: an approved one, or a request only to whoever
    decides on it; None for staff authors, for authors who deleted their account and for everyone else."""
    if user is None:
        return None
    try:
        membership = user.community_membership
    except Membership.DoesNotExist:
        return None
    return membership if access.can_see_membership(viewer, membership) else None


# --- Writing -------------------------------------------------------------------------------------------


@transaction.atomic
def create_post(
    author: User, *, title: str, summary: str, body: str, tags: str | Iterable[str] = "", strand: str = ""
) -> BlogPost:
    if not can_write(author):
        raise PermissionDenied
    body_html = sanitise(body)
    if not has_text(body_html):
        raise BlogError(_("Please write the text of your post."))
    record = moderation_record(author, BlogPost, BLOGS_SPACE)
    post = BlogPost.objects.create(
        moderation=record,
        author=author,
        title=title.strip(),
        summary=summary.strip(),
        body=body_html,
        tags=normalise_tags(tags),
        strand=strand if strand in Strand.values else "",
    )
    attach_record(record, post)
    return post


@transaction.atomic
def edit_post(
    editor: User,
    post: BlogPost,
    *,
    title: str,
    summary: str,
    body: str,
    tags: str | Iterable[str] = "",
    strand: str = "",
) -> BlogPost:
    """Authors edit their own posts. A promoted article is a copy: later edits stay in the community."""
    if not can_edit(editor, post) or not can_write(editor):
        raise PermissionDenied
    body_html = sanitise(body)
    if not has_text(body_html):
        raise BlogError(_("Please write the text of your post."))
    post.title = title.strip()
    post.summary = summary.strip()
    post.body = body_html
    post.tags = normalise_tags(tags)
    post.strand = strand if strand in Strand.values else ""
    post.updated_at = timezone.now()
    post.save(update_fields=["title", "summary", "body", "tags", "strand", "updated_at"])
    return post


@transaction.atomic
def add_comment(author: User, post: BlogPost, body: str) -> BlogComment:
    if not can_write(author):
        raise PermissionDenied
    if post.moderation.status != Status.PUBLISHED:
        raise BlogError(_("This post cannot take comments."))
    text = body.strip()
    if not text:
        raise BlogError(_("Please write a comment."))
    record = moderation_record(author, BlogComment, BLOGS_SPACE)
    comment = BlogComment.objects.create(moderation=record, post=post, author=author, body=text)
    attach_record(record, comment)
    if post.author is not None and post.author_id != author.pk and access.is_member(post.author):
        mail.send_to(
            post.author,
            _("New comment on your blog post"),
            "blog_comment",
            {"post": post, "comment": comment, "url": mail.absolute(comment.get_absolute_url())},
        )
    return comment


# --- Promotion to public news --------------------------------------------------------------------------


def news_index() -> NewsIndexPage | None:
    """The English news section (the original, not a language alias), where promoted posts start."""
    index: NewsIndexPage | None = (
        NewsIndexPage.objects.filter(locale=Locale.get_default(), alias_of__isnull=True).order_by("path").first()
    )
    return index


def _free_slug(parent: NewsIndexPage, title: str) -> str:
    base = slugify(title)[:70].strip("-") or "community-post"
    taken = set(ArticlePage.objects.child_of(parent).filter(slug__startswith=base).values_list("slug", flat=True))
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


def admin_edit_url(article_id: int) -> str:
    return reverse("wagtailadmin_pages:edit", args=[article_id])


@transaction.atomic
def promote_to_news(
    editor: User, post: BlogPost, *, date: dt.date | None = None, notify_author: bool = True
) -> ArticlePage:
    """Copy a post into a draft English news article (not live: an editor submits it to the moderators'
    workflow in the admin) and record the promotion on the post, once."""
    if not can_promote(editor):
        raise PermissionDenied
    # Lock the post row only: its author may be gone (an outer join PostgreSQL cannot lock).
    locked = BlogPost.objects.select_for_update(of=("self",)).select_related("moderation", "author").get(pk=post.pk)
    if locked.promoted_at is not None:
        raise BlogError(_("This post has already been promoted to public news."))
    if locked.moderation.status != Status.PUBLISHED:
        raise BlogError(_("Only a published post can be promoted."))
    parent = news_index()
    if parent is None:
        raise BlogError(_("There is no news section to add the article to."))
    membership = (
        Membership.objects.filter(user_id=locked.author_id).select_related("centre").first()
        if locked.author_id is not None
        else None
    )
    article = ArticlePage(
        title=locked.title,
        slug=_free_slug(parent, locked.title),
        intro=locked.summary,
        body=[("paragraph", RichText(wagtail_rich_text(locked.body)))],
        date=date or timezone.localdate(),
        section=SECTION_FOR_STRAND.get(Strand(locked.strand), Section.NEWS) if locked.strand else Section.NEWS,
        # The centre is credited; the editor decides whether to name the author as well.
        author_centre=membership.centre if membership is not None else None,
        live=False,
        owner=editor,
        locale=parent.locale,
    )
    parent.add_child(instance=article)
    log(instance=article, action="wagtail.create", user=editor)
    article.save_revision(user=editor, log_action=False)
    locked.promoted_at = timezone.now()
    locked.promoted_by = editor
    locked.promoted_article = article
    locked.save(update_fields=["promoted_at", "promoted_by", "promoted_article"])
    post.promoted_at, post.promoted_by, post.promoted_article = locked.promoted_at, editor, article
    if notify_author and locked.author is not None and access.is_member(locked.author):
        mail.send_to(
            locked.author,
            _("Your blog post is proposed for the public news"),
            "blog_promoted",
            {"post": locked, "url": mail.absolute(locked.get_absolute_url())},
        )
    return article
