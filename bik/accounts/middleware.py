from __future__ import annotations

from collections.abc import Callable

from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from bik.accounts.roles import is_staff_member

ADMIN_PREFIX = "/admin/"


class StaffMFAMiddleware:
    """Staff (editors, moderators, network admins) reach the admin only with a second factor set up.

    Sign-in already asks for the second factor of anyone who has one, so requiring an authenticator here
    means every admin session was opened with it (or the factor was proven while activating it)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if (
            settings.ADMIN_MFA_REQUIRED
            and request.path.startswith(ADMIN_PREFIX)
            and request.user.is_authenticated
            and is_staff_member(request.user)
            and not is_mfa_enabled(request.user)
        ):
            messages.warning(
                request,
                _("Staff accounts must set up two-factor authentication before using the admin."),
            )
            url = reverse("mfa_activate_totp") + "?" + urlencode({"next": request.get_full_path()})
            return HttpResponseRedirect(url)
        return self.get_response(request)


class AdminSecurityPolicyMiddleware:
    """The editorial admin's own security policy.

    The public site and account pages get a strict CSP with no inline code. Wagtail's admin and
    wagtail-localize's translation editor bootstrap widgets with inline scripts and style attributes, so
    under /admin/ alone — reachable only by staff who signed in with a second factor — inline scripts and
    styles are allowed, and the admin may frame its own previews."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if request.path.startswith(ADMIN_PREFIX):
            response._csp_update = {  # type: ignore[attr-defined]  # read by django-csp's middleware
                "script-src": ["'unsafe-inline'"],
                "style-src": ["'unsafe-inline'"],
            }
            response._csp_replace = {"frame-ancestors": ["'self'"]}  # type: ignore[attr-defined]
            response.headers.setdefault("X-Frame-Options", "SAMEORIGIN")
        return response


PRIVATE = "private, no-store"


def depends_on_visitor(request: HttpRequest, response: HttpResponse) -> bool:
    """Whether the response was built from who the visitor is: a signed-in user, a CSRF token (one per
    visitor, in every form), or a session that holds something (messages, a half-finished sign-in, …).

    A visitor without a session and without a form on the page gets what every such visitor gets, so that
    response may stay public: a later cache of anonymous pages can use it."""
    # Using the CSRF token (get_token) makes CsrfViewMiddleware send its cookie with the response.
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or settings.CSRF_COOKIE_NAME in response.cookies:
        return True
    session = getattr(request, "session", None)
    if session is not None and session.accessed and (session.session_key is not None or session.modified):
        return True
    user = getattr(request, "user", None)
    return bool(user is not None and user.is_authenticated)


class PrivateResponseMiddleware:
    """Every response that depends on who is signed in is `Cache-Control: private, no-store`, so no shared
    cache (a CDN, a proxy, a later whole-page cache) keeps one person's page for another and the browser
    keeps no copy on disk. The one place that decides it; see `depends_on_visitor`."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if depends_on_visitor(request, response):
            response["Cache-Control"] = PRIVATE
            response.headers.pop("Expires", None)
        return response
