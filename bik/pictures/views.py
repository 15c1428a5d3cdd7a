"""Serving image renditions: the only media files the platform itself serves in production.

Renditions are public by nature (every page that shows an image links to them). Nothing else under MEDIA_ROOT
is reachable through this view: not the originals (`original_images/`), not documents (served by Wagtail's
/documents/ view, which checks collection privacy), not supporters' uploads. A front server may serve
`MEDIA_URL + "images/"` itself instead (docs/operations.md)."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest
from django.http.response import HttpResponseBase
from django.views.static import serve

RENDITIONS_DIR = "images"
# A rendition's file name carries its filter and never changes content; a day is long enough for a replaced one.
CACHE_SECONDS = 24 * 60 * 60


def rendition(request: HttpRequest, path: str) -> HttpResponseBase:
    response = serve(request, path, document_root=str(settings.MEDIA_ROOT / RENDITIONS_DIR))
    response["Cache-Control"] = f"public, max-age={CACHE_SECONDS}"
    return response
