"""Network admins appoint and remove hotline analysts, centre by centre. Every change is in the hotline audit
log (`services.appoint_analyst`, `services.remove_analyst`)."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from bik.accounts.models import User
from bik.hotline import services
from bik.network.models import Centre


class AppointAnalystForm(forms.Form):
    centre = forms.ModelChoiceField(label=gettext_lazy("Centre"), queryset=Centre.objects.order_by("country"))
    email = forms.EmailField(label=gettext_lazy("Email address of an existing account"))

    def clean_email(self) -> User:
        email = self.cleaned_data["email"]
        person = User.objects.filter(email__iexact=email, is_active=True).first()
        if person is None:
            raise forms.ValidationError(_("No active account has this email address."))
        return person


def _admin(request: HttpRequest) -> User:
    user = request.user
    if not isinstance(user, User) or not services.is_network_admin(user):
        raise PermissionDenied
    return user


@require_http_methods(["GET", "POST"])
def analysts(request: HttpRequest) -> HttpResponse:
    admin = _admin(request)
    form = AppointAnalystForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        centre, person = form.cleaned_data["centre"], form.cleaned_data["email"]
        services.appoint_analyst(admin, centre, person)
        messages.success(
            request,
            _("%(email)s is now a hotline analyst for %(centre)s.")
            % {
                "email": person.email,
                "centre": centre,
            },
        )
        return redirect("hotline_admin:analysts")
    roles_by_centre: dict[int, list[object]] = {}
    for role in services.analyst_roles().order_by("user__email"):
        roles_by_centre.setdefault(role.centre_id, []).append(role)
    centres = [(centre, roles_by_centre.get(centre.pk, [])) for centre in Centre.objects.order_by("country")]
    context = {"form": form, "centres": centres}
    return render(request, "hotline/admin/analysts.html", context, status=400 if form.errors else 200)


@require_POST
def remove(request: HttpRequest, role_id: int) -> HttpResponse:
    admin = _admin(request)
    role = get_object_or_404(services.analyst_roles(), pk=role_id)
    services.remove_analyst(admin, role)
    messages.success(
        request,
        _("%(email)s is no longer a hotline analyst for %(centre)s.")
        % {
            "email": role.user.email,
            "centre": role.centre,
        },
    )
    return redirect("hotline_admin:analysts")
