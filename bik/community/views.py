"""Membership pages (join, approvals, invitations), the community home and the members directory. Every page
except the join pages goes through `access.community_view`."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from bik.accounts import ratelimits
from bik.accounts.models import User
from bik.community import access, services
from bik.community.access import community_view, signed_in_user
from bik.community.forms import (
    DecisionForm,
    DirectoryFilterForm,
    InvitationAcceptForm,
    InviteForm,
    MembershipRequestForm,
    ProfileForm,
    RevokeForm,
)
from bik.community.models import Membership
from bik.moderation import services as moderation


@require_http_methods(["GET", "POST"])
def join(request: HttpRequest) -> HttpResponse:
    """Ask to join, or accept an invitation (?invitation=<token>). Signed-in people only."""
    if not isinstance(request.user, User) or not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    user = request.user
    token = request.GET.get("invitation", "")
    membership = Membership.objects.filter(user=user).select_related("centre").first()
    if (
        not token
        and membership is not None
        and membership.status
        in (
            Membership.Status.PENDING,
            Membership.Status.APPROVED,
        )
    ):
        return redirect("community:join_status")
    if token:
        return _accept_invitation(request, user, token)
    form = MembershipRequestForm(
        request.POST or None, initial={"first_name": user.first_name, "last_name": user.last_name}
    )
    if request.method == "POST" and form.is_valid():
        if not ratelimits.allow(request, ratelimits.Form.COMMUNITY_JOIN, account=user):
            context = {"form": form, "membership": membership}
            return ratelimits.refuse(request, "community/join.html", context, form)
        try:
            services.request_membership(user, **form.cleaned_data)
        except services.MembershipError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Thank you. Your centre's coordinator will look at your request."))
            return redirect("community:join_status")
    return render(request, "community/join.html", {"form": form, "membership": membership})


def _accept_invitation(request: HttpRequest, user: User, token: str) -> HttpResponse:
    try:
        invitation = services.invitation_for_token(token)
    except services.MembershipError as error:
        return render(request, "community/invitation_invalid.html", {"error": str(error)}, status=400)
    form = InvitationAcceptForm(
        request.POST or None, initial={"first_name": user.first_name, "last_name": user.last_name}
    )
    if request.method == "POST" and form.is_valid():
        if not ratelimits.allow(request, ratelimits.Form.COMMUNITY_JOIN, account=user):
            context = {"form": form, "invitation": invitation}
            return ratelimits.refuse(request, "community/invitation_accept.html", context, form)
        try:
            services.accept_invitation(user, invitation, **form.cleaned_data)
        except services.MembershipError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Welcome to the BIK Community."))
            return redirect("community:home")
    return render(request, "community/invitation_accept.html", {"form": form, "invitation": invitation})


def join_status(request: HttpRequest) -> HttpResponse:
    if not isinstance(request.user, User) or not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    membership = Membership.objects.filter(user=request.user).select_related("centre").first()
    if membership is None:
        return redirect("community:join")
    return render(request, "community/join_status.html", {"membership": membership})


@community_view
def home(request: HttpRequest) -> HttpResponse:
    user = signed_in_user(request)
    centres = access.approvable_centres(user)
    pending = Membership.objects.filter(status=Membership.Status.PENDING, centre__in=centres).count() if centres else 0
    return render(
        request,
        "community/home.html",
        {
            "membership": Membership.objects.filter(user=user).select_related("centre").first(),
            "pending_requests": pending,
            "can_approve": bool(centres),
            "moderated": moderation.queue_summaries(user) if access.is_community_staff(user) else [],
        },
    )


@community_view
def approvals(request: HttpRequest) -> HttpResponse:
    user = signed_in_user(request)
    centres = access.approvable_centres(user)
    if not centres:
        raise Http404
    pending = (
        Membership.objects.filter(status=Membership.Status.PENDING, centre__in=centres)
        .select_related("user", "centre")
        .order_by("requested_at", "pk")
    )
    recent = (
        Membership.objects.filter(centre__in=centres)
        .exclude(status=Membership.Status.PENDING)
        .select_related("user", "centre", "decided_by")
        .order_by("-decided_at", "-pk")[:20]
    )
    return render(request, "community/approvals.html", {"pending": pending, "recent": recent})


@community_view(object_view=True)
@require_http_methods(["GET", "POST"])
def decide(request: HttpRequest, pk: int) -> HttpResponse:
    user = signed_in_user(request)
    membership = get_object_or_404(Membership.objects.select_related("user", "centre"), pk=pk)
    if not access.can_approve(user, membership.centre):
        raise Http404
    form = DecisionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            if form.cleaned_data["decision"] == "approve":
                services.approve(user, membership, form.cleaned_data["reason"])
                messages.success(request, _("Approved. We have emailed the new member."))
            else:
                services.decline(user, membership, form.cleaned_data["reason"])
                messages.success(request, _("Declined. We have emailed the reason."))
        except services.MembershipError as error:
            form.add_error(None, str(error))
        else:
            return redirect("community:approvals")
    return render(request, "community/decide.html", {"membership": membership, "form": form})


@community_view
@require_http_methods(["GET", "POST"])
def invite(request: HttpRequest) -> HttpResponse:
    user = signed_in_user(request)
    centres = access.approvable_centres(user)
    if not centres:
        raise Http404
    form = InviteForm(request.POST or None, centres=centres)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if not ratelimits.allow(request, ratelimits.Form.COMMUNITY_INVITE, address=data["email"]):
            return ratelimits.refuse(request, "community/invite.html", {"form": form}, form)
        try:
            services.invite(
                user, email=data["email"], centre=data["centre"], strands=data["strands"], language=get_language()
            )
        except PermissionDenied:
            form.add_error("centre", _("You cannot invite people to this centre."))
        else:
            messages.success(request, _("Invitation sent to %(email)s.") % {"email": data["email"]})
            return redirect("community:invite")
    return render(request, "community/invite.html", {"form": form})


@community_view
def members(request: HttpRequest) -> HttpResponse:
    form = DirectoryFilterForm(request.GET or None)
    filters = services.DirectoryFilters()
    if form.is_valid():
        filters = services.DirectoryFilters(
            text=form.cleaned_data["q"], country=form.cleaned_data["country"], strand=form.cleaned_data["strand"]
        )
    page = services.directory_page(filters, request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "community/members.html", {"form": form, "page": page, "query": query.urlencode()})


@community_view(object_view=True)
def member(request: HttpRequest, pk: int) -> HttpResponse:
    user = signed_in_user(request)
    membership = get_object_or_404(
        Membership.objects.approved().select_related("user", "centre"), pk=pk, user__is_active=True
    )
    can_revoke = access.can_approve(user, membership.centre) and membership.user_id != user.pk
    return render(
        request,
        "community/member.html",
        {"member": membership, "can_revoke": can_revoke, "revoke_form": RevokeForm() if can_revoke else None},
    )


@community_view(object_view=True)
@require_POST
def revoke(request: HttpRequest, pk: int) -> HttpResponse:
    user = signed_in_user(request)
    membership = get_object_or_404(Membership.objects.select_related("user", "centre"), pk=pk)
    if not access.can_approve(user, membership.centre) or membership.user_id == user.pk:
        raise Http404
    form = RevokeForm(request.POST)
    if form.is_valid():
        try:
            services.revoke(user, membership, form.cleaned_data["reason"])
        except services.MembershipError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Membership revoked."))
            return redirect("community:members")
    return render(
        request,
        "community/member.html",
        {"member": membership, "can_revoke": True, "revoke_form": form},
        status=400,
    )


@community_view
@require_http_methods(["GET", "POST"])
def profile(request: HttpRequest) -> HttpResponse:
    user = signed_in_user(request)
    membership = Membership.objects.approved().filter(user=user).first()
    if membership is None:
        raise Http404  # staff reading the community have no member profile
    form = ProfileForm(
        request.POST or None,
        initial={
            "job_title": membership.job_title,
            "organisation": membership.organisation,
            "expertise": membership.expertise,
            "strands": membership.strands,
        },
    )
    if request.method == "POST" and form.is_valid():
        services.update_profile(membership, **form.cleaned_data)
        messages.success(request, _("Your profile is saved."))
        return redirect("community:member", pk=membership.pk)
    return render(request, "community/profile_edit.html", {"form": form, "membership": membership})
