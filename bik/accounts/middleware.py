from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

from allauth.account.adapter import get_adapter
from allauth.mfa.utils import is_mfa_enabled
from allauth.usersessions import app_settings as usersessions_settings
from allauth.usersessions.models import UserSession
from csp.constants import HEADER, HEADER_REPORT_ONLY
from csp.middleware import CheckableLazyObject, CSPMiddleware
from csp.utils import build_policy
from django.conf import settings
from django.core.cache import cache
from django.core.signals import setting_changed
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from bik.accounts.gates import private, set_up_second_factor
from bik.accounts.roles import is_staff_member

ADMIN_PREFIX = "/admin/"


class AdminDoorMiddleware:
    """Who passes the editorial admin's door, once signed in.

    Someone whose roles give no use of the admin (a member, a hotline analyst, a partner, a policy contact, a
    reporter) is told so, with the way to their own pages: Wagtail would send them to sign in, and the sign-in page
    sends a signed-in visitor back where they came from, the admin, until the browser gives up.

    Staff (editors, moderators, network admins) reach the admin only with a second factor set up. Sign-in already
    asks for the second factor of anyone who has one, so requiring an authenticator here means every admin session
    was opened with it (or the factor was proven while activating it)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not request.path.startswith(ADMIN_PREFIX) or not request.user.is_authenticated:
            return self.get_response(request)
        if not request.user.has_perm("wagtailadmin.access_admin"):
            response = render(request, "accounts/no_admin.html", status=403)
            return private(response)
        if settings.ADMIN_MFA_REQUIRED and is_staff_member(request.user) and not is_mfa_enabled(request.user):
            warning = _("Staff accounts must set up two-factor authentication before using the admin.")
            return set_up_second_factor(request, warning)
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


# What a view or middleware sets on a response to change its policy (django-csp's decorators, the admin's above).
_POLICY_CHANGES = ("_csp_config", "_csp_update", "_csp_replace", "_csp_config_ro", "_csp_update_ro", "_csp_replace_ro")
_built: dict[str, str] = {}


def _plain_policies() -> dict[str, str]:
    """The policy headers of a response that changes nothing in the settings' policy, built once."""
    if not _built:
        _built[HEADER] = build_policy()
        _built[HEADER_REPORT_ONLY] = build_policy(report_only=True)
    return _built


def _forget_policies(*, setting: str, **_kwargs: object) -> None:
    if setting.startswith("CONTENT_SECURITY_POLICY"):
        _built.clear()


setting_changed.connect(_forget_policies, dispatch_uid="bik.accounts.middleware.csp")


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the policy of a plain response — no nonce asked for, no change to the
    policy, no excluded prefix — built once per process instead of for every response (a tenth of the time of
    a page served whole from the cache). Anything else goes through django-csp as it is."""

    def process_response(self, request: HttpRequest, response: Any) -> Any:
        config = settings.CONTENT_SECURITY_POLICY or {}
        report_only = settings.CONTENT_SECURITY_POLICY_REPORT_ONLY or {}
        if (
            getattr(request, "_csp_nonce", None) is not None
            or any(hasattr(response, name) for name in _POLICY_CHANGES)
            or getattr(response, "_csp_exempt", False)
            or getattr(response, "_csp_exempt_ro", False)
            or config.get("EXCLUDE_URL_PREFIXES")
            or report_only.get("EXCLUDE_URL_PREFIXES")
            or (settings.DEBUG and response.status_code in (404, 500))
        ):
            return super().process_response(request, response)
        for header, policy in _plain_policies().items():
            if policy and header not in response:
                response[header] = policy
        request.csp_nonce = CheckableLazyObject(self._csp_nonce_post_response)  # type: ignore[attr-defined]
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


class UserSessionsMiddleware:
    """allauth's tracking of a member's sessions (each one's client and "last seen", listed on the sessions page,
    and its signal when a session's client changes), written at most once every ACTIVITY_SECONDS per session and
    client instead of on every request: allauth's own middleware cost five queries and a commit on every signed-in
    page. A new client (address or browser) is recorded at once."""

    ACTIVITY_SECONDS = 300

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        session = getattr(request, "session", None)
        if (
            usersessions_settings.TRACK_ACTIVITY
            and session is not None
            and session.session_key
            and hasattr(request, "user")
            and request.user.is_authenticated
        ):
            client = f"{get_adapter().get_client_ip(request)}|{request.META.get('HTTP_USER_AGENT', '')}"
            key = f"bik:session-seen:{session.session_key}:{hashlib.sha256(client.encode()).hexdigest()[:16]}"
            if cache.add(key, True, self.ACTIVITY_SECONDS):
                UserSession.objects.create_from_request(request)
        return self.get_response(request)
