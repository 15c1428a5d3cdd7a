"""Read API for the video gallery: live videos only, in one language (English where untranslated), filtered
like the gallery."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.utils import translation
from ninja import Query, Router, Schema
from ninja.errors import HttpError
from pydantic import Field

from bik.catalogue.api import PageOut, PageQuery, TermOut, check_language
from bik.catalogue.pagination import api_page
from bik.catalogue.terms import vocabulary
from bik.pictures.rendering import picture_url
from bik.videos import services
from bik.videos.models import AgeGroup, Topic, Video

router = Router(tags=["videos"])
API_PAGE_SIZE = 20


class VideoCaptionOut(Schema):
    language: str
    url: str


class VideoSummaryOut(Schema):
    id: int
    slug: str
    title: str
    url: str = Field(description="The video's page on the portal.")
    language: str = Field(description="The language of this record's title and description.")
    description: str
    languages: list[str] = Field(description="Codes of the languages spoken or subtitled in the video.")
    topics: list[TermOut]
    age_groups: list[TermOut]
    duration_seconds: int | None
    source: str = Field(description="youtube, vimeo or file.")
    poster_url: str | None


class VideoOut(VideoSummaryOut):
    watch_url: str = Field(description="Where to watch: the provider's page, or the uploaded file.")
    embed_url: str | None = Field(description="The privacy-enhanced player address, for YouTube and Vimeo.")
    captions: list[VideoCaptionOut]


class VideoListOut(PageOut):
    results: list[VideoSummaryOut]


class VideoFilters(PageQuery):
    lang: str = Field(settings.LANGUAGE_CODE, description="Language of the records, e.g. en, fr, el.")
    q: str = Field("", max_length=services.MAX_QUERY_LENGTH, description="Words in the title or description.")
    language: str = Field("", description="Only videos spoken or subtitled in this language code.")
    topic: str = Field("", description="A topic's slug.")
    age: str = Field("", description="An age group's slug.")


def _check_language(code: str, name: str) -> str:
    return check_language(code, name, optional=True)


def _summary(video: Video, request: HttpRequest, gallery_url: str) -> dict[str, Any]:
    third_party = video.third_party
    poster = picture_url(video, "card") or None
    return {
        "id": video.pk,
        "slug": video.slug,
        "title": video.title,
        "url": request.build_absolute_uri(f"{gallery_url}{video.slug}/"),
        "language": video.locale.language_code,
        "description": video.description,
        "languages": [code for code, _name in video.display_languages],
        "topics": [{"slug": t.slug, "name": str(t.name)} for t in video.display_topics],
        "age_groups": [{"slug": a.slug, "name": str(a.name)} for a in video.display_age_groups],
        "duration_seconds": video.duration_seconds,
        "source": third_party.provider if third_party is not None else "file",
        "poster_url": request.build_absolute_uri(poster) if poster else None,
    }


def _gallery_url(lang: str) -> str:
    gallery = services.gallery_in(lang)
    return (gallery.get_url() or "/") if gallery is not None else "/"


@router.get("/", response=VideoListOut, summary="List videos")
def list_videos(request: HttpRequest, filters: Query[VideoFilters]) -> dict[str, Any]:
    lang = _check_language(filters.lang, "lang")
    _check_language(filters.language, "language")
    chosen = {"q": filters.q, "language": filters.language, "topic": filters.topic, "age": filters.age}
    with translation.override(lang):
        videos = services.with_details(services.filter_videos(services.live_videos(lang), chosen))
        found = api_page(videos, filters.page, API_PAGE_SIZE)
        services.label_videos(found.items, vocabulary(Topic, lang), vocabulary(AgeGroup, lang))
        gallery_url = _gallery_url(lang)
        return found.envelope([_summary(video, request, gallery_url) for video in found.items])


@router.get("/{video_id}/", response=VideoOut, summary="Read one video")
def get_video(request: HttpRequest, video_id: int) -> dict[str, Any]:
    video = (
        services.with_details(Video.objects.filter(live=True, pk=video_id), "card")
        .prefetch_related("captions__file")
        .first()
    )
    if video is None:
        raise HttpError(404, "No published video with this id.")
    lang = video.locale.language_code
    with translation.override(lang):
        services.label_videos([video], vocabulary(Topic, lang), vocabulary(AgeGroup, lang))
        data = _summary(video, request, _gallery_url(lang))
    third_party = video.third_party
    if third_party is not None:
        data["watch_url"] = third_party.watch_url
        data["embed_url"] = third_party.player_url
    else:
        data["watch_url"] = request.build_absolute_uri(video.video_file.url) if video.video_file else ""
        data["embed_url"] = None
    data["captions"] = [
        {"language": caption.language, "url": request.build_absolute_uri(caption.file.url)}
        for caption in video.captions.all()
    ]
    return data
