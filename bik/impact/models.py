"""The network's impact figures: the activities each centre logs (events, trainings, campaigns, resources made,
with the people, schools and young people they reached) and, per year, the network's targets and whether the
year's totals are published on the public "Our impact" page. Safer Internet Day reach lives on the SID actions
(bik.sid) and is rolled up here by country and edition."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from bik.network.models import Centre


class ActivityKind(models.TextChoices):
    EVENT = "event", _("Event")
    TRAINING = "training", _("Training")
    CAMPAIGN = "campaign", _("Campaign")
    RESOURCE = "resource", _("Resource made")


class Activity(models.Model):
    centre = models.ForeignKey(Centre, on_delete=models.CASCADE, related_name="activities")
    kind = models.CharField(_("type"), max_length=20, choices=ActivityKind.choices)
    title = models.CharField(_("title"), max_length=200)
    date = models.DateField(_("date"))
    people_reached = models.PositiveIntegerField(_("people reached"), default=0)
    schools_reached = models.PositiveIntegerField(_("schools reached"), default=0)
    young_people = models.PositiveIntegerField(_("young people involved"), default=0)
    resources_made = models.PositiveIntegerField(_("resources made"), default=0)
    logged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    logged_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ("-date", "-pk")
        verbose_name = _("activity")
        verbose_name_plural = _("activities")
        indexes = [models.Index(fields=("centre", "date"), name="impact_activity_centre_date")]

    def __str__(self) -> str:
        return f"{self.title} ({self.date})"


class ImpactYear(models.Model):
    """A year's targets for the network, set by network admins, and whether its totals are public."""

    year = models.PositiveSmallIntegerField(_("year"), unique=True)
    activities = models.PositiveIntegerField(_("activities"), default=0)
    people_reached = models.PositiveIntegerField(_("people reached"), default=0)
    schools_reached = models.PositiveIntegerField(_("schools reached"), default=0)
    young_people = models.PositiveIntegerField(_("young people involved"), default=0)
    resources_made = models.PositiveIntegerField(_("resources made"), default=0)
    sid_schools = models.PositiveIntegerField(_("schools reached on Safer Internet Day"), default=0)
    sid_participants = models.PositiveIntegerField(_("Safer Internet Day participants"), default=0)
    is_published = models.BooleanField(_("totals published"), default=False)

    class Meta:
        ordering = ("-year",)
        verbose_name = _("impact year")
        verbose_name_plural = _("impact years")

    def __str__(self) -> str:
        return str(self.year)
