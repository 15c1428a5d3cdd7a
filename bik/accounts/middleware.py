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
