"""The resource competition: rounds that a network admin opens, one entry per centre and round, one vote per
centre and round. Votes stay secret until voting closes; the winner may be featured on the public portal."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from bik.community.files import private_storage


class Phase(models.TextChoices):
    UPCOMING = "upcoming", _("Not open yet")
    SUBMISSIONS = "submissions", _("Open for entries")
    VOTING = "voting", _("Voting")
    CLOSED = "closed", _("Closed")


class Round(models.Model):
    """Dates are days in the site's time zone: entries from `submissions_open_on` to `submissions_close_on`
    (inclusive), then voting until `voting_close_on` (inclusive), then the results."""

    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    submissions_open_on = models.DateField(_("entries open on"))
    submissions_close_on = models.DateField(_("entries close on"))
    voting_close_on = models.DateField(_("voting closes on"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ("-submissions_open_on", "-pk")
        verbose_name = _("competition round")
        verbose_name_plural = _("competition rounds")

    def __str__(self) -> str:
        return str(self.title)

    def get_absolute_url(self) -> str:
        return reverse("competition:round", kwargs={"pk": self.pk})

    def phase_on(self, today: dt.date) -> Phase:
        if today < self.submissions_open_on:
            return Phase.UPCOMING
        if today <= self.submissions_close_on:
            return Phase.SUBMISSIONS
        if today <= self.voting_close_on:
            return Phase.VOTING
        return Phase.CLOSED

    @property
    def phase(self) -> Phase:
        return self.phase_on(timezone.localdate())


class Entry(models.Model):
    """A centre's resource in a round: a published gallery resource (its title, description and link are
    copied when it is chosen) or a new one described here, perhaps with a members-only file."""

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="entries")
    centre = models.ForeignKey(
        "network.Centre", on_delete=models.PROTECT, related_name="competition_entries", verbose_name=_("centre")
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    resource = models.ForeignKey(
        "resources.Resource",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("resource from the gallery"),
    )
    title = models.CharField(_("title"), max_length=255)
    description = models.TextField(_("description"), max_length=2000)
    link = models.URLField(_("link"), blank=True, max_length=500)
    file = models.FileField(
        _("file"), storage=private_storage, upload_to="community/competition/%Y/", blank=True, max_length=300
    )
    file_media_type = models.CharField(max_length=120, blank=True, editable=False)
    file_extension = models.CharField(max_length=10, blank=True, editable=False)
    submitted_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)
    # Shown on the public winners page once a network admin features it.
    is_featured = models.BooleanField(_("featured on the public portal"), default=False, db_index=True)
    featured_at = models.DateTimeField(null=True, blank=True)
    featured_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ("centre__country", "pk")
        constraints = [models.UniqueConstraint(fields=("round", "centre"), name="competition_one_entry_per_centre")]
        verbose_name = _("competition entry")
        verbose_name_plural = _("competition entries")

    def __str__(self) -> str:
        return str(self.title)

    def get_absolute_url(self) -> str:
        return f"{self.round.get_absolute_url()}#entry-{self.pk}"

    @property
    def file_url(self) -> str:
        return reverse("competition:entry_file", kwargs={"pk": self.pk}) if self.file else ""


class Vote(models.Model):
    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="votes")
    centre = models.ForeignKey("network.Centre", on_delete=models.PROTECT, related_name="+")
    entry = models.ForeignKey(Entry, on_delete=models.CASCADE, related_name="votes")
    cast_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    cast_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=("round", "centre"), name="competition_one_vote_per_centre")]
        verbose_name = _("competition vote")
        verbose_name_plural = _("competition votes")

    def __str__(self) -> str:
        return f"{self.centre_id} → {self.entry_id}"
