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
            and is_staff_member(request.user)  # type: ignore[arg-type]
            and not is_mfa_enabled(request.user)
        ):
            messages.warning(
                request,
                _("Staff accounts must set up two-factor authentication before using the admin."),
            )
            url = reverse("mfa_activate_totp") + "?" + urlencode({"next": request.get_full_path()})
            return HttpResponseRedirect(url)
        return self.get_response(request)
