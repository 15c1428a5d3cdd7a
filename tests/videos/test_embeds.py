"""A pasted YouTube or Vimeo address becomes the privacy-enhanced player address; anything else is refused."""

from __future__ import annotations

import pytest

from bik.videos.embeds import parse_video_url


@pytest.mark.parametrize(
    "url",
    [
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        "https://youtube.com/watch?feature=share&v=dQw4w9WgXcQ",
        "https://m.youtube.com/watch?v=dQw4w9WgXcQ&t=42",
        "https://youtu.be/dQw4w9WgXcQ?si=abc",
        "https://www.youtube.com/embed/dQw4w9WgXcQ",
        "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
        "https://www.youtube.com/shorts/dQw4w9WgXcQ",
    ],
)
def test_it_reads_every_common_youtube_address(url: str) -> None:
    video = parse_video_url(url)
    assert video is not None
    assert video.player_url.startswith("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?")
    assert video.watch_url == "https://www.youtube.com/watch?v=dQw4w9WgXcQ"


@pytest.mark.parametrize(
    "url",
    [
        "https://vimeo.com/76979871",
        "https://player.vimeo.com/video/76979871",
        "https://vimeo.com/channels/staffpicks/76979871",
    ],
)
def test_it_reads_vimeo_addresses_and_asks_vimeo_not_to_track(url: str) -> None:
    video = parse_video_url(url)
    assert video is not None
    assert video.provider_name == "Vimeo"
    assert video.player_url == "https://player.vimeo.com/video/76979871?autoplay=1&dnt=1"
    assert video.watch_url == "https://vimeo.com/76979871"


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/watch?v=dQw4w9WgXcQ",
        "https://www.youtube.com/watch?v=short",
        "https://www.youtube.com/channel/UC123",
        "javascript:alert(1)",
        "https://vimeo.com/about",
        "https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
        "",
    ],
)
def test_it_refuses_anything_else(url: str) -> None:
    assert parse_video_url(url) is None
