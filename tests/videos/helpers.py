from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale

from bik.videos.models import AgeGroup, Topic, Video, VideoCaption

WEBVTT = "WEBVTT\n\n00:00.000 --> 00:02.000\nHello and welcome.\n"


def add_video(
    title: str,
    *,
    url: str = "https://www.youtube.com/watch?v=abcdefghijk",
    languages: tuple[str, ...] = ("en",),
    topics: tuple[str, ...] = (),
    ages: tuple[str, ...] = (),
    publish: bool = True,
    locale: str = "en",
    video_file: object = None,
    description: str = "A test video.",
    with_poster: bool = True,
) -> Video:
    english = Locale.objects.get(language_code="en")
    video = Video(
        title=title,
        slug=f"{slugify(title)[:60]}-{uuid.uuid4().hex[:6]}",
        description=description,
        duration=dt.timedelta(minutes=1, seconds=5),
        external_url="" if video_file is not None else url,
        video_file=video_file,
        # A demo poster, whose renditions the demo made already (so that tests never generate one).
        image=get_image_model().objects.filter(title__startswith="Demo illustration: play").first()
        if with_poster
        else None,
        locale=Locale.objects.get(language_code=locale),
        live=False,
    )
    video.languages = list(Locale.objects.filter(language_code__in=languages))
    video.topics = list(Topic.objects.filter(slug__in=topics, locale=english))
    video.age_groups = list(AgeGroup.objects.filter(slug__in=ages, locale=english))
    video.full_clean()
    video.save()
    revision = video.save_revision()
    if publish:
        revision.publish()
        video.refresh_from_db()
    return video


def document(name: str, content: bytes) -> object:
    model = get_document_model()
    doc = model(title=name)
    doc.file.save(name, ContentFile(content), save=False)
    doc.save()
    return doc


def add_uploaded_video(title: str, *, captions: tuple[str, ...] = ("en",)) -> Video:
    video = add_video(title, video_file=document("clip.webm", b"\x1aE\xdf\xa3 not a real video"), publish=False)
    for language in captions:
        VideoCaption.objects.create(
            video=video, language=language, file=document(f"captions-{language}.vtt", WEBVTT.encode())
        )
    video.save_revision().publish()
    video.refresh_from_db()
    return video


def add_videos_in_bulk(
    count: int,
    *,
    prefix: str = "Bulk video",
    languages: tuple[str, ...] = ("en",),
    topics: tuple[str, ...] = (),
    ages: tuple[str, ...] = (),
) -> None:
    """`count` live English videos and their terms in a handful of queries (no revisions)."""
    english = Locale.objects.get(language_code="en")
    poster = demo_poster()
    now = timezone.now()
    videos = Video.objects.bulk_create(
        Video(
            title=f"{prefix} {number}",
            slug=f"{slugify(prefix)}-{uuid.uuid4().hex[:8]}-{number}",  # unique in the batch
            description="A test video.",
            duration=dt.timedelta(minutes=1, seconds=5),
            external_url="https://www.youtube.com/watch?v=abcdefghijk",
            image=poster,
            locale=english,
            live=True,
            first_published_at=now - dt.timedelta(seconds=number),
            last_published_at=now,
        )
        for number in range(count)
    )
    relations = (
        ("languages", "locale_id", Locale.objects.filter(language_code__in=languages)),
        ("topics", "topic_id", Topic.objects.filter(slug__in=topics, locale=english)),
        ("age_groups", "agegroup_id", AgeGroup.objects.filter(slug__in=ages, locale=english)),
    )
    for relation, target, terms in relations:
        through = getattr(Video, relation).through
        keys = list(terms.values_list("pk", flat=True))
        through.objects.bulk_create([through(video_id=video.pk, **{target: key}) for video in videos for key in keys])


def demo_poster() -> Any:
    return get_image_model().objects.filter(title__startswith="Demo illustration: play").first()
