"""How often a form that creates an account, sends an email or stores a submission may be used: one policy
for the whole site, per client (the IP address; IPv6 by /64 network) and per target (the address typed into
the form, or the account acting), counted by django-ratelimit in the default cache — Redis in production, so
every web node shares the counts; local memory on a laptop.

Views validate their form, then ask `allow()` before doing any work, and answer `refuse()` (a 429 that
re-renders the form with what was typed) when it says no. The rates live in settings.BIK_RATE_LIMITS."""

from __future__ import annotations

import ipaddress
from enum import StrEnum
from typing import Any

from allauth.account.adapter import get_adapter
from django import forms
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django_ratelimit.core import get_usage

from bik.accounts.models import User

IPV6_PREFIX = 64


class Form(StrEnum):
    SIGNUP = "signup"
    PASSWORD_RESET = "password_reset"  # noqa: S105 -- a form name, not a password
    YOUTH_JOIN = "youth_join"
    PARENTAL_CONSENT = "parental_consent"
    SID_REGISTER = "sid_register"
    SID_SUBMIT = "sid_submit"
    BULLETIN_SUBSCRIBE = "bulletin_subscribe"
    COMMUNITY_JOIN = "community_join"
    COMMUNITY_INVITE = "community_invite"
    REPORT = "report"
    HOTLINE_REPORT = "hotline_report"
    PARTNER_APPLY = "partner_apply"
    ANALYTICS = "analytics"  # the page-view beacon (bik.analytics)
    YOUTH_MADE = "youth_made"  # a resource made by young people, with its upload (bik.youth.made)


def client_of(request: HttpRequest) -> str:
    """The client's address as allauth sees it (BIK_TRUSTED_PROXY_COUNT decides which forwarded address to
    trust), with an IPv6 address reduced to its /64 network: one household or host, not one of its 2^64."""
    raw = str(get_adapter().get_client_ip(request))
    try:
        address = ipaddress.ip_address(raw)
    except ValueError:
        return raw
    if address.version == 6:
        return str(ipaddress.ip_network(f"{address}/{IPV6_PREFIX}", strict=False).network_address)
    return str(address)


def _rates(form: Form) -> dict[str, str]:
    rates: dict[str, dict[str, str]] = settings.BIK_RATE_LIMITS
    return rates[form.value]


# Where `allow` leaves, on the request, how long the refused visitor should wait; `refuse` reads it.
_RETRY_AFTER = "_bik_rate_limit_retry_after"
DEFAULT_RETRY_AFTER = 60 * 60


def _over(request: HttpRequest, form: Form, scope: str, value: str) -> bool:
    rate = _rates(form).get(scope)
    if not rate:
        return False
    usage = get_usage(
        request,
        group=f"bik:{form.value}:{scope}",
        key=lambda _group, _request: value,
        rate=rate,
        increment=True,
    )
    over = bool(usage and usage["should_limit"])
    if over and usage and usage["time_left"] > 0:
        waited = getattr(request, _RETRY_AFTER, 0)
        setattr(request, _RETRY_AFTER, max(waited, int(usage["time_left"])))
    return over


def target_of(address: str = "", account: User | None = None) -> str:
    if account is not None:
        return f"account:{account.pk}"
    return "address:" + address.strip().lower()


def allow(request: HttpRequest, form: Form, *, address: str = "", account: User | None = None) -> bool:
    """Count one use of `form` by this client for this target (an email address typed into the form, or the
    signed-in account); False when either is over its limit. Both counters always count, so switching
    addresses does not reset a client and switching networks does not reset an address. The keys are
    hashed by django-ratelimit: no address is stored in the cache."""
    if not settings.BIK_RATE_LIMITS_ENABLED:
        return True
    client_over = _over(request, form, "client", client_of(request))
    target_over = bool(address or account) and _over(request, form, "address", target_of(address, account))
    return not (client_over or target_over)


def allow_target(form: Form, *, address: str) -> bool:
    """Count one use for a target address only (e.g. one parental-consent email per parent address a day,
    whichever client asks for it, or a signal with no request at all). The count keeps no client: django-ratelimit
    is handed an empty request, which the key of this count never reads."""
    if not settings.BIK_RATE_LIMITS_ENABLED:
        return True
    return not _over(HttpRequest(), form, "address", target_of(address))


def message() -> str:
    return _("You have sent this form many times in a short while. Please wait a little and try again.")


def refuse(
    request: HttpRequest, template: str, context: dict[str, Any], form: forms.BaseForm | None = None
) -> HttpResponse:
    """The 429 answer: the same page with the form as it was filled in (passwords are never sent back) and a
    message saying to wait."""
    if form is not None:
        form.add_error(None, message())
    response = render(request, template, {**context, "rate_limited": True}, status=429)
    response["Retry-After"] = str(retry_after(request))
    return response


def retry_after(request: HttpRequest) -> int:
    """Seconds until the limit that refused this request lets it through again (the end of its window)."""
    return int(getattr(request, _RETRY_AFTER, 0)) or DEFAULT_RETRY_AFTER
