"""Forums, threads and posts of the BIK Community, with attachments, edit history, follows, notification
preferences and read marks.

Lists must cost the same whatever the size of a forum, so a thread carries its own counters (replies, the
newest visible post) and numbers its posts in order (`Post.position`): a page of a thread is a range of
positions, found through an index, never an OFFSET over thousands of rows. `bik.community.forums.services`
keeps the counters right, including after a moderator hides a post."""

from __future__ import annotations

import uuid
from pathlib import PurePosixPath
from typing import Any

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from bik.community.files import private_storage
from bik.moderation.models import ModeratedContent, Status
from bik.network.models import Strand

POSTS_PER_PAGE = 20
THREADS_PER_PAGE = 25

# The structural forums (created by a data migration) have translated names; forums added later show the
# title stored with them.
FORUM_TEXTS: dict[str, tuple[Promise, Promise]] = {
    "awareness-raising": (
        _("Awareness raising"),
        _("Campaigns, resources, teacher training and Safer Internet Day actions of the awareness centres."),
    ),
    "helplines": (
        _("Helplines"),
        _("Counselling practice, trends in contacts, referrals and helpline statistics."),
    ),
    "hotlines": (
        _("Hotlines"),
        _("Reports of illegal content, notice and takedown, and cooperation with industry and law enforcement."),
    ),
    "youth-participation": (
        _("Youth participation"),
        _("Youth panels: recruiting, running sessions, and young people's voice in the network."),
    ),
    "general": (
        _("General"),
        _("Everything else: network news, questions for all strands, introductions."),
    ),
}


class Forum(models.Model):
    slug = models.SlugField(_("slug"), unique=True)
    title = models.CharField(_("title"), max_length=120)
    description = models.TextField(_("description"), blank=True)
    strand = models.CharField(_("strand"), max_length=12, choices=Strand.choices, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    # Published threads and posts, and the thread with the newest published post.
    thread_count = models.PositiveIntegerField(default=0, editable=False)
    post_count = models.PositiveIntegerField(default=0, editable=False)
    last_post_at = models.DateTimeField(null=True, blank=True, editable=False)
    last_thread = models.ForeignKey(
        "Thread", on_delete=models.SET_NULL, null=True, blank=True, related_name="+", editable=False
    )

    class Meta:
        ordering = ("sort_order", "pk")
        verbose_name = _("forum")
        verbose_name_plural = _("forums")

    def __str__(self) -> str:
        return str(self.display_title)

    def get_absolute_url(self) -> str:
        return reverse("forums:forum", kwargs={"slug": self.slug})

    @property
    def display_title(self) -> str:
        texts = FORUM_TEXTS.get(self.slug)
        return str(texts[0]) if texts else self.title

    @property
    def display_description(self) -> str:
        texts = FORUM_TEXTS.get(self.slug)
        return str(texts[1]) if texts else self.description


class Thread(models.Model):
    forum = models.ForeignKey(Forum, on_delete=models.CASCADE, related_name="threads", verbose_name=_("forum"))
    title = models.CharField(_("title"), max_length=200)
    # Empty once the author deleted their account: the thread and everyone's replies stay ("deleted member").
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="forum_threads"
    )
    created_at = models.DateTimeField(default=timezone.now)
    is_pinned = models.BooleanField(_("pinned"), default=False)
    is_locked = models.BooleanField(_("locked"), default=False)
    # The moderation status of the opening post, copied so that lists filter without joins.
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PUBLISHED, editable=False)
    # The position of the newest post, visible or not: each new post takes the next number.
    last_position = models.PositiveIntegerField(default=0, editable=False)
    # Published replies (the opening post not counted) and the newest published post.
    reply_count = models.PositiveIntegerField(default=0, editable=False)
    last_post = models.ForeignKey(
        "Post", on_delete=models.SET_NULL, null=True, blank=True, related_name="+", editable=False
    )
    last_post_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ("-is_pinned", "-last_post_at", "-pk")
        indexes = [
            models.Index(fields=("forum", "is_pinned", "last_post_at", "id"), name="forums_thread_listing"),
            models.Index(fields=("forum", "status", "author"), name="forums_thread_status"),
        ]
        verbose_name = _("thread")
        verbose_name_plural = _("threads")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("forums:thread", kwargs={"pk": self.pk})

    @property
    def page_count(self) -> int:
        return max(1, -(-self.last_position // POSTS_PER_PAGE))


def _attachment_path(instance: Any, filename: str) -> str:
    """A random name on disk: the original name is kept in the row, never in the file system."""
    suffix = PurePosixPath(filename).suffix.lower()[:10]
    return f"forums/{timezone.now():%Y/%m}/{uuid.uuid4().hex}{suffix}"


class Post(ModeratedContent):
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="posts")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="forum_posts"
    )
    position = models.PositiveIntegerField(editable=False)
    # What the member typed, the sanitised HTML shown, and the plain text searched and sent by email.
    source = models.TextField(_("text"))
    body = models.TextField(editable=False)
    text = models.TextField(editable=False)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    edited_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ("thread", "position")
        constraints = [models.UniqueConstraint(fields=("thread", "position"), name="forums_post_position")]
        verbose_name = _("forum post")
        verbose_name_plural = _("forum posts")

    def __str__(self) -> str:
        return f"{self.thread.title} #{self.position}"

    def moderation_text(self) -> str:
        if self.position == 1:
            return f"{self.thread.title}\n\n{self.text}"
        return self.text

    def get_absolute_url(self) -> str:
        return reverse("forums:post", kwargs={"pk": self.pk})

    @property
    def page_number(self) -> int:
        return (self.position - 1) // POSTS_PER_PAGE + 1

    @property
    def anchor(self) -> str:
        return f"post-{self.position}"

    @property
    def is_opening(self) -> bool:
        return self.position == 1


class PostRevision(models.Model):
    """An earlier version of a post, kept when its author edits it; shown on the post's history page."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="revisions")
    title = models.CharField(max_length=200, blank=True)  # the thread's title then, for opening posts
    body = models.TextField()
    written_at = models.DateTimeField()
    replaced_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ("-written_at", "-pk")
        verbose_name = _("earlier version of a post")
        verbose_name_plural = _("earlier versions of posts")

    def __str__(self) -> str:
        return f"{self.post} @ {self.written_at:%Y-%m-%d %H:%M}"


class Attachment(models.Model):
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(storage=private_storage, upload_to=_attachment_path, max_length=200)
    name = models.CharField(_("file name"), max_length=120)
    media_type = models.CharField(max_length=120)
    kind_label = models.CharField(max_length=40)
    size = models.PositiveBigIntegerField()
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ("post", "pk")
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("forums:attachment", kwargs={"pk": self.pk})


class ThreadFollow(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="followed_threads")
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="follows")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=("user", "thread"), name="forums_follow_thread_once")]

    def __str__(self) -> str:
        return f"{self.user_id} follows thread {self.thread_id}"


class ForumFollow(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="followed_forums")
    forum = models.ForeignKey(Forum, on_delete=models.CASCADE, related_name="follows")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=("user", "forum"), name="forums_follow_forum_once")]

    def __str__(self) -> str:
        return f"{self.user_id} follows forum {self.forum_id}"


class NotificationPreference(models.Model):
    """How a member hears about new posts in what they follow. No row means the default (at once)."""

    class Mode(models.TextChoices):
        IMMEDIATE = "immediate", _("An email for each new post, straight away")
        DIGEST = "digest", _("One email a day with everything new")
        OFF = "off", _("No emails")

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_preference")
    mode = models.CharField(_("forum emails"), max_length=10, choices=Mode.choices, default=Mode.IMMEDIATE)
    last_digest_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("forum notification preference")
        verbose_name_plural = _("forum notification preferences")

    def __str__(self) -> str:
        return f"{self.user_id}: {self.mode}"


class Delivery(models.Model):
    """One email about one post to one member: the unique row makes a repeated task send nothing twice."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="+")
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=("user", "post"), name="forums_notify_once")]

    def __str__(self) -> str:
        return f"post {self.post_id} to {self.user_id}"


class ReadMark(models.Model):
    """How far a member has read a thread: the position of the last post they have seen."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="+")
    position = models.PositiveIntegerField(default=0)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=("user", "thread"), name="forums_read_mark_once")]

    def __str__(self) -> str:
        return f"{self.user_id} read thread {self.thread_id} to {self.position}"
