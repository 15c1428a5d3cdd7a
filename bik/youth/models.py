from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel

from bik.moderation.models import ModeratedContent

DEFAULT_CONSENT_AGE = 16
EUROPEAN_SLUG = "europe"


class ConsentAge(models.Model):
    """The age of digital consent in a country (GDPR art. 8); network admins keep it up to date."""

    country = CountryField(_("country"), unique=True)
    age = models.PositiveSmallIntegerField(_("age of digital consent"), default=DEFAULT_CONSENT_AGE)
    source = models.CharField(_("source"), max_length=300, blank=True)

    panels: ClassVar[list[Any]] = [FieldPanel("country"), FieldPanel("age"), FieldPanel("source")]

    class Meta:
        ordering = ("country",)
        verbose_name = _("age of digital consent")
        verbose_name_plural = _("ages of digital consent")

    def __str__(self) -> str:
        return f"{self.country.name}: {self.age}"


class Space(models.Model):  # type: ignore[django-manager-missing] # LearningModule is a ClusterableModel
    """The European space (no country, English) or a national space (its country's language)."""

    slug = models.SlugField(_("slug"), unique=True)
    title = models.CharField(_("title"), max_length=120)
    country = CountryField(_("country"), blank=True)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES, default="en")
    intro = models.TextField(_("introduction"), blank=True)

    panels: ClassVar[list[Any]] = [
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("country"),
        FieldPanel("language"),
        FieldPanel("intro"),
    ]

    class Meta:
        ordering = ("country", "title")
        verbose_name = _("youth space")
        verbose_name_plural = _("youth spaces")

    def __str__(self) -> str:
        return str(self.title)

    def get_absolute_url(self) -> str:
        return reverse("youth:space", kwargs={"slug": self.slug})

    @property
    def is_european(self) -> bool:
        return not self.country

    @property
    def moderation_key(self) -> str:
        return f"youth-{self.slug}"


class Avatar(models.TextChoices):
    """The pictures a young member chooses from (bik/static/bik/img/avatars/): never an uploaded photo."""

    FOX = "fox", _("Fox")
    OWL = "owl", _("Owl")
    CAT = "cat", _("Cat")
    BEAR = "bear", _("Bear")
    FROG = "frog", _("Frog")
    ROBOT = "robot", _("Robot")
    OCTOPUS = "octopus", _("Octopus")
    PENGUIN = "penguin", _("Penguin")
    BUNNY = "bunny", _("Bunny")
    WHALE = "whale", _("Whale")
    ALIEN = "alien", _("Alien")
    LION = "lion", _("Lion")


def avatar_file(avatar: str) -> str:
    """The static path of an avatar's picture; a star for a member who has not chosen one."""
    return f"bik/img/avatars/{avatar if avatar in Avatar.values else 'default'}.svg"


class YouthProfile(ModeratedContent):
    """A young person's pseudonymous profile. Real names, photos and locations are never stored here; the
    pseudonym is `user.display_name`. Private by default: other members see the pseudonym only."""

    class Consent(models.TextChoices):
        NOT_NEEDED = "not_needed", _("Not needed (at or above the age of digital consent)")
        PENDING = "pending", _("Waiting for a parent or carer")
        GIVEN = "given", _("Given by a parent or carer")

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="youth_profile")
    year_of_birth = models.PositiveSmallIntegerField(_("year of birth"))
    country = CountryField(_("country"))
    consent_status = models.CharField(_("consent"), max_length=12, choices=Consent.choices)
    parent_email = models.EmailField(_("parent's or carer's email"), blank=True)
    consent_given_at = models.DateTimeField(_("consent given at"), null=True, blank=True)
    # When the parent or carer was last emailed: only once the young person's own address is verified.
    consent_requested_at = models.DateTimeField(_("parent or carer asked at"), null=True, blank=True)
    consent_text_version = models.CharField(_("consent text version"), max_length=20, blank=True)
    consent_nonce = models.CharField(max_length=32, blank=True, editable=False)
    about = models.CharField(_("about me"), max_length=280, blank=True)
    is_public = models.BooleanField(_("show 'about me' to other members"), default=False)
    avatar = models.CharField(_("avatar"), max_length=12, choices=Avatar.choices, blank=True)
    # When the member first saw the welcome page (the rules and safety tools); empty until then.
    welcomed_at = models.DateTimeField(_("welcomed at"), null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("youth profile")
        verbose_name_plural = _("youth profiles")

    def __str__(self) -> str:
        return self.user.public_name

    @property
    def may_post(self) -> bool:
        return self.consent_status != self.Consent.PENDING

    def moderation_text(self) -> str:
        return f"{self.user.public_name}\n{self.about}"

    @property
    def avatar_file(self) -> str:
        return avatar_file(self.avatar)

    def get_absolute_url(self) -> str:
        return reverse("youth:profile", kwargs={"pk": self.pk})


class Block(models.Model):
    blocker = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="youth_blocks")
    blocked = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=("blocker", "blocked"), name="youth_block_once")]
        verbose_name = _("block")
        verbose_name_plural = _("blocks")

    def __str__(self) -> str:
        return f"{self.blocker_id} blocks {self.blocked_id}"


class Post(ModeratedContent):
    class Kind(models.TextChoices):
        BLOG = "blog", _("Blog post")
        DISCUSSION = "discussion", _("Discussion")

    page_related = ("space",)

    space = models.ForeignKey(Space, on_delete=models.CASCADE, related_name="posts")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="youth_posts"
    )
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices, default=Kind.DISCUSSION)
    title = models.CharField(_("title"), max_length=140)
    body = models.TextField(_("text"), max_length=5000)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ("-created_at", "-pk")
        verbose_name = _("youth post")
        verbose_name_plural = _("youth posts")

    def __str__(self) -> str:
        return str(self.title)

    def moderation_text(self) -> str:
        return f"{self.title}\n\n{self.body}"

    def get_absolute_url(self) -> str:
        return reverse("youth:post", kwargs={"slug": self.space.slug, "pk": self.pk})


class Comment(ModeratedContent):
    """A comment on a blog post, or a reply in a discussion."""

    page_related = ("post__space",)

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="youth_comments"
    )
    body = models.TextField(_("text"), max_length=2000)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ("created_at", "pk")
        verbose_name = _("youth comment")
        verbose_name_plural = _("youth comments")

    def __str__(self) -> str:
        return self.body[:60]

    def moderation_text(self) -> str:
        return self.body

    def get_absolute_url(self) -> str:
        """The post's page that shows this comment (the view finds which), scrolled to it."""
        return f"{self.post.get_absolute_url()}?comment={self.pk}#comment-{self.pk}"


class LearningModule(ClusterableModel):
    """A short course: a few lessons, then a quiz with feedback."""

    space = models.ForeignKey(Space, on_delete=models.CASCADE, related_name="modules", verbose_name=_("space"))
    title = models.CharField(_("title"), max_length=140)
    summary = models.TextField(_("summary"), max_length=500, blank=True)
    is_published = models.BooleanField(_("published"), default=True)

    panels: ClassVar[list[Any]] = [
        FieldPanel("space"),
        FieldPanel("title"),
        FieldPanel("summary"),
        FieldPanel("is_published"),
        InlinePanel("lessons", heading=_("Lessons"), label=_("Lesson")),
        InlinePanel("questions", heading=_("Quiz"), label=_("Question")),
    ]

    class Meta:
        ordering = ("title",)
        verbose_name = _("learning module")
        verbose_name_plural = _("learning modules")

    def __str__(self) -> str:
        return str(self.title)

    def get_absolute_url(self) -> str:
        return reverse("youth:module", kwargs={"slug": self.space.slug, "pk": self.pk})


class Lesson(models.Model):
    module = ParentalKey(LearningModule, on_delete=models.CASCADE, related_name="lessons")
    title = models.CharField(_("title"), max_length=140)
    body = models.TextField(_("text"))
    video_url = models.URLField(_("video link"), blank=True)
    sort_order = models.PositiveSmallIntegerField(default=0, editable=False)

    panels: ClassVar[list[Any]] = [FieldPanel("title"), FieldPanel("body"), FieldPanel("video_url")]

    class Meta:
        ordering = ("sort_order", "pk")
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    def __str__(self) -> str:
        return str(self.title)


class QuizQuestion(models.Model):
    module = ParentalKey(LearningModule, on_delete=models.CASCADE, related_name="questions")
    prompt = models.CharField(_("question"), max_length=300)
    choices = models.TextField(_("answers"), help_text=_("One possible answer per line."))
    correct_choice = models.PositiveSmallIntegerField(_("number of the right answer"), default=1)
    explanation = models.TextField(_("feedback"), help_text=_("Shown after answering, right or wrong."))
    sort_order = models.PositiveSmallIntegerField(default=0, editable=False)

    panels: ClassVar[list[Any]] = [
        FieldPanel("prompt"),
        FieldPanel("choices"),
        FieldPanel("correct_choice"),
        FieldPanel("explanation"),
    ]

    class Meta:
        ordering = ("sort_order", "pk")
        verbose_name = _("quiz question")
        verbose_name_plural = _("quiz questions")

    def __str__(self) -> str:
        return self.prompt

    def choice_list(self) -> list[str]:
        return [line.strip() for line in self.choices.splitlines() if line.strip()]


class ModuleProgress(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="youth_progress")
    module = models.ForeignKey(LearningModule, on_delete=models.CASCADE, related_name="progress")
    lessons_done = models.JSONField(default=list)
    quiz_score = models.PositiveSmallIntegerField(null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=("user", "module"), name="youth_progress_once")]
        verbose_name = _("learning progress")
        verbose_name_plural = _("learning progress")

    def __str__(self) -> str:
        return f"{self.user_id} / {self.module_id}"


class Meeting(models.Model):
    """An online meeting a coordinator sets for a space. Stored in UTC; shown in the visitor's zone."""

    space = models.ForeignKey(Space, on_delete=models.CASCADE, related_name="meetings", verbose_name=_("space"))
    title = models.CharField(_("title"), max_length=140)
    description = models.TextField(_("description"), blank=True)
    starts_at = models.DateTimeField(_("starts at"))
    duration_minutes = models.PositiveSmallIntegerField(_("duration (minutes)"), default=60)
    join_url = models.URLField(_("joining link"))
    # A webinar is a European event for youth members of every country: members register, only those
    # registered see the joining link and get a reminder, and the recording and summary follow.
    is_webinar = models.BooleanField(
        _("European webinar"),
        default=False,
        help_text=_("Members register; only registered members see the joining link and get a reminder."),
    )
    recording_url = models.URLField(_("recording link"), blank=True)
    summary = models.TextField(_("summary"), max_length=5000, blank=True)
    # When the recording and summary were published (members see them from then on).
    follow_up_published_at = models.DateTimeField(_("recording and summary published at"), null=True, blank=True)
    # A cancelled meeting stays listed (people who planned to come see it is off) and its calendar entry
    # says CANCELLED, so calendar apps remove it.
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+", editable=False
    )
    updated_at = models.DateTimeField(_("updated at"), default=timezone.now, editable=False)

    panels: ClassVar[list[Any]] = [
        FieldPanel("space"),
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("starts_at"),
        FieldPanel("duration_minutes"),
        FieldPanel("join_url"),
        FieldPanel("is_webinar"),
        FieldPanel("recording_url"),
        FieldPanel("summary"),
        FieldPanel("cancelled_at"),
    ]

    class Meta:
        ordering = ("starts_at",)
        verbose_name = _("online meeting")
        verbose_name_plural = _("online meetings")

    def __str__(self) -> str:
        return str(self.title)

    def get_absolute_url(self) -> str:
        if self.is_webinar:
            return reverse("youth:webinar", kwargs={"pk": self.pk})
        return reverse("youth:meetings", kwargs={"slug": self.space.slug})

    @property
    def ends_at(self) -> dt.datetime:
        return self.starts_at + dt.timedelta(minutes=self.duration_minutes)

    @property
    def is_cancelled(self) -> bool:
        return self.cancelled_at is not None

    @property
    def is_over(self) -> bool:
        return self.ends_at <= timezone.now()

    @property
    def has_follow_up(self) -> bool:
        return self.follow_up_published_at is not None


class WebinarRegistration(models.Model):
    """A youth member registered for a webinar. `reminded_at` is claimed by the one task run that sends the
    reminder, so a task delivered twice never emails twice."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="registrations")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="webinar_registrations")
    created_at = models.DateTimeField(default=timezone.now)
    reminded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=("meeting", "user"), name="youth_webinar_register_once")]
        verbose_name = _("webinar registration")
        verbose_name_plural = _("webinar registrations")

    def __str__(self) -> str:
        return f"{self.user_id} / {self.meeting_id}"


class YouthPick(models.Model):
    """A resource from the gallery that a space's coordinators (or the editors) picked for young people.
    Points at the original resource; the space page shows it while the resource is published."""

    space = models.ForeignKey(Space, on_delete=models.CASCADE, related_name="picks", verbose_name=_("space"))
    resource = models.ForeignKey(
        "resources.Resource", on_delete=models.CASCADE, related_name="youth_picks", verbose_name=_("resource")
    )
    note = models.CharField(
        _("note for young people"),
        max_length=200,
        blank=True,
        help_text=_("Optional: one sentence on why it is worth a look."),
    )
    picked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="youth_picks"
    )
    created_at = models.DateTimeField(_("picked at"), default=timezone.now)

    panels: ClassVar[list[Any]] = [FieldPanel("space"), FieldPanel("resource"), FieldPanel("note")]

    class Meta:
        ordering = ("-created_at", "-pk")
        constraints = [models.UniqueConstraint(fields=("space", "resource"), name="youth_pick_once_per_space")]
        verbose_name = _("resource picked for youth")
        verbose_name_plural = _("resources picked for youth")

    def __str__(self) -> str:
        return f"{self.resource} ({self.space})"


class LearningPath(ClusterableModel):
    """A digital-leader programme: learning modules of the space (or of the European space) followed in
    order; finishing every one earns the member a badge that only they see."""

    space = models.ForeignKey(Space, on_delete=models.CASCADE, related_name="paths", verbose_name=_("space"))
    title = models.CharField(_("title"), max_length=140)
    summary = models.TextField(_("summary"), max_length=500, blank=True)
    badge_name = models.CharField(
        _("badge"), max_length=80, help_text=_("What the member earns, e.g. “Digital leader”.")
    )
    is_published = models.BooleanField(_("published"), default=False)

    panels: ClassVar[list[Any]] = [
        FieldPanel("space"),
        FieldPanel("title"),
        FieldPanel("summary"),
        FieldPanel("badge_name"),
        FieldPanel("is_published"),
        InlinePanel("steps", heading=_("Modules in order"), label=_("Module"), min_num=1),
    ]

    class Meta:
        ordering = ("title",)
        verbose_name = _("digital-leader path")
        verbose_name_plural = _("digital-leader paths")

    def __str__(self) -> str:
        return str(self.title)

    def get_absolute_url(self) -> str:
        return reverse("youth:path", kwargs={"slug": self.space.slug, "pk": self.pk})


class PathStep(models.Model):
    path = ParentalKey(LearningPath, on_delete=models.CASCADE, related_name="steps")
    module = models.ForeignKey(
        LearningModule, on_delete=models.CASCADE, related_name="path_steps", verbose_name=_("learning module")
    )
    sort_order = models.PositiveSmallIntegerField(default=0, editable=False)

    panels: ClassVar[list[Any]] = [FieldPanel("module")]

    class Meta:
        ordering = ("sort_order", "pk")
        constraints = [models.UniqueConstraint(fields=("path", "module"), name="youth_path_module_once")]
        verbose_name = _("path step")
        verbose_name_plural = _("path steps")

    def __str__(self) -> str:
        return f"{self.path_id}: {self.module_id}"

    def clean(self) -> None:
        super().clean()
        path_space = getattr(self.path, "space_id", None)
        module_space = Space.objects.filter(pk=self.module.space_id).first() if self.module_id else None
        if (
            module_space is not None
            and path_space is not None
            and module_space.pk != path_space
            and not module_space.is_european
        ):
            raise ValidationError({"module": _("Choose a module of the path's space or of the European space.")})


class PathBadge(models.Model):
    """A member finished every module of a path. Shown on the member's own profile only."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="youth_badges")
    path = models.ForeignKey(LearningPath, on_delete=models.CASCADE, related_name="badges")
    awarded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=("user", "path"), name="youth_badge_once")]
        verbose_name = _("digital-leader badge")
        verbose_name_plural = _("digital-leader badges")

    def __str__(self) -> str:
        return f"{self.user_id} / {self.path_id}"


class YouthResource(ModeratedContent):
    """A resource a young person made (a poster, a video link or a guide), offered to the resource gallery.
    Always held for the coordinators of the author's national space; once approved it is published in the
    gallery as a `resources.Resource` credited by pseudonym only."""

    class Kind(models.TextChoices):
        POSTER = "poster", _("Poster")
        VIDEO = "video", _("Video")
        GUIDE = "guide", _("Guide")

    class Licence(models.TextChoices):
        # A subset of bik.resources.models.Licence, with the same values, worded for young people.
        CC_BY = "cc-by-4.0", _("CC BY 4.0: anyone may share and change it if they name you")
        CC_BY_SA = "cc-by-sa-4.0", _("CC BY-SA 4.0: as CC BY, and changed versions must be shared the same way")
        ALL_RIGHTS_RESERVED = "all-rights-reserved", _("All rights reserved: people may use it as published")

    space = models.ForeignKey(Space, on_delete=models.CASCADE, related_name="made_resources")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="youth_resources"
    )
    kind = models.CharField(_("what did you make?"), max_length=10, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=140)
    description = models.TextField(_("what is it about?"), max_length=1000)
    poster = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    poster_alt = models.CharField(_("describe the poster"), max_length=250, blank=True)
    video_url = models.URLField(_("video link"), blank=True, max_length=300)
    guide_text = models.TextField(_("guide"), max_length=10000, blank=True)
    licence = models.CharField(_("licence"), max_length=30, choices=Licence.choices)
    co_creators = models.CharField(_("made together with"), max_length=200, blank=True)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES, default="en")
    resource = models.OneToOneField(
        "resources.Resource",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="youth_submission",
        editable=False,
    )
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ("-created_at", "-pk")
        verbose_name = _("resource made by young people")
        verbose_name_plural = _("resources made by young people")

    def __str__(self) -> str:
        return str(self.title)

    def shown_to_everyone(self) -> bool:
        """In the public gallery: whoever reads it there may report it."""
        return self.resource is not None and self.resource.live

    def moderation_text(self) -> str:
        parts = [self.title, self.description, self.poster_alt, self.video_url, self.guide_text]
        if self.co_creators:
            parts.append(f"{_('Made together with')}: {self.co_creators}")
        return "\n\n".join(part for part in parts if part)

    @property
    def moderation_image(self) -> Any:
        return self.poster

    def credit(self) -> str:
        """The pseudonyms the resource is credited to: the author's and the co-creators' they named."""
        names = [self.author.public_name if self.author else str(_("deleted member"))]
        names += [name.strip() for name in self.co_creators.split(",") if name.strip()]
        return ", ".join(dict.fromkeys(names))

    def get_absolute_url(self) -> str:
        return reverse("youth:made_detail", kwargs={"pk": self.pk})
