"""Third-party video addresses: turn a pasted YouTube or Vimeo link into the privacy-friendly player address
(youtube-nocookie.com, Vimeo with do-not-track) that the page inserts only after the visitor clicks play."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
VIMEO_ID = re.compile(r"^[0-9]{1,12}$")
YOUTUBE_HOSTS = {"youtube.com", "www.youtube.com", "m.youtube.com", "youtube-nocookie.com", "www.youtube-nocookie.com"}
VIMEO_HOSTS = {"vimeo.com", "www.vimeo.com", "player.vimeo.com"}
YOUTUBE_PATH_PREFIXES = ("embed", "shorts", "live", "v")


@dataclass(frozen=True)
class ThirdPartyVideo:
    provider: str  # "youtube" or "vimeo"
    video_id: str

    @property
    def provider_name(self) -> str:
        return "YouTube" if self.provider == "youtube" else "Vimeo"

    @property
    def player_url(self) -> str:
        """The address of the player frame, inserted only after a click (hence autoplay)."""
        if self.provider == "youtube":
            return f"https://www.youtube-nocookie.com/embed/{self.video_id}?autoplay=1&rel=0"
        return f"https://player.vimeo.com/video/{self.video_id}?autoplay=1&dnt=1"

    @property
    def watch_url(self) -> str:
        """The video's page on the provider's own site, for visitors without JavaScript."""
        if self.provider == "youtube":
            return f"https://www.youtube.com/watch?v={self.video_id}"
        return f"https://vimeo.com/{self.video_id}"


def parse_video_url(url: str) -> ThirdPartyVideo | None:
    """The YouTube or Vimeo video a pasted address points to, or None when it is not one we can embed."""
    parts = urlsplit(url.strip())
    if parts.scheme not in {"http", "https"}:
        return None
    host = (parts.hostname or "").lower()
    segments = [segment for segment in parts.path.split("/") if segment]
    if host == "youtu.be":
        return _youtube(segments[0] if segments else "")
    if host in YOUTUBE_HOSTS:
        if segments[:1] == ["watch"]:
            return _youtube(parse_qs(parts.query).get("v", [""])[0])
        if len(segments) >= 2 and segments[0] in YOUTUBE_PATH_PREFIXES:
            return _youtube(segments[1])
        return None
    if host in VIMEO_HOSTS:
        # vimeo.com/123, vimeo.com/channels/staff/123, player.vimeo.com/video/123, vimeo.com/123/abcdef (unlisted)
        for segment in segments:
            if VIMEO_ID.match(segment):
                return ThirdPartyVideo("vimeo", segment)
    return None


def _youtube(video_id: str) -> ThirdPartyVideo | None:
    return ThirdPartyVideo("youtube", video_id) if YOUTUBE_ID.match(video_id) else None
