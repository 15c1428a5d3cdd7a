"""Moderators' queues and actions, users' reports. Thin: the rules live in services and spaces."""

from __future__ import annotations

import functools
from collections.abc import Callable

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from bik.accounts import ratelimits
from bik.accounts.gates import private, set_up_second_factor
from bik.accounts.models import User
from bik.moderation import services, spaces
from bik.moderation.forms import LiftSuspensionForm, ModerationForm, ReportForm
from bik.moderation.models import AuditEntry, ModeratedItem, Report, Sanction
from bik.pages.outcomes import told

PAGE_SIZE = 20
DECISIONS_SHOWN = 10


def _user(request: HttpRequest) -> User:
    user = request.user
    assert isinstance(user, User)  # noqa: S101 -- guaranteed by login_required; narrows the type
    return user


def moderators_page(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """A moderators' page: signed in, and a moderator without a second factor is sent to set one up first (the
    page itself then refuses everyone it does not let in)."""

    @login_required
    @functools.wraps(view)
    def wrapper(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        if spaces.moderator_lacks_second_factor(_user(request)):
            return private(set_up_second_factor(request, spaces.MODERATOR_SECOND_FACTOR))
        return view(request, *args, **kwargs)

    return wrapper


@moderators_page
def queues(request: HttpRequest) -> HttpResponse:
    summaries = services.queue_summaries(_user(request))
    if not summaries:
        raise Http404
    context = {
        "summaries": summaries,
        "now": timezone.now(),
        "can_lift_suspensions": services.can_lift_suspensions(_user(request)),
        "can_read_audit_log": spaces.is_global_moderator(_user(request)),
    }
    return render(request, "moderation/queues.html", context)


@moderators_page
def queue(request: HttpRequest, space_key: str) -> HttpResponse:
    try:
        items = services.queue(_user(request), space_key)
    except PermissionDenied as exc:
        raise Http404 from exc
    page = Paginator(items, PAGE_SIZE).get_page(request.GET.get("page"))
    oldest = items.first()
    return render(
        request,
        "moderation/queue.html",
        {
            "space_key": space_key,
            "space_label": spaces.space_label(space_key),
            "page_obj": page,
            "oldest": oldest,
            "flagged_authors": services.flagged_authors(space_key),
            "now": timezone.now(),
        },
    )


@moderators_page
@require_http_methods(["GET", "POST"])
def item_detail(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_object_or_404(ModeratedItem.objects.select_related("author", "content_type"), pk=pk)
    user = _user(request)
    if not spaces.can_moderate(user, item.space_key):
        raise Http404
    form = ModerationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.moderate(user, item, form.cleaned_data["action"], form.cleaned_data["reason"])
        messages.success(request, _("Your decision is recorded and the author has been told."))
        return redirect("moderation:queue", space_key=item.space_key)
    return render(
        request,
        "moderation/item.html",
        {
            "item": item,
            "content": item.content_object,
            "form": form,
            "reports": item.reports.select_related("reporter").order_by("created_at"),
            "history": services.audit_rows(AuditEntry.objects.filter(item_id=item.pk).order_by("created_at", "pk")),
            "space_label": spaces.space_label(item.space_key),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def report(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_object_or_404(ModeratedItem, pk=pk)
    user = _user(request)
    if not services.may_report(user, item):
        raise Http404
    content = item.content_object
    form = ReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if not ratelimits.allow(request, ratelimits.Form.REPORT, account=user):
            context = {"item": item, "content": content, "form": form}
            return ratelimits.refuse(request, "moderation/report.html", context, form)
        try:
            services.report(user, item, form.cleaned_data["reason"], form.cleaned_data["details"])
        except services.RateLimitError:
            form.add_error(None, _("You have sent many reports in a short time. Please try again later."))
        else:
            messages.success(request, _("Thank you. A moderator will look at it; you can follow it under My reports."))
            return redirect("moderation:my_reports")
    return render(request, "moderation/report.html", {"item": item, "content": content, "form": form})


@login_required
def my_reports(request: HttpRequest) -> HttpResponse:
    """What the user reported and what happened; and the latest decisions about what they wrote, with the
    statement of reasons (the decision emails link here when the content itself is hidden)."""
    user = _user(request)
    reports = (
        Report.objects.filter(reporter=user)
        .select_related("item")
        .prefetch_related(services.with_pages("item__content_object"))
    )
    page = Paginator(reports.order_by("-created_at", "-pk"), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "moderation/my_reports.html",
        {
            "page_obj": page,
            "decisions": services.decisions_about(user)[:DECISIONS_SHOWN],
            "sanctions": services.current_sanctions(user),
        },
    )


@moderators_page
def audit_log(request: HttpRequest) -> HttpResponse:
    if not spaces.is_global_moderator(_user(request)):
        raise Http404
    page = Paginator(AuditEntry.objects.all(), 50).get_page(request.GET.get("page"))
    return render(request, "moderation/audit_log.html", {"page_obj": page, "rows": services.audit_rows(page)})


def _suspensions_page(
    request: HttpRequest, forms: dict[int, LiftSuspensionForm] | None = None, status: int = 200
) -> HttpResponse:
    running = services.running_suspensions().select_related("user", "issued_by").order_by("until", "pk")
    page = Paginator(running, PAGE_SIZE).get_page(request.GET.get("page"))
    forms = forms or {}
    rows = [
        (sanction, forms.get(sanction.pk) or LiftSuspensionForm(auto_id=f"lift-{sanction.pk}-%s")) for sanction in page
    ]
    return render(request, "moderation/suspensions.html", {"page_obj": page, "rows": rows}, status=status)


@moderators_page
def suspensions(request: HttpRequest) -> HttpResponse:
    """Running suspensions, each with a form to lift it early (network admins only)."""
    if not services.can_lift_suspensions(_user(request)):
        raise Http404
    return _suspensions_page(request)


@moderators_page
@require_POST
def lift_suspension(request: HttpRequest, pk: int) -> HttpResponse:
    user = _user(request)
    if not services.can_lift_suspensions(user):
        raise Http404
    sanction = get_object_or_404(Sanction, pk=pk, kind=Sanction.Kind.SUSPENSION)
    form = LiftSuspensionForm(request.POST, auto_id=f"lift-{sanction.pk}-%s")
    if form.is_valid():
        lifted = _("The suspension of %(name)s is lifted; they have been told.") % {"name": sanction.user.public_name}
        with told(request, lifted, services.SuspensionError):
            services.lift_suspension(user, sanction, form.cleaned_data["reason"])
        return redirect("moderation:suspensions")
    return _suspensions_page(request, {sanction.pk: form}, status=400)
