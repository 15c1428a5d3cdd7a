"""What the video gallery, its pages and its API compute: the live videos in the visitor's language (English
where untranslated), filtered, with their terms. Every function runs a fixed number of queries, whatever the
number of videos. Plain values in, videos out: the request glue (query string, addresses, 404s) is in
bik/videos/views.py."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from django.db.models import Prefetch, Q, QuerySet

from bik.catalogue.filters import filter_joined
from bik.catalogue.language import LANGUAGE_NAMES, in_language
from bik.catalogue.pages import index_in
from bik.pictures.rendering import image_prefetch
from bik.videos.models import AgeGroup, Topic, Video, VideoCaption, VideoGalleryPage

MAX_QUERY_LENGTH = 200


def live_videos(language: str) -> QuerySet[Video]:
    return in_language(Video.objects.filter(live=True), language)


def with_details(videos: QuerySet[Video], size: str = "card") -> QuerySet[Video]:
    """The videos with their file, poster (and its renditions of `size`), languages and terms."""
    return videos.select_related("locale", "video_file", "image").prefetch_related(
        image_prefetch("image", size),
        Prefetch("languages"),
        Prefetch("topics"),
        Prefetch("age_groups"),
    )


def label_videos(videos: Sequence[Video], topics: Iterable[Topic], age_groups: Iterable[AgeGroup]) -> None:
    """Attach `display_topics`, `display_age_groups` (in the visitor's language) and `display_languages`."""
    topic_by_key = {term.translation_key: term for term in topics}
    age_by_key = {term.translation_key: term for term in age_groups}
    for video in videos:
        video.display_topics = [topic_by_key.get(t.translation_key, t) for t in video.topics.all()]
        video.display_age_groups = sorted(
            (age_by_key.get(a.translation_key, a) for a in video.age_groups.all()), key=lambda a: a.sort_order
        )
        video.display_languages = sorted(
            ((locale.language_code, LANGUAGE_NAMES.get(locale.language_code, "")) for locale in video.languages.all()),
            key=lambda pair: pair[1].casefold(),
        )


def search(videos: QuerySet[Video], query: str) -> QuerySet[Video]:
    """Every word must appear in the title or the description."""
    for word in query.split()[:10]:
        videos = videos.filter(Q(title__icontains=word) | Q(description__icontains=word))
    return videos


def filter_videos(videos: QuerySet[Video], filters: dict[str, str]) -> QuerySet[Video]:
    if filters.get("q"):
        videos = search(videos, filters["q"])
    lookups = {"language": "languages__language_code", "topic": "topics__slug", "age": "age_groups__slug"}
    return filter_joined(videos, filters, lookups).order_by("-first_published_at", "-pk")


def find_video(slug: str, language: str, size: str = "hero") -> Video | None:
    captions = VideoCaption.objects.select_related("file").order_by("sort_order", "pk")
    return (
        with_details(live_videos(language).filter(slug=slug), size)
        .prefetch_related(Prefetch("captions", queryset=captions))
        .first()
    )


def gallery_in(language: str) -> VideoGalleryPage | None:
    """The live gallery page in `language` (English otherwise), for links from the API."""
    return index_in(VideoGalleryPage, language)
