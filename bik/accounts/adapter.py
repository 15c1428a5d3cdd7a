"""How allauth behaves here: emails leave through the task queue (the answer to a sign-up or password reset
does not wait for the mail server, and takes as long for a known address as for a new one), and failed
sign-ins are counted per client *and* account, so nobody can lock an owner out from elsewhere."""

from __future__ import annotations

from typing import Any

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from django.contrib.sites.shortcuts import get_current_site
from django.http import HttpRequest
from django.urls import reverse

from bik.accounts import ratelimits
from bik.accounts.models import User
from bik.outbox.services import send_message_on_commit


class AccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix: str, email: str, context: dict[str, Any]) -> None:
        """As allauth's, but queued once the request's writes commit: rendered now (language, links), sent by a
        worker."""
        request = allauth_context.request
        full_context = {"request": request, "email": email, "current_site": get_current_site(request), **context}
        send_message_on_commit(self.render_mail(template_prefix, email, full_context))

    def get_login_redirect_url(self, request: HttpRequest) -> str:
        """People acting for a research or industry partner land in their workspace, young people in their youth
        spaces; the others on their account page, which leads each to their own places."""
        from bik.community.services import is_youth_account
        from bik.partners.services import acts_for_a_partner

        user = request.user
        if acts_for_a_partner(user):
            return reverse("partners:workspace")
        if isinstance(user, User) and is_youth_account(user):
            return reverse("youth:home")
        return str(super().get_login_redirect_url(request))

    def _get_login_attempts_cache_key(self, request: HttpRequest, **credentials: Any) -> str:
        # allauth counts `login_failed` per this key; with the client in it, five wrong passwords from one
        # network lock that network out of that account, and the owner can still sign in from their own.
        account_key = super()._get_login_attempts_cache_key(request, **credentials)
        return f"{ratelimits.client_of(request)}:{account_key}"
