from __future__ import annotations

import json
from typing import Any

from allauth.account import views as allauth_views
from allauth.account.decorators import reauthentication_required
from allauth.mfa.utils import is_mfa_enabled
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from bik.accounts import ratelimits, services
from bik.accounts.forms import DeleteAccountForm, ProfileForm, YouthAccountForm
from bik.accounts.models import User
from bik.accounts.roles import is_staff_member
from bik.community.access import is_member as is_community_member
from bik.community.models import Membership
from bik.community.services import is_youth_account
from bik.hotline.services import analysed_hotlines
from bik.impact.access import staff_centres
from bik.moderation.spaces import moderated_keys, moderator_lacks_second_factor
from bik.partners.services import acts_for_a_partner
from bik.policy.services import contact_countries
from bik.policy.services import is_editor as is_policy_editor
from bik.statistics.services import is_coordinator, staffed_centres
from bik.youth.services import coordinated_countries, coordinator_lacks_second_factor


@login_required
@require_http_methods(["GET", "POST"])
def profile(request: HttpRequest) -> HttpResponse:
    user = request.user
    assert isinstance(user, User)  # noqa: S101 -- guaranteed by login_required; narrows the type
    youth_account, community = is_youth_account(user), is_community_member(user)
    form_class = YouthAccountForm if youth_account else ProfileForm
    form = form_class(request.POST if request.method == "POST" else None, instance=user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your profile has been saved."))
        return redirect("accounts:profile")
    return render(
        request,
        "accounts/profile.html",
        {
            "form": form,
            "youth_account": youth_account,
            "mfa_enabled": is_mfa_enabled(user),
            "is_staff_member": is_staff_member(user),
            # Only roles that may use Wagtail's admin are offered it (the admin's door turns the others away).
            "admin_access": user.has_perm("wagtailadmin.access_admin"),
            "hotline_workspace": bool(analysed_hotlines(user)),
            "impact_workspace": bool(staff_centres(user)),
            "helpline_statistics": bool(staffed_centres(user)) or is_coordinator(user),
            "partner_workspace": acts_for_a_partner(user),
            "policy_contact": bool(contact_countries(user)),
            "policy_editor": is_policy_editor(user),
            # The private spaces the account belongs to, so that nobody has to know their addresses.
            "youth_spaces": youth_account or bool(coordinated_countries(user)),
            "coordinator_second_factor": coordinator_lacks_second_factor(user),
            "moderator_second_factor": moderator_lacks_second_factor(user),
            "community": community,
            # Someone who asked to join the community and has no answer yet (or was declined) reads where it stands.
            "community_request": not community and Membership.objects.filter(user=user).exists(),
            "statistics_review": is_coordinator(user),
            "moderation_queues": bool(moderated_keys(user)),
        },
    )


@login_required
@require_POST
def export_data(request: HttpRequest) -> HttpResponse:
    payload = services.export_user_data(request.user)  # type: ignore[arg-type]
    response = HttpResponse(
        json.dumps(payload, indent=2, ensure_ascii=False), content_type="application/json; charset=utf-8"
    )
    response["Content-Disposition"] = 'attachment; filename="bik-account-data.json"'
    return response


@login_required
@reauthentication_required
@require_http_methods(["GET", "POST"])
def delete_account(request: HttpRequest) -> HttpResponse:
    form = DeleteAccountForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        user = request.user
        logout(request)
        services.delete_account(user)  # type: ignore[arg-type]
        messages.success(request, _("Your account has been deleted."))
        return redirect("/")
    return render(request, "accounts/delete.html", {"form": form})


# --- allauth's sign-up and password reset, under the site's rate-limit policy ---------------------------


class SignupView(allauth_views.SignupView):
    def form_valid(self, form: Any) -> HttpResponse:
        if not ratelimits.allow(self.request, ratelimits.Form.SIGNUP, address=str(form.cleaned_data["email"])):
            return _refuse(self, form)
        response: HttpResponse = super().form_valid(form)
        return response


class PasswordResetView(allauth_views.PasswordResetView):
    def form_valid(self, form: Any) -> HttpResponse:
        email = str(form.cleaned_data["email"])
        if not ratelimits.allow(self.request, ratelimits.Form.PASSWORD_RESET, address=email):
            return _refuse(self, form)
        response: HttpResponse = super().form_valid(form)
        return response


def _refuse(view: Any, form: Any) -> HttpResponse:
    form.add_error(None, ratelimits.message())
    response: HttpResponse = view.render_to_response(view.get_context_data(form=form), status=429)
    response["Retry-After"] = str(ratelimits.retry_after(view.request))
    return response
