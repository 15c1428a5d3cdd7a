from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse

SID_URLCONF = "bik.sid.urls"


class SidHostMiddleware:
    """Requests for the Safer Internet Day host name are routed through the mini-site's own URLconf.

    Placed before LocaleMiddleware, which reads `request.urlconf` to find the language-prefixed patterns."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        host = request.get_host().rsplit(":", 1)[0].lower()
        if host == settings.BIK_SID_HOST.lower():
            request.urlconf = SID_URLCONF  # type: ignore[attr-defined]  # read by Django's handler
        return self.get_response(request)
