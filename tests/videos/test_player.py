"""A third-party video loads nothing from the third party until the visitor clicks play; uploaded videos play
from this site with their captions; editors cannot save a video without exactly one valid source."""

from __future__ import annotations

import re

import pytest
from django.core.exceptions import ValidationError
from django.test import Client

from bik.videos.models import Video, VideoCaption
from tests.factories.videos import DocumentFactory, PictureFactory, UploadedVideoFactory, VideoFactory

pytestmark = pytest.mark.django_db

THIRD_PARTY = re.compile(r"youtube|vimeo", re.IGNORECASE)


def _loaded_urls(html: str) -> list[str]:
    """Every address the browser would fetch on its own: src, srcset, poster, data, link href, CSS url()."""
    urls = re.findall(r'\s(?:src|srcset|poster|data)="([^"]*)"', html)
    urls += re.findall(r'<link\b[^>]*\shref="([^"]*)"', html)
    urls += re.findall(r"url\(([^)]*)\)", html)
    return urls


@pytest.mark.parametrize(
    ("url", "provider"),
    [("https://www.youtube.com/watch?v=BIKtest-001", "YouTube"), ("https://vimeo.com/900000003", "Vimeo")],
)
def test_nothing_is_loaded_from_the_provider_before_a_click(client: Client, url: str, provider: str) -> None:
    # The poster is this site's own picture, never a thumbnail of the provider's.
    video = VideoFactory.create(external_url=url, image=PictureFactory.create())
    html = client.get(f"/en/portal/videos/{video.slug}/").content.decode()
    assert "<iframe" not in html
    assert not [url for url in _loaded_urls(html) if THIRD_PARTY.search(url)]
    assert f"Playing this video loads it from {provider}, which may set cookies." in html
    assert re.search(rf"<button[^>]*data-video-play[^>]*>Play the video \(loads {provider}\)</button>", html)
    assert 'src="/static/bik/js/videos.js"' in html


def test_without_javascript_the_visitor_gets_a_link_that_says_it_leaves_the_site(client: Client) -> None:
    video = VideoFactory.create(external_url="https://youtu.be/BIKtest-001")
    html = client.get(f"/en/portal/videos/{video.slug}/").content.decode()
    assert (
        '<a href="https://www.youtube.com/watch?v=BIKtest-001" rel="noopener noreferrer">'
        "Watch on YouTube (leaves this site)</a>" in html
    )
    assert 'data-embed-url="https://www.youtube-nocookie.com/embed/BIKtest-001?autoplay=1&amp;rel=0"' in html


def test_the_gallery_list_embeds_no_player_at_all(client: Client) -> None:
    VideoFactory.create(external_url="https://www.youtube.com/watch?v=BIKtest-001", image=PictureFactory.create())
    VideoFactory.create(external_url="https://vimeo.com/900000003")
    html = client.get("/en/portal/videos/").content.decode()
    assert html.count('class="video-card"') == 2
    assert "<iframe" not in html
    assert not [url for url in _loaded_urls(html) if THIRD_PARTY.search(url)]


def test_an_uploaded_video_plays_from_this_site_with_captions_per_language(client: Client) -> None:
    video = UploadedVideoFactory.create(title="Uploaded clip", caption_languages=("en", "fr"))
    html = client.get(f"/en/portal/videos/{video.slug}/").content.decode()
    assert re.search(
        r'<video controls preload="metadata"[^>]*>\s*<source src="/documents/\d+/clip[^"]*\.webm" type="video/webm">',
        html,
    )
    tracks = re.findall(r'<track kind="captions" src="(/documents/[^"]+\.vtt)" srclang="(\w+)" label="([^"]+)"', html)
    assert [(lang, label) for _src, lang, label in tracks] == [("en", "English"), ("fr", "Français")]
    assert "may set cookies" not in html
    captions = client.get(tracks[0][0])
    assert captions.status_code == 200
    assert b"".join(captions.streaming_content).startswith(b"WEBVTT")  # type: ignore[attr-defined]


def test_a_video_needs_exactly_one_source() -> None:
    clip = DocumentFactory.create(name="clip.mp4", content=b"not really a video")
    both = Video(title="Both", slug="both", external_url="https://youtu.be/dQw4w9WgXcQ", video_file=clip)
    neither = Video(title="Neither", slug="neither")
    for video in (both, neither):
        with pytest.raises(ValidationError, match="either a YouTube or Vimeo address or an uploaded video file"):
            video.clean()


def test_it_refuses_an_address_it_cannot_embed_and_a_file_that_is_not_a_video() -> None:
    with pytest.raises(ValidationError, match="not a YouTube or Vimeo video address"):
        Video(title="Elsewhere", slug="elsewhere", external_url="https://example.com/video/1").clean()
    with pytest.raises(ValidationError, match="MP4 or WebM"):
        Video(
            title="A PDF", slug="a-pdf", video_file=DocumentFactory.create(name="leaflet.pdf", content=b"%PDF-1.4")
        ).clean()


def test_captions_must_be_webvtt() -> None:
    video = VideoFactory.create(title="Captioned")
    srt = DocumentFactory.create(name="captions.srt", content=b"1\n00:00:00,000 --> 1")
    caption = VideoCaption(video=video, language="en", file=srt)
    with pytest.raises(ValidationError, match="WebVTT"):
        caption.clean()
