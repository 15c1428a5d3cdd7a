"""What the page beacon may count: tokens the server signs into the pages it renders (a page's own path, a
video shown on it), so the endpoint only ever counts paths and videos the site itself served, never a string a
client made up. The tokens are the same for every visitor, so they live in cached pages unchanged."""

from __future__ import annotations

from django.core import signing

from bik.analytics.models import SUBJECT_MAX_LENGTH

_SIGNER = signing.Signer(salt="bik.analytics.beacon")
TOKEN_MAX_LENGTH = SUBJECT_MAX_LENGTH + 80


def page_token(path: str) -> str:
    return _SIGNER.sign(f"page:{path[:SUBJECT_MAX_LENGTH]}")


def video_token(video_id: int) -> str:
    return _SIGNER.sign(f"video:{video_id}")


def read(token: str) -> tuple[str, str] | None:
    """(kind, value) of a token this site signed; None for anything else."""
    if not token or len(token) > TOKEN_MAX_LENGTH:
        return None
    try:
        payload = _SIGNER.unsign(token)
    except signing.BadSignature:
        return None
    kind, _sep, value = payload.partition(":")
    if kind == "page" and value.startswith("/") and len(value) <= SUBJECT_MAX_LENGTH:  # "/…" or "//sid-host/…"
        return kind, value
    if kind == "video" and value.isdigit():
        return kind, value
    return None
