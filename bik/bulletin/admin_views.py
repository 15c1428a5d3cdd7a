"""Admin views for sending: test, schedule or send an issue, follow its progress, see past mailings."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from bik.accounts.models import User
from bik.bulletin import services
from bik.bulletin.forms import ScheduleForm
from bik.bulletin.models import BulletinIssuePage, Mailing


def _user(request: HttpRequest) -> User:
    user = request.user
    if not isinstance(user, User):
        raise PermissionDenied
    return user


def _issue_for(request: HttpRequest, page_id: int) -> BulletinIssuePage:
    issue = services.issue_page(page_id)
    if issue is None:
        raise Http404
    if not services.can_prepare(_user(request), issue):
        raise PermissionDenied
    return issue


@require_http_methods(["GET", "POST"])
def send_issue(request: HttpRequest, page_id: int) -> HttpResponse:
    issue = _issue_for(request, page_id)
    user = _user(request)
    form = ScheduleForm()
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if action == "test":
                services.send_test(issue, user)
                messages.success(request, _("A test was sent to %(email)s.") % {"email": user.email})
                return redirect("bulletin_admin:send", page_id=issue.pk)
            if action == "send":
                form = ScheduleForm(request.POST)
                if form.is_valid():
                    when = form.cleaned_data["send_at"]
                    if when is not None and timezone.is_naive(when):
                        when = timezone.make_aware(when)
                    mailing = services.schedule(issue, user, when)
                    return redirect("bulletin_admin:progress", mailing_id=mailing.pk)
            if action == "cancel":
                current = services.current_mailing(issue)
                if current is not None:
                    services.cancel(current, user)
                    messages.success(request, _("The mailing is cancelled."))
                return redirect("bulletin_admin:send", page_id=issue.pk)
        except services.MailingError as exc:
            messages.error(request, str(exc))
    context = {
        "issue": issue,
        "form": form,
        "mailing": services.current_mailing(issue),
        "may_send": services.can_send(user, issue),
        "translations": sorted(services.live_translations(issue)),
        "audience_size": services.sendable_subscribers().count() if issue.audience == "subscribers" else None,
    }
    return render(request, "bulletin/admin/send.html", context, status=400 if form.errors else 200)


def _mailing_for(request: HttpRequest, mailing_id: int) -> Mailing:
    mailing = get_object_or_404(Mailing.objects.select_related("issue"), pk=mailing_id)
    if not services.can_prepare(_user(request), mailing.issue):
        raise PermissionDenied
    return mailing


def progress(request: HttpRequest, mailing_id: int) -> HttpResponse:
    mailing = _mailing_for(request, mailing_id)
    return render(request, "bulletin/admin/progress.html", {"mailing": mailing, "progress": services.progress(mailing)})


def progress_json(request: HttpRequest, mailing_id: int) -> JsonResponse:
    mailing = _mailing_for(request, mailing_id)
    services.resume_if_stalled(mailing)  # an editor watching a mailing whose workers died restarts it
    return JsonResponse(services.progress(mailing).as_dict())


def overview(request: HttpRequest) -> HttpResponse:
    _user(request)
    return render(
        request,
        "bulletin/admin/overview.html",
        {"summaries": services.mailing_summaries(), "subscribers": services.sendable_subscribers().count()},
    )
