"""Kept pages answered before Django: each web process replays the finished response of a kept page it served.

A hit of the page cache (bik/caching/pages.py) still passes through Django's request handling, its request
signals and the security and static-file middleware above the page cache: about two thirds of a hit's time. Yet
the finished response to a kept page is the same for every request that asks for it in the same way: the
security headers depend on the scheme and host alone, and the page cache answers the rest. So this WSGI
application keeps the last finished response of each kept page its process served (status, every header, the
bytes), with the epoch the page cache found the page current in (bik/caching/tags.py), and answers the next
request for the same address from it while the epoch keeps that token — one small read of the cache, as a hit
of the page cache's own copy does — and while the page cache would still keep it.

Everything else goes to Django as before: any method but GET, a query string, a cookie other than the CSRF and
language ones, a conditional request (Django answers it with a 304), an address this process has not served a
kept page for, and any page after a change (every renewal gives the epoch a new token). The address is the
request's scheme, host and path as the server passed them, with the proxy headers Django may read for the
scheme and host: two requests with the same address get the same answer from Django's middleware above the page
cache, so the replay is that answer.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.cache import caches
from django.http import parse_cookie

from bik.caching import pages, tags
from bik.caching.recent import Recent

StartResponse = Callable[..., Any]
WSGIApplication = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]


@dataclass(frozen=True, slots=True)
class Finished:
    status: str
    headers: list[tuple[str, str]]
    body: bytes


def address(environ: dict[str, Any]) -> str | None:
    """What a replayed response is kept under, or None when Django must answer this request."""
    if (
        environ.get("REQUEST_METHOD") != "GET"
        or environ.get("QUERY_STRING")
        or "HTTP_IF_NONE_MATCH" in environ
        or "HTTP_IF_MODIFIED_SINCE" in environ
        or settings.PAGE_CACHE_SECONDS <= 0
    ):
        return None
    cookie = environ.get("HTTP_COOKIE")
    if cookie and not set(parse_cookie(cookie)) <= pages.harmless_cookies():
        return None
    return "\n".join(environ.get(name, "") for name in _addressed())


# What Django reads for the scheme, host and path of a request (request.is_secure(), get_host(), path).
_ADDRESSED = (
    "wsgi.url_scheme",
    "HTTP_X_FORWARDED_PROTO",
    "HTTP_HOST",
    "HTTP_X_FORWARDED_HOST",
    "HTTP_X_FORWARDED_PORT",
    "SERVER_NAME",
    "SERVER_PORT",
    "SCRIPT_NAME",
    "PATH_INFO",
)


def _addressed() -> tuple[str, ...]:
    """_ADDRESSED, and the header that says a request came over HTTPS when the settings name another one."""
    configured: tuple[str, str] | None = settings.SECURE_PROXY_SSL_HEADER
    proxy_header = configured[0] if configured else ""
    return _ADDRESSED if proxy_header in ("", *_ADDRESSED) else (*_ADDRESSED, proxy_header)


class KeptPages:
    """WSGI middleware around Django's application (bik/wsgi.py)."""

    def __init__(self, application: WSGIApplication, limit: int = 32 * 1024 * 1024) -> None:
        self.application = application
        self.finished: Recent[tuple[str, float], Finished] = Recent(limit, lambda finished: len(finished.body))

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        key = address(environ)
        if key is None:
            return self.application(environ, start_response)
        found = self.finished.get(key)
        if found is not None:
            (epoch, until), finished = found
            if until > time.time() and caches[tags.TOKENS_CACHE].get(tags.EPOCH) == epoch:
                start_response(finished.status, finished.headers)
                return [finished.body]
        answered: list[tuple[str, list[tuple[str, str]]]] = []

        def start(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            answered.append((status, headers))
            return start_response(status, headers, exc_info)

        response = self.application(environ, start)
        replayable: tuple[str, float] | None = getattr(response, pages.REPLAYABLE, None)
        if replayable is not None and answered and answered[-1][0].startswith("200 "):
            status, headers = answered[-1]
            body = response.content  # type: ignore[attr-defined]  # Django's HttpResponse, never streaming here
            self.finished.put(key, replayable, Finished(status, list(headers), body))
        return response
