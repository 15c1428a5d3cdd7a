"""The helpers other folders' tests called before tests.factories.videos existed (analytics, performance), kept
as thin wrappers over the factories until they use them directly."""

from __future__ import annotations

from bik.videos.models import Video
from tests.factories.videos import DocumentFactory, UploadedVideoFactory, VideoFactory, live_videos_in_bulk


def add_video(title: str, *, publish: bool = True) -> Video:
    return VideoFactory.create(title=title, publish=publish)


def add_uploaded_video(title: str, *, captions: tuple[str, ...] = ("en",)) -> Video:
    return UploadedVideoFactory.create(title=title, caption_languages=captions)


def document(name: str, content: bytes) -> object:
    return DocumentFactory.create(name=name, content=content)


def add_videos_in_bulk(count: int, *, prefix: str = "Bulk video") -> None:
    live_videos_in_bulk(count, title=prefix)
