"""Members' blog posts and the comments on them. Each has a moderation record (`bik.moderation`), so anyone
in the community can report it and moderators can hide it; lists show only published ones."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _

from bik.moderation.models import ModeratedContent
from bik.network.models import Strand


class BlogPost(ModeratedContent):
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="community_blog_posts",
        verbose_name=_("author"),
    )
    title = models.CharField(_("title"), max_length=200)
    # As long as a news article's introduction, so a promoted post keeps it whole.
    summary = models.TextField(_("summary"), max_length=600)
    body = models.TextField(_("text"), help_text=_("Sanitised HTML (see bik.community.blogs.services.sanitise)."))
    # Normalised as ",tag one,tag two," so that one tag is matched exactly with a `contains` filter.
    tags = models.CharField(_("tags"), max_length=300, blank=True)
    strand = models.CharField(_("strand"), max_length=20, choices=Strand.choices, blank=True)
    created_at = models.DateTimeField(_("written at"), default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(_("last edited at"), default=timezone.now)
    # Promotion to a public news article: set once, so a post is never promoted twice.
    promoted_at = models.DateTimeField(_("promoted at"), null=True, blank=True)
    promoted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    promoted_article = models.ForeignKey(
        "news.ArticlePage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("news article"),
    )

    class Meta:
        ordering = ("-created_at", "-pk")
        verbose_name = _("community blog post")
        verbose_name_plural = _("community blog posts")

    def __str__(self) -> str:
        return str(self.title)

    def get_absolute_url(self) -> str:
        return reverse("blogs:post", kwargs={"pk": self.pk})

    def moderation_text(self) -> str:
        from bik.events.ical import plain_text

        return f"{self.title}\n\n{self.summary}\n\n{plain_text(self.body)}"

    @property
    def body_html(self) -> SafeString:
        """The text, sanitised again on the way out: whatever wrote the row, only the small tag set renders."""
        from bik.community.blogs.services import sanitise

        return mark_safe(sanitise(self.body))  # noqa: S308 -- sanitised by nh3 just above

    @property
    def tag_list(self) -> list[str]:
        return [tag for tag in self.tags.split(",") if tag]

    @property
    def was_edited(self) -> bool:
        return (self.updated_at - self.created_at).total_seconds() > 60


class BlogComment(ModeratedContent):
    post = models.ForeignKey(BlogPost, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="community_blog_comments",
        verbose_name=_("author"),
    )
    body = models.TextField(_("comment"), max_length=4000)
    created_at = models.DateTimeField(_("written at"), default=timezone.now)

    class Meta:
        ordering = ("created_at", "pk")
        verbose_name = _("community blog comment")
        verbose_name_plural = _("community blog comments")

    def __str__(self) -> str:
        return self.body[:60]

    def get_absolute_url(self) -> str:
        """The post's page that shows this comment (the view finds which), scrolled to it."""
        return f"{reverse('blogs:post', kwargs={'pk': self.post_id})}?comment={self.pk}#comment-{self.pk}"

    def moderation_text(self) -> str:
        return self.body
