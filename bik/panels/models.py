"""Youth panels (one per centre: its members and the articles they sign) and consultations of young people.

A panel's coordinators are not stored here: they are the centre's youth coordinators (CentreRole
YOUTH_COORDINATOR in bik.network). Members are youth-area accounts, shown by a byline that never carries a
surname: their pseudonym or a first name, and a photo only with consent (a parent's, under 16)."""

from __future__ import annotations

from typing import ClassVar

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from bik.moderation.models import ModeratedContent, ModeratedItem
from bik.network.models import Centre

# Below this age a photo of a young person is shown only if a parent or carer consented to it.
PHOTO_CONSENT_AGE = 16
CONSULTATION_SPACE_KEY = "consultations"

# A first name is one word (letters, an inner hyphen or apostrophe): there is no room for a surname.
first_name_only = RegexValidator(
    r"^[^\W\d_]+(?:[-'’][^\W\d_]+)*$",
    _("Write a first name only: one word, no surname, no numbers."),
)


class Panel(models.Model):
    """A centre's youth panel: the young people who advise it and publish their views."""

    centre = models.OneToOneField(Centre, on_delete=models.CASCADE, related_name="youth_panel")
    intro = models.TextField(_("introduction"), blank=True, max_length=1000)
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ("centre__country",)
        verbose_name = _("youth panel")
        verbose_name_plural = _("youth panels")

    def __str__(self) -> str:
        return str(_("Youth panel of %(country)s") % {"country": self.centre.country.name})

    def get_absolute_url(self) -> str:
        return reverse("panels:panel", kwargs={"country": self.country_code.lower()})

    @property
    def country_code(self) -> str:
        return str(self.centre.country.code)

    @property
    def moderation_key(self) -> str:
        return f"panel-{self.country_code.lower()}"


class PanelMember(models.Model):
    class Title(models.TextChoices):
        AMBASSADOR = "ambassador", _("Youth Ambassador")
        PANELLIST = "panellist", _("Youth panellist")

    class Name(models.TextChoices):
        PSEUDONYM = "pseudonym", _("Pseudonym")
        FIRST_NAME = "first_name", _("First name only")

    panel = models.ForeignKey(Panel, on_delete=models.CASCADE, related_name="members")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="panel_memberships")
    title = models.CharField(_("title"), max_length=12, choices=Title.choices, default=Title.PANELLIST)
    byline_name = models.CharField(_("name in the byline"), max_length=12, choices=Name.choices, default=Name.PSEUDONYM)
    first_name = models.CharField(_("first name"), max_length=40, blank=True, validators=[first_name_only])
    photo = models.ForeignKey("wagtailimages.Image", on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    # The member agreed to show their photo; under 16 a parent or carer must have agreed too.
    photo_consent_by_member = models.BooleanField(_("the member agreed to show a photo"), default=False)
    photo_parent_consent_at = models.DateTimeField(_("a parent or carer agreed to a photo at"), null=True, blank=True)
    joined_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ("panel", "joined_at", "pk")
        constraints = [models.UniqueConstraint(fields=("panel", "user"), name="panel_member_once")]
        verbose_name = _("panel member")
        verbose_name_plural = _("panel members")

    def __str__(self) -> str:
        return f"{self.user_id} ({self.panel_id})"

    def clean(self) -> None:
        if self.byline_name == self.Name.FIRST_NAME and not self.first_name:
            raise ValidationError({"first_name": _("Give the first name to show, or choose the pseudonym.")})


class Article(ModeratedContent):
    """A panel's view, signed with a youth byline. Screened, then published once a coordinator approves it."""

    page_related = ("panel",)

    panel = models.ForeignKey(Panel, on_delete=models.CASCADE, related_name="articles")
    signed_by = models.ForeignKey(
        PanelMember, on_delete=models.SET_NULL, null=True, blank=True, related_name="articles"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="panel_articles"
    )
    title = models.CharField(_("title"), max_length=140)
    body = models.TextField(_("text"), max_length=8000)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES, default="en")
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ("-created_at", "-pk")
        verbose_name = _("panel article")
        verbose_name_plural = _("panel articles")

    def __str__(self) -> str:
        return str(self.title)

    def moderation_text(self) -> str:
        return f"{self.title}\n\n{self.body}"

    def get_absolute_url(self) -> str:
        return reverse("panels:article", kwargs={"country": self.panel.country_code.lower(), "pk": self.pk})


class Consultation(models.Model):
    """A question network staff put to young people, with a closing date and, afterwards, their response."""

    class Kind(models.TextChoices):
        SINGLE = "single", _("One answer from a list")
        MULTIPLE = "multiple", _("Several answers from a list")
        FREE_TEXT = "free_text", _("Free text")

    question = models.CharField(_("question"), max_length=300)
    description = models.TextField(_("more about it"), max_length=2000, blank=True)
    kind = models.CharField(_("kind of answer"), max_length=10, choices=Kind.choices, default=Kind.SINGLE)
    options = models.TextField(_("options"), blank=True, help_text=_("One option per line (not for free text)."))
    languages = models.JSONField(_("languages"), default=list)
    min_age = models.PositiveSmallIntegerField(
        _("youngest age"), default=13, validators=[MinValueValidator(10), MaxValueValidator(25)]
    )
    max_age = models.PositiveSmallIntegerField(
        _("oldest age"), default=18, validators=[MinValueValidator(10), MaxValueValidator(25)]
    )
    opens_at = models.DateTimeField(_("opens at"), default=timezone.now)
    closes_at = models.DateTimeField(_("closes at"))
    response = models.TextField(_("what we did with your views"), max_length=4000, blank=True)
    responded_at = models.DateTimeField(_("responded at"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    objects: ClassVar[models.Manager[Consultation]]

    class Meta:
        ordering = ("-closes_at", "-pk")
        verbose_name = _("consultation")
        verbose_name_plural = _("consultations")

    def __str__(self) -> str:
        return self.question

    def get_absolute_url(self) -> str:
        return reverse("panels:consultation", kwargs={"pk": self.pk})

    @property
    def is_open(self) -> bool:
        now = timezone.now()
        return self.opens_at <= now < self.closes_at

    @property
    def is_closed(self) -> bool:
        return timezone.now() >= self.closes_at

    def option_list(self) -> list[str]:
        return [line.strip() for line in self.options.splitlines() if line.strip()]

    @property
    def source_language(self) -> str:
        """The language the consultation is written in: English, or its first language if English is not one."""
        languages = list(self.languages or [])
        if not languages or "en" in languages:
            return "en"
        return str(languages[0])


class ConsultationTranslation(models.Model):
    """The consultation's question, options and response in one of its other languages. The options are the
    source options' labels, in the same order and number (answers store option positions, so an answer counts
    the same in every language)."""

    consultation = models.ForeignKey(Consultation, on_delete=models.CASCADE, related_name="translations")
    language = models.CharField(_("language"), max_length=8)
    question = models.CharField(_("question"), max_length=300)
    description = models.TextField(_("more about it"), max_length=2000, blank=True)
    options = models.TextField(_("options"), blank=True)
    response = models.TextField(_("what we did with your views"), max_length=4000, blank=True)
    updated_at = models.DateTimeField(default=timezone.now)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    objects: ClassVar[models.Manager[ConsultationTranslation]]

    class Meta:
        ordering = ("consultation", "language")
        constraints = [
            models.UniqueConstraint(fields=("consultation", "language"), name="consultation_translation_once")
        ]
        verbose_name = _("consultation translation")
        verbose_name_plural = _("consultation translations")

    def __str__(self) -> str:
        return f"{self.consultation_id} / {self.language}"

    def option_list(self) -> list[str]:
        return [line.strip() for line in self.options.splitlines() if line.strip()]


class Answer(models.Model):
    """One young person's answer (one per consultation). Nothing about where they are is kept; free text is
    screened like a post and read by staff only."""

    consultation = models.ForeignKey(Consultation, on_delete=models.CASCADE, related_name="answers")
    # Empty once the member deleted their account: the answer still counts, unattributed.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="consultation_answers"
    )
    language = models.CharField(_("language"), max_length=8)
    choices = models.JSONField(_("chosen options"), default=list)
    text = models.TextField(_("answer"), max_length=2000, blank=True)
    moderation = models.OneToOneField(
        ModeratedItem, on_delete=models.SET_NULL, null=True, blank=True, related_name="+", editable=False
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ("created_at", "pk")
        constraints = [models.UniqueConstraint(fields=("consultation", "user"), name="consultation_answer_once")]
        verbose_name = _("consultation answer")
        verbose_name_plural = _("consultation answers")

    def __str__(self) -> str:
        return f"{self.consultation_id} / {self.pk}"

    def get_absolute_url(self) -> str:
        return reverse("panels:manage_consultation", kwargs={"pk": self.consultation_id})

    def moderation_text(self) -> str:
        return self.text
