"""The gates in front of the staff workspaces (hotline analysts, policy contacts, impact reporters, partners and
reviewers), deny by default: an anonymous visitor is sent to sign in, someone whose role needs a second factor and
who has none is sent to set one up, and a view's own test refuses everyone else. Every answer behind a gate is
private: never kept by a cache or a proxy, never indexed."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpRequest, HttpResponseRedirect
from django.http.response import HttpResponseBase
from django.urls import reverse
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.http import urlencode

from bik.accounts.models import User
from bik.network.models import Centre

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

ViewFunction = Callable[..., HttpResponseBase]
Refusal = Callable[[HttpRequest], HttpResponseBase]
AnyResponse = TypeVar("AnyResponse", bound=HttpResponseBase)


def private(response: AnyResponse) -> AnyResponse:
    add_never_cache_headers(response)
    patch_cache_control(response, private=True)
    response.headers["X-Robots-Tag"] = "noindex, nofollow"
    return response


def set_up_second_factor(request: HttpRequest, warning: StrOrPromise) -> HttpResponseRedirect:
    """Send someone to set up an authenticator, and back here afterwards."""
    messages.warning(request, warning)
    return HttpResponseRedirect(reverse("mfa_activate_totp") + "?" + urlencode({"next": request.get_full_path()}))


def not_found(request: HttpRequest) -> HttpResponseBase:
    raise Http404


@dataclass(frozen=True)
class Gate:
    """Who may pass: signed in, and with a second factor wherever `needs_second_factor` says the role wants one."""

    needs_second_factor: Callable[[User], bool]
    warning: StrOrPromise

    def person(self, request: HttpRequest) -> HttpResponseBase | User:
        """The signed-in person, or the (private) answer that sends them to sign in or to set up a second factor."""
        user = request.user
        if not isinstance(user, User) or not user.is_authenticated:
            return private(redirect_to_login(request.get_full_path()))
        if self.needs_second_factor(user):
            return private(set_up_second_factor(request, self.warning))
        return user

    def view(
        self, allowed: Callable[[User], bool] | None = None, *, refused: Refusal = not_found
    ) -> Callable[[ViewFunction], ViewFunction]:
        """Wrap a view called as `view(request, person, ...)`: only people `allowed` lets in (everyone who passes
        the gate when not given); `refused` answers the others (a 404 unless said)."""

        def decorator(function: ViewFunction) -> ViewFunction:
            @functools.wraps(function)
            def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
                person = self.person(request)
                if not isinstance(person, User):
                    return person
                if allowed is not None and not allowed(person):
                    return private(refused(request))
                return private(function(request, person, *args, **kwargs))

            return wrapper

        return decorator

    def centre_view(self, centres_of: Callable[[User], list[Centre]]) -> Callable[[ViewFunction], ViewFunction]:
        """Wrap a view of one centre, named by `country` in its URL, called as `view(request, person, centre, ...)`:
        only for the people `centres_of` gives that centre; a 404 for anyone else."""

        def decorator(function: ViewFunction) -> ViewFunction:
            @functools.wraps(function)
            def wrapper(
                request: HttpRequest, person: User, country: str, *args: Any, **kwargs: Any
            ) -> HttpResponseBase:
                code = country.upper()
                centre = next((c for c in centres_of(person) if c.country.code == code), None)
                if centre is None:
                    raise Http404
                return function(request, person, centre, *args, **kwargs)

            return self.view()(wrapper)

        return decorator
