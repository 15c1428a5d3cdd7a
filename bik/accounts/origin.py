"""Forms that pages kept for every visitor carry (bik/caching/pages.py): such a page cannot hold a form token — a
token is one visitor's — so the view it posts to is exempt from Django's token check and asks the browser instead.
What the token proves, that a page of this site sent the form, every current browser says in a POST's `Origin`
and `Sec-Fetch-Site` headers; a forged cross-site post is always a browser's, so one without either header is not
forged. Only forms that act for nobody in particular may rely on it (the bulletin's subscription: the address
confirms by a link sent to it); anything a signed-in visitor does keeps Django's token."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest

_SITES_ALLOWED = ("same-origin", "none")  # "none": the visitor's own action, not another page's


def posted_from_this_site(request: HttpRequest) -> bool:
    """Whether the browser says a page of this site (or one of `CSRF_TRUSTED_ORIGINS`) sent this request."""
    site = request.headers.get("Sec-Fetch-Site")
    if site is not None and site not in _SITES_ALLOWED:
        return False
    origin = request.headers.get("Origin")
    if origin is None:
        return True
    own = f"{'https' if request.is_secure() else 'http'}://{request.get_host()}"
    return origin == own or origin in settings.CSRF_TRUSTED_ORIGINS
