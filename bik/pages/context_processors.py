from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language

from bik.pages import chrome


def site_chrome(request: HttpRequest) -> dict[str, Any]:
    """Navigation and footer links for the visitor's language, built lazily and cached (see chrome.py)."""
    return {"chrome": SimpleLazyObject(lambda: chrome.for_request(request)), "current_locale_code": get_language()}
