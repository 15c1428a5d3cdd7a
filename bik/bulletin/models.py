"""Subscribers, the issue pages editors compose, and the mailings that send them (one Delivery per recipient)."""

from __future__ import annotations

from typing import Any, ClassVar

from django.conf import settings
from django.db import models
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from bik.pages.blocks import RICH_TEXT_FEATURES
from bik.pages.models import SectionPage
from bik.pictures.models import IllustratedBase

ISSUES_PER_PAGE = 12

# Bump when the wording next to the subscribe button changes; each subscriber keeps the version they agreed to.
CONSENT_WORDING_VERSION = "2026-01"


class Audience(models.TextChoices):
    SUBSCRIBERS = "subscribers", _("Bulletin subscribers (public, archived)")
    COMMUNITY = "community", _("Community members (internal update, not archived)")


class FeatureBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=160)
    text = blocks.TextBlock(label=_("Text"), max_length=800)
    page = blocks.PageChooserBlock(label=_("Read more on"), required=False)
    url = blocks.URLBlock(label=_("…or an address"), required=False)


class FeaturesBlock(blocks.StreamBlock):
    youth = FeatureBlock(label=_("Youth"), icon="group")
    industry = FeatureBlock(label=_("Industry"), icon="cog")
    research = FeatureBlock(label=_("Research"), icon="doc-full")


class PicksBlock(blocks.StreamBlock):
    news = blocks.PageChooserBlock(label=_("News article"), page_type="news.ArticlePage", icon="doc-full")
    # Resources have no page type of their own yet: any page can be picked.
    resource = blocks.PageChooserBlock(label=_("Resource or other page"), icon="link")


class BulletinIndexPage(RoutablePageMixin, SectionPage):
    """The bulletin's home: subscribe, and the archive of sent issues by year, with Atom and RSS feeds.

    It is a kind of section page (the component's landing page), so the core demo loader, which looks for
    the "bulletin" section under the home page, finds this page rather than making another."""

    subpage_types: ClassVar[list[str]] = ["bulletin.BulletinIssuePage"]
    parent_page_types: ClassVar[list[str]] = ["pages.HomePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("bulletin index")

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        from bik.bulletin import views

        context = super().get_context(request, *args, **kwargs)
        context.update(views.archive_context(self, request))
        return dict(context)

    @path("feed/<str:kind>/", name="feed")
    def feed(self, request: HttpRequest, kind: str) -> HttpResponse:
        from bik.bulletin import feeds

        return feeds.serve(request, self, kind)


class BulletinIssuePage(Page, IllustratedBase):
    """One issue: a focus article, features from youth, industry and research, and picks from the portal.
    Its translations (wagtail-localize) are what subscribers of each language receive."""

    issue_date = models.DateField(_("issue date"), default=timezone.localdate)
    audience = models.CharField(_("audience"), max_length=20, choices=Audience.choices, default=Audience.SUBSCRIBERS)
    summary = models.TextField(
        _("summary"), max_length=400, help_text=_("Shown in the archive and as the email's preheader.")
    )
    focus_title = models.CharField(_("focus article title"), max_length=200)
    focus_body = RichTextField(_("focus article"), features=RICH_TEXT_FEATURES)
    features = StreamField(FeaturesBlock(), blank=True, verbose_name=_("features"))
    picks = StreamField(PicksBlock(), blank=True, verbose_name=_("picked from the portal"))

    content_panels: ClassVar[list[Any]] = [
        *Page.content_panels,
        FieldPanel("issue_date"),
        FieldPanel("audience"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("focus_title"),
                FieldPanel("focus_body"),
                FieldPanel("image"),
                FieldPanel("image_alt"),
                FieldPanel("image_decorative"),
            ],
            heading=_("Focus article"),
        ),
        FieldPanel("features"),
        FieldPanel("picks"),
    ]
    search_fields: ClassVar[list[Any]] = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("focus_title"),
        index.SearchField("focus_body"),
    ]
    override_translatable_fields: ClassVar[list[Any]] = [SynchronizedField("issue_date"), SynchronizedField("audience")]
    parent_page_types: ClassVar[list[str]] = ["bulletin.BulletinIndexPage"]
    subpage_types: ClassVar[list[str]] = []

    class Meta:
        verbose_name = _("bulletin issue")

    @property
    def preview_modes(self) -> list[tuple[str, Any]]:
        return [("", _("Web page")), ("email-html", _("Email (HTML)")), ("email-text", _("Email (plain text)"))]

    def serve_preview(self, request: HttpRequest, mode_name: str) -> HttpResponse:
        from bik.bulletin import emails

        if mode_name in ("email-html", "email-text"):
            rendered = emails.render_issue(self, preview=True)
            if mode_name == "email-text":
                return HttpResponse(rendered.text, content_type="text/plain; charset=utf-8")
            return HttpResponse(rendered.html)
        return super().serve_preview(request, mode_name)  # type: ignore[no-any-return]

    def serve(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        from bik.bulletin import services

        if not services.may_read_issue(request.user, self):
            raise Http404
        return super().serve(request, *args, **kwargs)  # type: ignore[no-any-return]


class Subscriber(models.Model):
    """An address that asked for the bulletin. Only confirmed subscribers receive it."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for confirmation")
        CONFIRMED = "confirmed", _("Subscribed")
        UNSUBSCRIBED = "unsubscribed", _("Unsubscribed")

    email = models.EmailField(_("email address"), unique=True)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES, default="en")
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.PENDING)
    # Rotated on every confirmation email and cleared on use: a confirmation link works once.
    confirmation_nonce = models.CharField(max_length=32, blank=True, editable=False)
    confirmation_sent_at = models.DateTimeField(null=True, blank=True, editable=False)
    consent_at = models.DateTimeField(_("consent given at"), null=True, blank=True)
    consent_wording_version = models.CharField(_("consent wording version"), max_length=20, blank=True)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed at"), null=True, blank=True)
    suppressed_at = models.DateTimeField(
        _("suppressed at"), null=True, blank=True, help_text=_("Set when the address hard-bounced or complained.")
    )
    suppression_reason = models.CharField(_("suppression reason"), max_length=200, blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")
        indexes = [models.Index(fields=["status", "suppressed_at"], name="bulletin_subscriber_sendable")]

    def __str__(self) -> str:
        return str(self.email)


class MemberOptOut(models.Model):
    """A community member who unsubscribed from the internal weekly update."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("community update opt-out")
        verbose_name_plural = _("community update opt-outs")

    def __str__(self) -> str:
        return str(self.user)


class Mailing(models.Model):
    """The sending of one issue (in all its languages) to its audience."""

    class Status(models.TextChoices):
        SCHEDULED = "scheduled", _("Scheduled")
        SENDING = "sending", _("Sending")
        SENT = "sent", _("Sent")
        CANCELLED = "cancelled", _("Cancelled")

    issue = models.ForeignKey(BulletinIssuePage, on_delete=models.PROTECT, related_name="mailings")
    # Mailings are per issue, whatever the language: the source page's translation key identifies the issue.
    issue_key = models.UUIDField(editable=False)
    audience = models.CharField(max_length=20, choices=Audience.choices)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.SCHEDULED)
    scheduled_for = models.DateTimeField(null=True, blank=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("mailing")
        verbose_name_plural = _("mailings")
        ordering = ("-created_at",)
        constraints = [
            # One live mailing per issue: a second "send" cannot mail everyone again.
            models.UniqueConstraint(
                fields=["issue_key"],
                condition=~models.Q(status="cancelled"),
                name="bulletin_one_mailing_per_issue",
            )
        ]

    def __str__(self) -> str:
        return f"{self.issue.title} ({self.get_status_display()})"


class MailingContent(models.Model):
    """What one language's recipients receive, rendered once when sending starts (and kept as sent)."""

    mailing = models.ForeignKey(Mailing, on_delete=models.CASCADE, related_name="contents")
    language = models.CharField(max_length=8)
    issue = models.ForeignKey(BulletinIssuePage, on_delete=models.PROTECT, related_name="+")
    subject = models.CharField(max_length=300)
    html = models.TextField()
    text = models.TextField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["mailing", "language"], name="bulletin_content_per_language")]

    def __str__(self) -> str:
        return f"{self.subject} ({self.language})"


class Delivery(models.Model):
    """One message of one mailing to one recipient.

    pending → claimed (a worker holds a lease on it) → sending (committed just before the SMTP transaction)
    → sent | failed. A claimed row whose lease expired goes back to any worker; a *sending* row whose lease
    expired becomes interrupted and is never sent again, because the server may have accepted it: this is
    what makes every message go out at most once."""

    class State(models.TextChoices):
        PENDING = "pending", _("Waiting")
        CLAIMED = "claimed", _("Claimed by a worker")
        SENDING = "sending", _("Being sent")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")
        INTERRUPTED = "interrupted", _("Interrupted (not retried)")
        SKIPPED = "skipped", _("Skipped (unsubscribed or suppressed)")

    mailing = models.ForeignKey(Mailing, on_delete=models.CASCADE, related_name="deliveries")
    subscriber = models.ForeignKey(
        Subscriber, null=True, blank=True, on_delete=models.SET_NULL, related_name="deliveries"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    email = models.EmailField()
    language = models.CharField(max_length=8)
    state = models.CharField(max_length=20, choices=State.choices, default=State.PENDING)
    claim_token = models.CharField(max_length=32, blank=True)
    lease_until = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    error = models.CharField(max_length=500, blank=True)
    bounced_at = models.DateTimeField(null=True, blank=True)
    unsubscribed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        constraints = [models.UniqueConstraint(fields=["mailing", "email"], name="bulletin_one_delivery_per_recipient")]
        indexes = [
            models.Index(fields=["mailing", "state", "id"], name="bulletin_delivery_queue"),
            models.Index(fields=["mailing", "sent_at"], name="bulletin_delivery_sent"),
        ]

    def __str__(self) -> str:
        return f"{self.email} ({self.state})"


class BounceReceipt(models.Model):
    """A bounce report the webhook accepted, by the digest of its signed body: the unique constraint is what
    refuses a replayed report, even from two web nodes at once. Rows older than the timestamp tolerance are
    pruned, since a report that old is refused by its timestamp anyway (bik.bulletin.bounces)."""

    digest = models.CharField(max_length=64, unique=True)
    sent_at = models.DateTimeField()
    received_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("bounce report received")
        verbose_name_plural = _("bounce reports received")

    def __str__(self) -> str:
        return self.digest
