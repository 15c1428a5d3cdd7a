"""The video gallery's records made to order: videos (embedded from YouTube or Vimeo, or uploaded with their
captions), the topics and age groups they are tagged with, and the pictures and files they point at."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import factory
from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.text import slugify
from factory.django import DjangoModelFactory
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Locale

from bik.videos.models import AgeGroup, Topic, Video, VideoCaption
from tests.factories.catalogue import TermFactory
from tests.factories.images import ImageFactory

WEBVTT = "WEBVTT\n\n00:00.000 --> 00:02.000\nHello and welcome.\n"


class TopicFactory(TermFactory):
    """An English video topic (`translate_term` gives it a name in another language)."""

    class Meta:
        model = Topic


class AgeGroupFactory(TermFactory):
    """An English video age group. Name its slug (`slug="13-15"`) where the name does not make it (an en dash)."""

    class Meta:
        model = AgeGroup


class PictureFactory(ImageFactory):
    """A described picture (tests.factories.images) for the catalogue's records: a video's poster, a service's
    illustration."""

    title = factory.Sequence(lambda number: f"Picture {number}")
    description = "Illustration: a play button on a blue background"


class DocumentFactory(DjangoModelFactory[Document]):
    """A file in the document library: `name` gives its file name (and title), `content` its bytes."""

    class Meta:
        model = Document
        exclude = ("name", "content")

    name = factory.Sequence(lambda number: f"document-{number}.txt")
    content = b"A document."
    title = factory.SelfAttribute("name")
    file = factory.LazyAttribute(lambda document: ContentFile(document.content, name=document.name))


def _terms(model: type[Any], terms: Iterable[Any]) -> list[Any]:
    chosen = list(terms)
    for term in chosen:
        if not isinstance(term, model):
            raise TypeError(f"{term!r} is not a {model.__name__}")
    return chosen


class VideoFactory(DjangoModelFactory[Video]):
    """A published English video embedded from YouTube, spoken in English, a minute long, with no topic, age
    group or poster. `languages=("el",)` names the spoken languages by code, `topics=`/`age_groups=` take terms
    (TopicFactory, AgeGroupFactory), `image=PictureFactory()` gives it a poster, `publish=False` leaves it a
    draft. Saved as an editor saves it: checked (`full_clean`), then a revision, published."""

    class Meta:
        model = Video

    title = factory.Sequence(lambda number: f"Video {number}")
    # A title with no Latin letter (Greek, …) gives no slug of its own.
    slug = factory.LazyAttributeSequence(lambda video, number: slugify(video.title)[:80] or f"video-{number}")
    description = "A video made for the tests."
    duration = dt.timedelta(minutes=1, seconds=5)
    external_url = "https://www.youtube.com/watch?v=abcdefghijk"
    locale = factory.LazyFunction(Locale.get_default)

    @classmethod
    def _create(cls, model_class: type[Video], *args: Any, **kwargs: Any) -> Video:
        publish: bool = kwargs.pop("publish", True)
        languages: Iterable[str] = kwargs.pop("languages", ("en",))
        topics = _terms(Topic, kwargs.pop("topics", ()))
        age_groups = _terms(AgeGroup, kwargs.pop("age_groups", ()))
        captions: list[VideoCaption] = kwargs.pop("captions", [])
        video = model_class(*args, live=False, **kwargs)
        video.languages = list(Locale.objects.filter(language_code__in=languages))
        video.topics = topics
        video.age_groups = age_groups
        video.captions = captions
        video.full_clean()
        video.save()
        revision = video.save_revision()
        if publish:
            revision.publish()
            video.refresh_from_db()
        return video


class UploadedVideoFactory(VideoFactory):
    """A published video uploaded as a WebM file (no YouTube or Vimeo address), with a WebVTT captions file per
    language of `caption_languages` (English unless asked)."""

    class Params:
        caption_languages: tuple[str, ...] = ("en",)

    external_url = ""
    video_file = factory.SubFactory(DocumentFactory, name="clip.webm", content=b"\x1aE\xdf\xa3 not a real video")
    captions = factory.LazyAttribute(
        lambda video: [
            VideoCaption(
                language=language,
                file=DocumentFactory.create(name=f"captions-{language}.vtt", content=WEBVTT.encode()),
            )
            for language in video.caption_languages
        ]
    )


def live_videos_in_bulk(
    count: int,
    *,
    title: str = "Bulk video",
    languages: Iterable[str] = ("en",),
    topics: Iterable[Topic] = (),
    age_groups: Iterable[AgeGroup] = (),
    poster: Image | None = None,
) -> list[Video]:
    """`count` live English videos ("Bulk video 0", …, newest first) and their terms in a handful of queries,
    without revisions: for lists measured with a thousand rows."""
    english = Locale.get_default()
    now = timezone.now()
    start = Video.objects.count()  # slugs unique however many batches a test makes
    videos: list[Video] = Video.objects.bulk_create(
        Video(
            title=f"{title} {number}",
            slug=f"{slugify(title)}-{start + number}",
            description="A video made for the tests.",
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
        ("languages", "locale_id", list(Locale.objects.filter(language_code__in=languages))),
        ("topics", "topic_id", list(topics)),
        ("age_groups", "agegroup_id", list(age_groups)),
    )
    for relation, target, chosen in relations:
        through = getattr(Video, relation).through
        through.objects.bulk_create(
            [through(video_id=video.pk, **{target: term.pk}) for video in videos for term in chosen]
        )
    return videos
