from __future__ import annotations

import datetime as dt
from pathlib import PurePosixPath
from typing import Any, ClassVar

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from bik.catalogue.forms import TermsInRecordLanguageForm
from bik.catalogue.models import Record, Vocabulary, record_search_fields
from bik.catalogue.pages import CatalogueIndexPage
from bik.pictures.models import Illustrated, IllustratedBase
from bik.videos.embeds import ThirdPartyVideo, parse_video_url

VIDEOS_PER_PAGE = 12
VIDEO_FILE_TYPES = {".mp4": "video/mp4", ".webm": "video/webm"}
CAPTION_FILE_TYPES = {".vtt"}


class Topic(Vocabulary):
    class Meta(Vocabulary.Meta):
        verbose_name = _("video topic")
        verbose_name_plural = _("video topics")
        constraints = [models.UniqueConstraint(fields=("slug", "locale"), name="videos_topic_unique_slug_per_locale")]


class AgeGroup(Vocabulary):
    class Meta(Vocabulary.Meta):
        verbose_name = _("video age group")
        verbose_name_plural = _("video age groups")
        constraints = [
            models.UniqueConstraint(fields=("slug", "locale"), name="videos_agegroup_unique_slug_per_locale")
        ]


class Video(Record, ClusterableModel, IllustratedBase):
    """One video of the gallery: either embedded from YouTube/Vimeo or an uploaded file, never both."""

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=80, help_text=_("Used in the address; the same in every language."))
    description = models.TextField(_("description"), max_length=2000, blank=True)
    languages = ParentalManyToManyField(
        "wagtailcore.Locale",
        related_name="spoken_in_videos",
        verbose_name=_("languages"),
        help_text=_("The languages spoken or subtitled in the video."),
    )
    topics = ParentalManyToManyField(Topic, blank=True, related_name="videos", verbose_name=_("topics"))
    age_groups = ParentalManyToManyField(AgeGroup, blank=True, related_name="videos", verbose_name=_("age groups"))
    duration = models.DurationField(
        _("duration"), null=True, blank=True, help_text=_("Minutes and seconds, for example 3:25.")
    )
    external_url = models.URLField(
        _("YouTube or Vimeo address"),
        blank=True,
        help_text=_("Paste the video's address; it is embedded without cookies and only after a click on play."),
    )
    video_file = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("uploaded video file"),
        help_text=_("An MP4 or WebM file, instead of a YouTube or Vimeo address."),
    )
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="video")

    # The term pickers name the terms in the language of the record being edited.
    base_form_class = TermsInRecordLanguageForm
    panels: ClassVar[list[Any]] = [
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("languages"), FieldPanel("topics"), FieldPanel("age_groups"), FieldPanel("duration")],
            heading=_("Classification"),
        ),
        MultiFieldPanel([FieldPanel("external_url"), FieldPanel("video_file")], heading=_("The video")),
        Illustrated.image_panel(),
        InlinePanel("captions", heading=_("Captions (WebVTT)"), label=_("Captions file")),
    ]
    override_translatable_fields: ClassVar[list[Any]] = [SynchronizedField("slug")]
    search_fields: ClassVar[list[Any]] = record_search_fields("title", "description", boost=2)

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("video")
        verbose_name_plural = _("videos")
        constraints = [models.UniqueConstraint(fields=("slug", "locale"), name="videos_video_unique_slug_per_locale")]

    @property
    def third_party(self) -> ThirdPartyVideo | None:
        return parse_video_url(self.external_url) if self.external_url else None

    @property
    def file_type(self) -> str:
        if self.video_file is None:
            return ""
        return VIDEO_FILE_TYPES.get(PurePosixPath(self.video_file.file.name).suffix.lower(), "")

    @property
    def duration_seconds(self) -> int | None:
        return int(self.duration.total_seconds()) if self.duration is not None else None

    @property
    def duration_label(self) -> str:
        """3:25 or 1:02:03, as video players show it."""
        seconds = self.duration_seconds
        if seconds is None:
            return ""
        hours, rest = divmod(seconds, 3600)
        minutes, seconds = divmod(rest, 60)
        return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"

    @property
    def duration_iso(self) -> str:
        seconds = self.duration_seconds or 0
        return f"PT{seconds // 60}M{seconds % 60}S"

    def clean(self) -> None:
        super().clean()
        has_url, has_file = bool(self.external_url), self.video_file_id is not None
        if has_url == has_file:
            raise ValidationError(
                _("Give either a YouTube or Vimeo address or an uploaded video file (one of the two)."),
                code="one_source",
            )
        if has_url and parse_video_url(self.external_url) is None:
            raise ValidationError(
                {"external_url": _("This is not a YouTube or Vimeo video address we can embed.")},
                code="unknown_provider",
            )
        if has_file and not self.file_type:
            raise ValidationError(
                {"video_file": _("The video file must be an MP4 or WebM file.")}, code="video_file_type"
            )
        if self.duration is not None and self.duration <= dt.timedelta(0):
            raise ValidationError({"duration": _("The duration must be positive.")}, code="duration")


class VideoCaption(Orderable):
    """A WebVTT captions file for one language, shown as a <track kind="captions"> of an uploaded video."""

    video = ParentalKey(Video, on_delete=models.CASCADE, related_name="captions")
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    file = models.ForeignKey(
        "wagtaildocs.Document", on_delete=models.CASCADE, related_name="+", verbose_name=_("WebVTT file")
    )

    panels: ClassVar[list[Any]] = [FieldPanel("language"), FieldPanel("file")]

    class Meta(Orderable.Meta):
        verbose_name = _("captions file")
        verbose_name_plural = _("captions files")

    def clean(self) -> None:
        super().clean()
        if self.file_id is not None and PurePosixPath(self.file.file.name).suffix.lower() not in CAPTION_FILE_TYPES:
            raise ValidationError({"file": _("Captions must be a WebVTT (.vtt) file.")}, code="captions_type")

    @property
    def language_name(self) -> str:
        return str(dict(settings.LANGUAGES).get(self.language, self.language))


class VideoGalleryPage(CatalogueIndexPage):
    """The public gallery: search and filters (language, topic, age group) and one page per video."""

    list_layout = "gallery"
    list_id = "video"
    views_module = "bik.videos.views"
    record_template = "videos/video_detail.html"

    class Meta:
        verbose_name = _("video gallery")
