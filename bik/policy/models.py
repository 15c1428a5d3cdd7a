"""The questionnaire of a year (indicators grouped in sections under the three BIK+ pillars), each country's
return for a year (its answers, with a review status) and the append-only audit log.

An indicator carries a stable `key` and a `version`: a questionnaire copied to the next year keeps both, and
an admin who changes what an indicator asks raises its version. Two years' answers are compared only where
key and version are the same."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, ClassVar

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from bik.audit.models import SignedAuditEntryBase


class Pillar(models.TextChoices):
    PROTECTION = "protection", _("Protection")
    EMPOWERMENT = "empowerment", _("Empowerment")
    PARTICIPATION = "participation", _("Participation")


class AnswerType(models.TextChoices):
    YES_PARTLY_NO = "yes_partly_no", _("Yes / partly / no, with a comment")
    NUMBER = "number", _("Number")
    CHOICE = "choice", _("One of a list")
    TEXT = "text", _("Free text")
    LINKS = "links", _("Links to documents")


class YesPartlyNo(models.TextChoices):
    YES = "yes", _("Yes")
    PARTLY = "partly", _("Partly")
    NO = "no", _("No")


class QuestionnaireQuerySet(models.QuerySet["Questionnaire"]):
    def with_indicators(self) -> QuestionnaireQuerySet:
        return self.prefetch_related(models.Prefetch("indicators", queryset=Indicator.objects.order_by("sort_order")))


class Questionnaire(ClusterableModel):
    """The questions of one year."""

    year = models.PositiveSmallIntegerField(_("year"), unique=True)
    title = models.CharField(_("title"), max_length=200)
    intro = models.TextField(_("introduction"), blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    objects: ClassVar[QuestionnaireQuerySet] = QuestionnaireQuerySet.as_manager()  # type: ignore[assignment]

    panels: ClassVar[list[Any]] = [
        MultiFieldPanel([FieldPanel("year"), FieldPanel("title"), FieldPanel("intro")], heading=_("Questionnaire")),
        InlinePanel("indicators", heading=_("Indicators"), label=_("Indicator")),
    ]

    class Meta:
        ordering = ("-year",)
        verbose_name = _("policy questionnaire")
        verbose_name_plural = _("policy questionnaires")

    def __str__(self) -> str:
        return f"{self.year}: {self.title}"


class Indicator(Orderable):
    questionnaire = ParentalKey(Questionnaire, on_delete=models.CASCADE, related_name="indicators")
    key = models.SlugField(
        _("key"),
        max_length=80,
        help_text=_("Stays the same from year to year, so answers can be compared, e.g. age-verification-law."),
    )
    version = models.PositiveSmallIntegerField(
        _("version"),
        default=1,
        help_text=_("Raise it when the question changes its meaning: answers are compared only within a version."),
    )
    pillar = models.CharField(_("pillar"), max_length=20, choices=Pillar.choices)
    section = models.CharField(_("section"), max_length=150)
    question = models.CharField(_("question"), max_length=300)
    guidance = models.TextField(_("guidance for national contacts"), blank=True)
    answer_type = models.CharField(_("answer type"), max_length=20, choices=AnswerType.choices)
    choices = models.TextField(_("choices"), blank=True, help_text=_("For “one of a list”: one choice a line."))
    unit = models.CharField(_("unit"), max_length=40, blank=True, help_text=_("For numbers, e.g. years or %."))

    panels: ClassVar[list[Any]] = [
        FieldPanel("key"),
        FieldPanel("version"),
        FieldPanel("pillar"),
        FieldPanel("section"),
        FieldPanel("question"),
        FieldPanel("guidance"),
        FieldPanel("answer_type"),
        FieldPanel("choices"),
        FieldPanel("unit"),
    ]

    class Meta(Orderable.Meta):
        constraints = [models.UniqueConstraint(fields=("questionnaire", "key"), name="one_indicator_per_key")]
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")

    def __str__(self) -> str:
        return str(self.question)

    @property
    def choice_list(self) -> list[str]:
        return [line.strip() for line in self.choices.splitlines() if line.strip()]

    def same_question_as(self, other: Indicator | None) -> bool:
        """Answers to `other` (last year's) may be compared with answers to this one."""
        return other is not None and other.key == self.key and other.version == self.version


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")
    CHANGES_REQUESTED = "changes_requested", _("Changes requested")
    ACCEPTED = "accepted", _("Accepted")
    PUBLISHED = "published", _("Published")


class ReturnQuerySet(models.QuerySet["CountryReturn"]):
    def published(self) -> ReturnQuerySet:
        return self.filter(status=Status.PUBLISHED)


class CountryReturn(models.Model):
    """A country's answers to one year's questionnaire."""

    questionnaire = models.ForeignKey(Questionnaire, on_delete=models.CASCADE, related_name="returns")
    country = CountryField(_("country"))
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.DRAFT)
    change_reason = models.TextField(_("changes asked for"), max_length=2000, blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(default=timezone.now)

    objects: ClassVar[ReturnQuerySet] = ReturnQuerySet.as_manager()  # type: ignore[assignment]

    class Meta:
        ordering = ("questionnaire", "country")
        constraints = [models.UniqueConstraint(fields=("questionnaire", "country"), name="one_return_per_year")]
        verbose_name = _("country return")
        verbose_name_plural = _("country returns")

    def __str__(self) -> str:
        return f"{self.country.code} {self.questionnaire.year}"

    @property
    def is_editable(self) -> bool:
        return self.status in (Status.DRAFT, Status.CHANGES_REQUESTED)


class Answer(models.Model):
    country_return = models.ForeignKey(CountryReturn, on_delete=models.CASCADE, related_name="answers")
    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="answers")
    choice = models.CharField(_("answer"), max_length=200, blank=True)
    number = models.DecimalField(_("number"), max_digits=14, decimal_places=2, null=True, blank=True)
    text = models.TextField(_("comment"), max_length=4000, blank=True)
    links = models.TextField(_("links"), max_length=4000, blank=True)
    documents = models.ManyToManyField("wagtaildocs.Document", blank=True, related_name="+")

    class Meta:
        ordering = ("indicator__sort_order",)
        constraints = [models.UniqueConstraint(fields=("country_return", "indicator"), name="one_answer")]
        verbose_name = _("answer")
        verbose_name_plural = _("answers")

    def __str__(self) -> str:
        return f"{self.country_return}: {self.indicator.key}"

    @property
    def link_list(self) -> list[str]:
        return [line.strip() for line in self.links.splitlines() if line.strip()]

    def value(self) -> str:
        """The answer as one plain value (what the map, the comparison and open data show)."""
        kind = self.indicator.answer_type
        if kind == AnswerType.NUMBER:
            return "" if self.number is None else plain_number(self.number)
        if kind in (AnswerType.YES_PARTLY_NO, AnswerType.CHOICE):
            return self.choice
        if kind == AnswerType.LINKS:
            return " ".join(self.link_list)
        return self.text

    def is_empty(self) -> bool:
        return not (self.choice or self.number is not None or self.text.strip() or self.links.strip())


def plain_number(number: Decimal) -> str:
    """A figure as a person writes it: 1250, not 1250.00 or 1.25E+3; 12.50 keeps its decimals."""
    return format(number.normalize(), "f") if number == number.to_integral() else format(number, "f")


class AuditEntry(SignedAuditEntryBase):
    """Every change to a return: saves, submissions, change requests, acceptances, publications. Plain values
    so the log survives deletions; append-only (the database refuses changes too, see migration 0003)."""

    year = models.PositiveSmallIntegerField(editable=False)
    country = models.CharField(max_length=2, editable=False)
    changes = models.JSONField(default=dict, editable=False)

    log_name = "policy audit log"
    action_labels = {
        "start": _("Started the return"),
        "save draft": _("Saved the draft"),
        "submit": _("Submitted the return"),
        "attach document": _("Attached a document"),
        "request changes": _("Asked for changes"),
        "accept": _("Accepted the return"),
        "publish": _("Published the return"),
    }

    class Meta(SignedAuditEntryBase.Meta):
        verbose_name = _("policy audit entry")
        verbose_name_plural = _("policy audit log")

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.actor_name}: {self.action} {self.country} {self.year}"
