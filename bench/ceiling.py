"""The ceiling of bench/side_by_side.py: bare Django serving the platform's saved pages, byte for byte.

No middleware, no database, no templates, no cache: one view that answers a path with the bytes (and content
type) the platform sent for it, read into memory at start-up. Whatever the platform spends beyond this is its
own. Served by gunicorn exactly as the platform is:

    BIK_CEILING_PAGES=/tmp/bik-bench-side/ceiling .venv/bin/gunicorn --chdir bench ceiling:application

The folder holds `index.json` ({path: [file name, content type]}) and the saved bodies, written by
bench/side_by_side.py.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import Http404, HttpRequest, HttpResponse
from django.urls import re_path

PAGES_DIR = Path(os.environ["BIK_CEILING_PAGES"])

settings.configure(
    DEBUG=False,
    SECRET_KEY=os.environ["SECRET_KEY"],
    ALLOWED_HOSTS=["127.0.0.1"],
    ROOT_URLCONF=__name__,
    MIDDLEWARE=[],
    INSTALLED_APPS=[],
    USE_I18N=False,
)

PAGES: dict[str, tuple[bytes, str]] = {
    path: ((PAGES_DIR / name).read_bytes(), content_type)
    for path, (name, content_type) in json.loads((PAGES_DIR / "index.json").read_text()).items()
}


def page(request: HttpRequest) -> HttpResponse:
    try:
        body, content_type = PAGES[request.path]
    except KeyError:
        raise Http404 from None
    return HttpResponse(body, content_type=content_type)


urlpatterns = [re_path(r"", page)]
application = get_wsgi_application()
