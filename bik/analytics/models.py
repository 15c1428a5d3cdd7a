"""Counts of what the site is used for, per day and nothing else: one row per kind, day and subject (a page's
path, a resource language file, a video, the words of a search) holding how many times it happened. No row
holds an IP address, a cookie, a user, a time of day or anything else that could tell visitors apart."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Kind(models.TextChoices):
    PAGE = "page", _("Page view")
    DOWNLOAD = "download", _("Download")
    VIDEO = "video", _("Video play")
    SEARCH = "search", _("Search with results")
    FAILED_SEARCH = "failed_search", _("Search without results")


class Source(models.TextChoices):
    NONE = "", _("—")
    SITE = "site", _("Site search")
    RESOURCES = "resources", _("Resource gallery")


SUBJECT_MAX_LENGTH = 200


class DailyCount(models.Model):
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    day = models.DateField(_("day"))
    # A page's path or the normalised words of a search; empty for downloads and videos.
    subject = models.CharField(_("subject"), max_length=SUBJECT_MAX_LENGTH, blank=True, default="")
    # The resource (downloads) or video (plays) counted; 0 otherwise.
    object_id = models.PositiveIntegerField(default=0)
    # The language of the file downloaded, or of the interface a search was made in.
    language = models.CharField(_("language"), max_length=8, blank=True, default="")
    source = models.CharField(_("where"), max_length=20, choices=Source.choices, blank=True, default="")
    count = models.PositiveIntegerField(_("count"), default=0)

    class Meta:
        ordering = ("-day", "kind")
        constraints = [
            models.UniqueConstraint(
                fields=("kind", "day", "subject", "object_id", "language", "source"), name="analytics_one_row_per_day"
            )
        ]
        indexes = [models.Index(fields=("kind", "day"), name="analytics_kind_day")]
        verbose_name = _("daily count")
        verbose_name_plural = _("daily counts")

    def __str__(self) -> str:
        return f"{self.day} {self.kind} {self.subject or self.object_id}: {self.count}"
