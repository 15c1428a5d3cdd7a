"""What members do in the forums — start a thread, reply, edit with history, attach documents, follow, read —
and what moderators do (pin, lock). Views, the demo loader, tasks and management commands call these
functions; each keeps the denormalised counters of threads and forums right, so that every page costs the
same number of queries whatever the size of a forum or a thread."""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from types import EllipsisType
from typing import Any

import nh3
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.core.paginator import EmptyPage, Page, PageNotAnInteger, Paginator
from django.db import transaction
from django.db.models import Exists, F, OuterRef, Q, prefetch_related_objects
from django.db.models.functions import Greatest
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from bik.accounts.models import User, member_name
from bik.accounts.roles import Role
from bik.community import access, mail
from bik.community import services as community
from bik.community.access import FORUMS_SPACE
from bik.community.files import safe_download_name, validate_document
from bik.community.forums.models import (
    POSTS_PER_PAGE,
    THREADS_PER_PAGE,
    Attachment,
    Delivery,
    Forum,
    ForumFollow,
    NotificationPreference,
    Post,
    PostRevision,
    ReadMark,
    Thread,
    ThreadFollow,
)
from bik.community.models import Membership
from bik.moderation import services as moderation
from bik.moderation import spaces as moderation_spaces
from bik.moderation.models import ModeratedItem, Status
from bik.outbox.services import enqueue_on_commit

MAX_ATTACHMENTS = 5
MAX_SOURCE_LENGTH = 20_000
SEARCH_PAGE_SIZE = 20
SEARCH_LIMIT = 200
DIGEST_MAX_POSTS = 100
DIGEST_FIRST_WINDOW = dt.timedelta(days=1)
STAFF_ROLES = (Role.MODERATOR.value, Role.EDITOR.value, Role.NETWORK_ADMIN.value)


class ForumError(Exception):
    """Something a member asked for that the forum refuses (a locked thread, an empty post…), with a message
    for them."""


# --- Who may do what ------------------------------------------------------------------------------------


def is_moderator(user: User | AnonymousUser) -> bool:
    return access.remembered(user, "moderator", lambda: moderation_spaces.is_global_moderator(user))


def can_post(user: User | AnonymousUser) -> bool:
    """Approved members write; moderators too (to explain a lock, say). Editors and admins only read."""
    return access.remembered(user, "post", lambda: access.is_member(user) or is_moderator(user))


def thread_filter(user: User | AnonymousUser, prefix: str = "") -> Q:
    """Threads a reader may see: published ones, their own unless hidden, everything for moderators."""
    if is_moderator(user):
        return Q()
    condition = Q(**{f"{prefix}status": Status.PUBLISHED})
    if isinstance(user, User) and user.is_authenticated:
        condition |= Q(**{f"{prefix}author": user}) & ~Q(**{f"{prefix}status": Status.HIDDEN})
    return condition


def post_filter(user: User | AnonymousUser) -> Q:
    return moderation.visible_filter(user, FORUMS_SPACE)


def can_see_thread(user: User | AnonymousUser, thread: Thread) -> bool:
    if thread.status == Status.PUBLISHED or is_moderator(user):
        return True
    return isinstance(user, User) and thread.author_id == user.pk and thread.status != Status.HIDDEN


def can_see_post(user: User | AnonymousUser, post: Post) -> bool:
    return can_see_thread(user, post.thread) and moderation.can_see(user, post.moderation)


def can_reply(user: User | AnonymousUser, thread: Thread) -> bool:
    if not can_post(user) or thread.status != Status.PUBLISHED:
        return False
    return not thread.is_locked or is_moderator(user)


def can_edit(user: User | AnonymousUser, post: Post) -> bool:
    if not isinstance(user, User) or post.author_id != user.pk or not can_post(user):
        return False
    return not post.thread.is_locked or is_moderator(user)


def _require_poster(user: User) -> None:
    if not can_post(user):
        raise PermissionDenied(_("Only community members can write in the forums."))


# --- What members write ---------------------------------------------------------------------------------

ALLOWED_TAGS = {"p", "br", "strong", "em", "a", "ul", "ol", "li", "blockquote", "code", "pre"}
_BLOCK_START = re.compile(r"\s*<\s*(?:p|ul|ol|blockquote|pre)\b", re.IGNORECASE)
_NESTING = re.compile(r"<\s*(/?)\s*(?:ul|ol|blockquote|pre)\b", re.IGNORECASE)
_BREAKS = re.compile(r"<\s*(?:br\s*/?|/\s*(?:p|li|blockquote|pre|ul|ol))\s*>\n?", re.IGNORECASE)


@dataclass(frozen=True)
class Body:
    html: str
    text: str


def render_body(source: str) -> Body:
    """Turn what a member typed — plain text, or a little HTML (see ALLOWED_TAGS) — into safe HTML and plain
    text. Blank lines separate paragraphs and single line breaks are kept, except inside HTML blocks."""
    source = source.replace("\r\n", "\n").replace("\r", "\n").strip()
    parts: list[str] = []
    depth = 0
    for chunk in re.split(r"\n[ \t]*\n", source):
        if not chunk.strip():
            continue
        if depth > 0 or _BLOCK_START.match(chunk):
            parts.append(chunk)
        else:
            parts.append("<p>" + chunk.strip("\n").replace("\n", "<br>\n") + "</p>")
        for match in _NESTING.finditer(chunk):
            depth = max(0, depth + (-1 if match.group(1) else 1))
    cleaned = nh3.clean(
        "\n\n".join(parts),
        tags=ALLOWED_TAGS,
        attributes={"a": {"href"}},
        link_rel="noopener nofollow",
        url_schemes={"http", "https", "mailto"},
        strip_comments=True,
    )
    plain = html.unescape(nh3.clean(_BREAKS.sub("\n", cleaned), tags=set()))
    text = "\n".join(line.strip() for line in plain.splitlines())
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    return Body(cleaned, text)


def check_source(source: str) -> Body:
    """The body, or a translated ValidationError when nothing would be left to read."""
    if len(source) > MAX_SOURCE_LENGTH:
        raise ValidationError(
            _("Please keep a post under %(limit)d characters."), code="too_long", params={"limit": MAX_SOURCE_LENGTH}
        )
    body = render_body(source)
    if not body.text:
        raise ValidationError(_("Write something first."), code="empty")
    return body


def quote(post: Post) -> str:
    """The start of a reply quoting `post`: its text in a blockquote, ready for the reply form."""
    name = display_name(post.author)
    return f"<blockquote><p><strong>{html.escape(name)}</strong>:</p>\n{post.body}</blockquote>\n\n"


def display_name(user: User | None) -> str:
    return member_name(user, full=True)


def affiliation(user: User | None) -> str:
    """ "Role, centre" of an approved member (as select_related on a page brings it), else nothing."""
    membership = getattr(user, "community_membership", None)
    if membership is None or membership.status != Membership.Status.APPROVED:
        return ""
    return f"{membership.job_title}, {membership.centre.name}"


def _create_post(
    record: ModeratedItem, thread: Thread, author: User, position: int, source: str, when: dt.datetime
) -> Post:
    body = check_source(source)
    post = Post.objects.create(
        moderation=record,
        thread=thread,
        author=author,
        position=position,
        source=source,
        body=body.html,
        text=body.text,
        created_at=when,
    )
    community.attach_record(record, post)
    return post


def _store_attachments(post: Post, uploads: Sequence[UploadedFile]) -> list[Attachment]:
    if len(uploads) > MAX_ATTACHMENTS:
        raise ValidationError(_("You can attach up to %(limit)d files to a post."), params={"limit": MAX_ATTACHMENTS})
    stored = []
    for upload in uploads:
        kind = validate_document(upload)
        upload.seek(0)
        attachment = Attachment(
            post=post,
            name=safe_download_name(upload.name or "", kind.extension),
            media_type=kind.media_type,
            kind_label=kind.label,
            size=upload.size or 0,
        )
        attachment.file.save(attachment.name, upload, save=False)
        attachment.save()
        stored.append(attachment)
    return stored


def _after_commit_notify(post: Post) -> None:
    from bik.community.forums import tasks

    post_id = post.pk
    enqueue_on_commit(tasks.notify_followers, post_id)


def _next_position(thread_id: int) -> int:
    # The UPDATE takes the row lock (PostgreSQL) or the write lock (SQLite) first, so two replies at the same
    # moment get different numbers.
    Thread.objects.filter(pk=thread_id).update(last_position=F("last_position") + 1)
    return int(Thread.objects.filter(pk=thread_id).values_list("last_position", flat=True).get())


def _forum_touched(forum_id: int, thread: Thread, when: dt.datetime, *, new_thread: bool) -> None:
    Forum.objects.filter(pk=forum_id).update(
        post_count=F("post_count") + 1, thread_count=F("thread_count") + (1 if new_thread else 0)
    )
    Forum.objects.filter(pk=forum_id).filter(Q(last_post_at__isnull=True) | Q(last_post_at__lte=when)).update(
        last_post_at=when, last_thread=thread
    )


@transaction.atomic
def start_thread(
    author: User,
    forum: Forum,
    title: str,
    source: str,
    uploads: Sequence[UploadedFile] = (),
    *,
    when: dt.datetime | None = None,
    notify: bool = True,
) -> Thread:
    _require_poster(author)
    title = title.strip()
    if not title:
        raise ForumError(_("Give the thread a title."))
    check_source(source)  # before the rate limit counts the attempt
    record = community.moderation_record(author, Post, FORUMS_SPACE)
    now = when or timezone.now()
    thread = Thread.objects.create(
        forum=forum, title=title, author=author, created_at=now, last_position=1, last_post_at=now
    )
    post = _create_post(record, thread, author, 1, source, now)
    _store_attachments(post, uploads)
    Thread.objects.filter(pk=thread.pk).update(last_post=post)
    thread.last_post = post
    _forum_touched(forum.pk, thread, now, new_thread=True)
    follow_thread(author, thread)
    mark_read(author, thread, 1)
    if notify:
        _after_commit_notify(post)
    return thread


@transaction.atomic
def reply(
    author: User,
    thread: Thread,
    source: str,
    uploads: Sequence[UploadedFile] = (),
    *,
    when: dt.datetime | None = None,
    notify: bool = True,
) -> Post:
    _require_poster(author)
    current = Thread.objects.get(pk=thread.pk)
    if current.status != Status.PUBLISHED:
        raise ForumError(_("This thread is not open for replies."))
    if current.is_locked and not is_moderator(author):
        raise ForumError(_("This thread is locked: a moderator has closed it to new replies."))
    check_source(source)  # before the rate limit counts the attempt
    record = community.moderation_record(author, Post, FORUMS_SPACE)
    now = when or timezone.now()
    position = _next_position(current.pk)
    post = _create_post(record, current, author, position, source, now)
    _store_attachments(post, uploads)
    Thread.objects.filter(pk=current.pk).update(
        reply_count=F("reply_count") + 1, last_post=post, last_post_at=Greatest(F("last_post_at"), now)
    )
    _forum_touched(current.forum_id, current, now, new_thread=False)
    follow_thread(author, current)
    mark_read(author, current, position)
    if notify:
        _after_commit_notify(post)
    return post


@transaction.atomic
def edit_post(editor: User, post: Post, source: str, title: str | None = None) -> Post:
    """Change a post; the version it replaces is kept and listed on the post's history page."""
    if not can_edit(editor, post):
        if post.thread.is_locked and post.author_id == editor.pk:
            raise ForumError(_("This thread is locked: posts in it can no longer be changed."))
        raise PermissionDenied
    body = check_source(source)
    thread = post.thread
    new_title = (title or "").strip() if post.is_opening else ""
    title_changed = bool(new_title) and new_title != thread.title
    if body.html == post.body and not title_changed:
        return post
    PostRevision.objects.create(
        post=post,
        title=thread.title if post.is_opening else "",
        body=post.body,
        written_at=post.edited_at or post.created_at,
    )
    post.source, post.body, post.text, post.edited_at = source, body.html, body.text, timezone.now()
    post.save(update_fields=["source", "body", "text", "edited_at"])
    if title_changed:
        thread.title = new_title
        thread.save(update_fields=["title"])
    return post


def history(post: Post) -> list[PostRevision]:
    return list(post.revisions.all())


# --- Moderators: pin and lock ---------------------------------------------------------------------------


def _opening_record(thread: Thread) -> ModeratedItem | None:
    post = Post.objects.filter(thread=thread, position=1).select_related("moderation").first()
    return post.moderation if post else None


def set_pinned(moderator: User, thread: Thread, pinned: bool) -> Thread:
    if not is_moderator(moderator):
        raise PermissionDenied
    Thread.objects.filter(pk=thread.pk).update(is_pinned=pinned)
    thread.is_pinned = pinned
    moderation.audit(moderator, "forum-pin" if pinned else "forum-unpin", item=_opening_record(thread))
    return thread


def set_locked(moderator: User, thread: Thread, locked: bool) -> Thread:
    if not is_moderator(moderator):
        raise PermissionDenied
    Thread.objects.filter(pk=thread.pk).update(is_locked=locked)
    thread.is_locked = locked
    moderation.audit(moderator, "forum-lock" if locked else "forum-unlock", item=_opening_record(thread))
    return thread


# --- Counters after a moderator's decision ---------------------------------------------------------------


def moderation_changed(item: ModeratedItem) -> None:
    """A moderator published, hid or rejected a post: copy the status to its thread if it opens one, and count
    again what the thread and its forum show."""
    post = Post.objects.filter(moderation=item).select_related("thread").first()
    if post is None:
        return
    thread = post.thread
    if post.is_opening and thread.status != item.status:
        Thread.objects.filter(pk=thread.pk).update(status=item.status)
    recount_thread(thread.pk)
    recount_forum(thread.forum_id)


def recount_thread(thread_id: int) -> None:
    thread = Thread.objects.get(pk=thread_id)
    published = Post.objects.filter(thread_id=thread_id, moderation__status=Status.PUBLISHED)
    last = published.order_by("-position").first()
    Thread.objects.filter(pk=thread_id).update(
        reply_count=published.filter(position__gt=1).count(),
        last_post=last,
        last_post_at=last.created_at if last else thread.created_at,
    )


def recount_forum(forum_id: int) -> None:
    threads = Thread.objects.filter(forum_id=forum_id, status=Status.PUBLISHED)
    last = threads.order_by("-last_post_at", "-pk").first()
    Forum.objects.filter(pk=forum_id).update(
        thread_count=threads.count(),
        post_count=Post.objects.filter(
            thread__forum_id=forum_id, thread__status=Status.PUBLISHED, moderation__status=Status.PUBLISHED
        ).count(),
        last_thread=last,
        last_post_at=last.last_post_at if last else None,
    )


def recount_after_commit(thread_id: int) -> None:
    forum_id = Thread.objects.filter(pk=thread_id).values_list("forum_id", flat=True).first()

    def recount() -> None:
        if Thread.objects.filter(pk=thread_id).exists():
            recount_thread(thread_id)
        if forum_id is not None:
            recount_forum(forum_id)

    transaction.on_commit(recount)


# --- Lists and pages ------------------------------------------------------------------------------------


class _CountedPaginator(Paginator[Any]):
    """A paginator told its count (a denormalised counter) instead of running COUNT(*)."""

    def __init__(self, object_list: Any, per_page: int, *, count: int) -> None:
        super().__init__(object_list, per_page)
        self._known_count = count

    @cached_property
    def count(self) -> int:
        return self._known_count


def _page_number(paginator: Paginator[Any], number: Any) -> int:
    try:
        return int(paginator.validate_number(number))
    except PageNotAnInteger:
        return 1
    except EmptyPage:
        return int(paginator.num_pages)


def forums_for_index() -> list[Forum]:
    return list(Forum.objects.select_related("last_thread__last_post__author"))


# Opening posts in these states are listed for their author (and moderators) only.
_SHOWN_TO_AUTHOR_ONLY = (Status.HELD, Status.REJECTED, Status.CHANGES_REQUESTED)


def thread_page(user: User, forum: Forum, number: Any) -> Page[Thread]:
    """One page of a forum's threads, pinned first, then by the newest post."""
    if is_moderator(user):
        count = Thread.objects.filter(forum=forum).count()
    else:
        own = Thread.objects.filter(forum=forum, author=user, status__in=_SHOWN_TO_AUTHOR_ONLY)
        count = forum.thread_count + own.count()
    threads = (
        Thread.objects.filter(forum=forum)
        .filter(thread_filter(user))
        .select_related("author", "last_post__author")
        .order_by("-is_pinned", "-last_post_at", "-pk")
    )
    return _CountedPaginator(threads, THREADS_PER_PAGE, count=count).get_page(number)


def unread_threads(user: User, threads: Sequence[Thread]) -> set[int]:
    """The ids of the threads with a visible post after the one the member read last (or never opened)."""
    marks = dict(
        ReadMark.objects.filter(user=user, thread__in=[t.pk for t in threads]).values_list("thread_id", "position")
    )
    return {
        thread.pk
        for thread in threads
        if thread.last_post is not None and thread.last_post.position > marks.get(thread.pk, 0)
    }


# What a page of a thread shows; the rest of these wide rows (the source text, the moderation details, the
# author's account) stays in the database.
_POST_PAGE_FIELDS = (
    "thread_id",
    "author_id",
    "moderation_id",
    "position",
    "body",
    "created_at",
    "edited_at",
    "moderation__status",
    "moderation__author_id",
    "moderation__space_key",
    "author__first_name",
    "author__last_name",
    "author__display_name",
    "author__email",
    "author__community_membership__status",
    "author__community_membership__job_title",
    "author__community_membership__user_id",
    "author__community_membership__centre_id",
    "author__community_membership__centre__name",
)


def post_page(user: User, thread: Thread, number: Any) -> Page[Post]:
    """One page of a thread: the posts numbered within its range of positions that the reader may see."""
    paginator = _CountedPaginator([], POSTS_PER_PAGE, count=thread.last_position)
    current = _page_number(paginator, number)
    low = (current - 1) * POSTS_PER_PAGE
    posts = list(
        Post.objects.filter(thread=thread, position__gt=low, position__lte=low + POSTS_PER_PAGE)
        .filter(post_filter(user))
        .select_related("author__community_membership__centre", "moderation")
        .only(*_POST_PAGE_FIELDS)
        .annotate(has_files=Exists(Attachment.objects.filter(post=OuterRef("pk"))))
        .order_by("position")
    )
    # Most pages have no attachment, and then need no query for them (see `attachments_of`).
    with_files = [post for post in posts if post.has_files]
    if with_files:
        prefetch_related_objects(with_files, "attachments")
    return Page(posts, current, paginator)


def attachments_of(post: Post) -> list[Attachment]:
    """A post's attachments on a page from `post_page`: prefetched where there are any."""
    return list(post.attachments.all()) if getattr(post, "has_files", True) else []


def first_unread(user: User, thread: Thread) -> Post | None:
    """The first post the member has not seen yet, if they opened the thread before and something is new."""
    mark = ReadMark.objects.filter(user=user, thread=thread).values_list("position", flat=True).first()
    if mark is None or mark >= thread.last_position:
        return None
    return Post.objects.filter(thread=thread, position__gt=mark).filter(post_filter(user)).order_by("position").first()


def read_position(user: User, thread: Thread) -> int | None:
    """The position up to which the member has read the thread; None if they never opened it."""
    found = ReadMark.objects.filter(user=user, thread=thread).values_list("position", flat=True).first()
    return None if found is None else int(found)


def mark_read(user: User, thread: Thread, position: int, *, known: int | EllipsisType | None = ...) -> None:
    """Remember that the member has seen the thread up to `position`, never moving the mark back. One
    statement when the caller passes what `read_position` said (`known`)."""
    now = timezone.now()
    if known is ...:
        known = read_position(user, thread)
    if known is None:
        mark = ReadMark(user=user, thread=thread, position=position, updated_at=now)
        ReadMark.objects.bulk_create([mark], ignore_conflicts=True)
    else:
        ReadMark.objects.filter(user=user, thread=thread, position__lt=position).update(
            position=position, updated_at=now
        )


@dataclass(frozen=True)
class SearchResults:
    page: Page[Post]
    more: bool  # there are more matches than SEARCH_LIMIT; the page counts the newest ones only


def search(user: User, words: str, forum: Forum | None, number: Any) -> SearchResults:
    """Posts the member may see whose text (or whose thread's title, for opening posts) contains the words,
    newest first. At most SEARCH_LIMIT are counted and paged: the database walks the posts from the newest
    and stops there, so a word found in every post costs no more than a rare one."""
    words = words.strip()
    matches = Q(text__icontains=words) | Q(position=1, thread__title__icontains=words)
    found = Post.objects.filter(matches).filter(post_filter(user)).filter(thread_filter(user, prefix="thread__"))
    if forum is not None:
        found = found.filter(thread__forum=forum)
    ids = list(found.order_by("-pk").values_list("pk", flat=True)[: SEARCH_LIMIT + 1])
    page = Paginator[Any](ids[:SEARCH_LIMIT], SEARCH_PAGE_SIZE).get_page(number)
    posts = Post.objects.filter(pk__in=list(page.object_list)).select_related("thread__forum", "author").order_by("-pk")
    return SearchResults(Page(list(posts), page.number, page.paginator), more=len(ids) > SEARCH_LIMIT)


# --- Following and preferences --------------------------------------------------------------------------


def follow_thread(user: User, thread: Thread) -> None:
    ThreadFollow.objects.get_or_create(user=user, thread=thread)


def unfollow_thread(user: User, thread: Thread) -> None:
    ThreadFollow.objects.filter(user=user, thread=thread).delete()


def follow_forum(user: User, forum: Forum) -> None:
    ForumFollow.objects.get_or_create(user=user, forum=forum)


def unfollow_forum(user: User, forum: Forum) -> None:
    ForumFollow.objects.filter(user=user, forum=forum).delete()


def follows_thread(user: User, thread: Thread) -> bool:
    return ThreadFollow.objects.filter(user=user, thread=thread).exists()


def follows_forum(user: User, forum: Forum) -> bool:
    return ForumFollow.objects.filter(user=user, forum=forum).exists()


def preference(user: User) -> NotificationPreference:
    found = NotificationPreference.objects.filter(user=user).first()
    return found if found is not None else NotificationPreference(user=user)


def set_mode(user: User, mode: str) -> NotificationPreference:
    if mode not in NotificationPreference.Mode.values:
        raise ValueError(mode)
    chosen, _created = NotificationPreference.objects.update_or_create(user=user, defaults={"mode": mode})
    return chosen


# --- Emails ---------------------------------------------------------------------------------------------


def _readers() -> Q:
    """People who may still read the community: approved members, and the staff who read it."""
    staff = User.groups.through.objects.filter(user_id=OuterRef("pk"), group__name__in=STAFF_ROLES)
    return Q(is_active=True) & (
        Q(community_membership__status=Membership.Status.APPROVED) | Q(is_superuser=True) | Q(Exists(staff))
    )


def _followers_of(thread: Thread) -> Q:
    return Q(Exists(ThreadFollow.objects.filter(user_id=OuterRef("pk"), thread_id=thread.pk))) | Q(
        Exists(ForumFollow.objects.filter(user_id=OuterRef("pk"), forum_id=thread.forum_id))
    )


def immediate_recipients(post: Post) -> list[User]:
    """Followers of the post's thread or forum who want an email at once, except its author."""
    readers = User.objects.filter(_followers_of(post.thread)).filter(_readers())
    if post.author_id is not None:
        readers = readers.exclude(pk=post.author_id)
    return list(
        readers.exclude(
            forum_preference__mode__in=(NotificationPreference.Mode.DIGEST, NotificationPreference.Mode.OFF)
        ).order_by("pk")
    )


def _links(post: Post) -> dict[str, str]:
    return {
        "url": mail.absolute(post.get_absolute_url()),
        "preferences_url": mail.absolute(reverse("forums:preferences")),
        "unfollow_url": mail.absolute(reverse("forums:thread", kwargs={"pk": post.thread_id})),
    }


def notify_followers(post_id: int) -> int:
    """Email the followers who want each post straight away. A member gets one email per post however often
    this runs: the Delivery row is written first, under a unique constraint."""
    post = (
        Post.objects.filter(pk=post_id, moderation__status=Status.PUBLISHED, thread__status=Status.PUBLISHED)
        .select_related("thread__forum", "author")
        .first()
    )
    if post is None:
        return 0
    sent = 0
    for recipient in immediate_recipients(post):
        delivery, created = Delivery.objects.get_or_create(user=recipient, post=post)
        if not created:
            continue
        try:
            _send_post_email(recipient, post)
        except Exception:
            delivery.delete()
            raise
        sent += 1
    return sent


def _send_post_email(recipient: User, post: Post) -> None:
    with translation.override(mail.language_of(recipient)):
        thread = post.thread
        if post.is_opening:
            subject = _("New thread in %(forum)s: %(title)s") % {
                "forum": thread.forum.display_title,
                "title": thread.title,
            }
        else:
            subject = _("New reply: %(title)s") % {"title": thread.title}
        context = {"post": post, "thread": thread, "forum": thread.forum, "author": display_name(post.author)}
        mail.send_to(recipient, subject, "forum_post", {**context, **_links(post)})


def digest_posts(user: User, since: dt.datetime, until: dt.datetime) -> list[Post]:
    followed = Exists(ThreadFollow.objects.filter(user=user, thread_id=OuterRef("thread_id"))) | Exists(
        ForumFollow.objects.filter(user=user, forum_id=OuterRef("thread__forum_id"))
    )
    return list(
        Post.objects.filter(created_at__gt=since, created_at__lte=until)
        .filter(followed)
        .filter(moderation__status=Status.PUBLISHED, thread__status=Status.PUBLISHED)
        .exclude(author=user)
        .select_related("thread__forum", "author")
        .order_by("thread__forum__sort_order", "thread_id", "position")[:DIGEST_MAX_POSTS]
    )


def send_digests(now: dt.datetime | None = None) -> int:
    """Send each member who chose the daily digest one email with the new posts in what they follow since
    their last digest. Running it twice sends nothing twice: a member's digest is claimed by moving their
    `last_digest_at` forward with a compare-and-set before the email goes."""
    now = now or timezone.now()
    preferences = (
        NotificationPreference.objects.filter(mode=NotificationPreference.Mode.DIGEST)
        .filter(user__in=User.objects.filter(_readers()))
        .select_related("user")
        .order_by("pk")
    )
    sent = 0
    for choice in preferences.iterator():
        since = choice.last_digest_at or now - DIGEST_FIRST_WINDOW
        posts = digest_posts(choice.user, since, now)
        if not posts:
            continue
        claimed = NotificationPreference.objects.filter(pk=choice.pk, last_digest_at=choice.last_digest_at).update(
            last_digest_at=now
        )
        if not claimed:
            continue
        try:
            _send_digest(choice.user, posts)
        except Exception:
            NotificationPreference.objects.filter(pk=choice.pk).update(last_digest_at=choice.last_digest_at)
            raise
        sent += 1
    return sent


@dataclass
class _DigestThread:
    thread: Thread
    url: str
    posts: list[Post]


def _send_digest(recipient: User, posts: Iterable[Post]) -> None:
    with translation.override(mail.language_of(recipient)):
        grouped: dict[int, _DigestThread] = {}
        for post in posts:
            entry = grouped.get(post.thread_id)
            if entry is None:
                entry = grouped[post.thread_id] = _DigestThread(post.thread, "", [])
            entry.posts.append(post)
        for entry in grouped.values():
            entry.url = mail.absolute(entry.posts[0].get_absolute_url())
        count = sum(len(entry.posts) for entry in grouped.values())
        subject = ngettext("Your forum digest: %(count)d new post", "Your forum digest: %(count)d new posts", count) % {
            "count": count
        }
        mail.send_to(
            recipient,
            subject,
            "forum_digest",
            {
                "threads": list(grouped.values()),
                "count": count,
                "preferences_url": mail.absolute(reverse("forums:preferences")),
            },
        )
