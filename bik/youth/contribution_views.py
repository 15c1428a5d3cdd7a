"""Youth webinars, digital-leader paths and resources made by young people. Thin: the rules live in
bik/youth/webinars.py, paths.py and made.py. As in the rest of the youth area, anonymous visitors are sent to
sign in and signed-in people who may not see a page get a 404."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from bik.accounts import ratelimits
from bik.accounts.models import User
from bik.moderation.forms import BUSY_YOUNG, WRITING_REFUSED, refusal
from bik.pages.forms import as_input
from bik.pages.outcomes import told
from bik.pictures.uploads import clean_picture
from bik.youth import made, paths, services, webinars
from bik.youth.forms import FollowUpForm, MadeForm
from bik.youth.models import LearningPath, Meeting, YouthResource
from bik.youth.views import _signed_in, _space, youth_view

PAGE_SIZE = 10
# A European programme plans a few webinars ahead; the past ones are paged.
UPCOMING_SHOWN = 20

# --- Webinars -------------------------------------------------------------------------------------------


def _viewer(request: HttpRequest) -> User:
    user = _signed_in(request)
    if not webinars.can_view(user):
        raise Http404
    return user


@youth_view
def webinar_list(request: HttpRequest) -> HttpResponse:
    user = _viewer(request)
    coming = [row for row in webinars.upcoming(user)[:UPCOMING_SHOWN] if not row.is_over]
    over = webinars.past(user)
    page = Paginator(over, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "youth/webinars.html",
        {
            "upcoming": coming,
            "page_obj": page,
            "past": [row for row in page if row.is_over],
            "can_organise": webinars.can_organise(user),
            "europe": services.european_space(),
        },
    )


@youth_view
@require_http_methods(["GET", "POST"])
def webinar_detail(request: HttpRequest, pk: int) -> HttpResponse:
    user = _viewer(request)
    meeting = get_object_or_404(Meeting.objects.select_related("space"), pk=pk, is_webinar=True)
    if request.method == "POST":
        if request.POST.get("action") == "unregister":
            webinars.unregister(user, meeting)
            messages.success(request, _("You are no longer registered."))
        else:
            registered = _("You are registered. The joining link is on this page, and we will remind you by email.")
            with told(request, registered, webinars.WebinarError):
                webinars.register(user, meeting)
        return redirect(meeting.get_absolute_url())
    return render(
        request,
        "youth/webinar.html",
        {
            "meeting": meeting,
            "is_registered": webinars.is_registered(user, meeting),
            "show_join": webinars.may_see_join_link(user, meeting),
            "why_not": webinars.why_not_register(user, meeting),
            "can_organise": webinars.can_organise(user),
            "registrations": webinars.registration_count(meeting) if webinars.can_organise(user) else None,
        },
    )


@youth_view
@require_http_methods(["GET", "POST"])
def webinar_follow_up(request: HttpRequest, pk: int) -> HttpResponse:
    user = _signed_in(request)
    if not webinars.can_organise(user):
        raise Http404
    meeting = get_object_or_404(Meeting, pk=pk, is_webinar=True)
    form = FollowUpForm(
        request.POST or None, initial={"recording_url": meeting.recording_url, "summary": meeting.summary}
    )
    if request.method == "POST" and form.is_valid():
        try:
            webinars.publish_follow_up(
                user, meeting, recording_url=form.cleaned_data["recording_url"], summary=form.cleaned_data["summary"]
            )
        except webinars.WebinarError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("The recording and summary are published for members."))
            return redirect(meeting.get_absolute_url())
    return render(
        request,
        "youth/webinar_follow_up.html",
        {"meeting": meeting, "form": form},
        status=400 if form.is_bound else 200,
    )


# --- Digital-leader paths -------------------------------------------------------------------------------


@youth_view
def path_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    user, space = _space(request, slug)
    path = get_object_or_404(LearningPath, pk=pk, space=space)
    if not path.is_published and not services.is_coordinator_of(user, space):
        raise Http404
    return render(request, "youth/path.html", {"space": space, "progress": paths.progress(user, path)})


# --- Resources made by young people ---------------------------------------------------------------------


@youth_view
def made_index(request: HttpRequest) -> HttpResponse:
    """The member's own resources and their state; why one was not published, in the coordinators' words."""
    user = _signed_in(request)
    if not services.visible_spaces(user):
        raise Http404
    page = Paginator(made.mine(user), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "youth/made_index.html", {"page_obj": page, "why_not": made.why_not_submit(user)})


@youth_view
@require_http_methods(["GET", "POST"])
def made_new(request: HttpRequest) -> HttpResponse:
    user = _signed_in(request)
    if not services.visible_spaces(user):
        raise Http404
    why_not = made.why_not_submit(user)
    form = MadeForm(request.POST or None, request.FILES or None)
    context = {"form": form, "why_not": why_not}
    if request.method == "POST" and not why_not and form.is_valid():
        if not ratelimits.allow(request, ratelimits.Form.YOUTH_MADE, account=user):
            return ratelimits.refuse(request, "youth/made_form.html", context, form)
        data = form.cleaned_data
        picture = None
        if data["kind"] == YouthResource.Kind.POSTER:
            upload = request.FILES.get("poster")
            try:
                if not isinstance(upload, UploadedFile):
                    raise ValidationError(_("Choose the picture of your poster."))
                picture = clean_picture(upload)
            except ValidationError as exc:
                form.add_error("poster", exc)
        if not form.errors:
            try:
                created = made.submit(
                    user,
                    as_input(made.MadeInput, data),
                    picture,
                )
            except WRITING_REFUSED as error:
                form.add_error(None, refusal(error, busy=BUSY_YOUNG, fallback=_("You cannot offer a resource now.")))
            else:
                messages.info(
                    request,
                    _(
                        "Thanks! The coordinators of your space will look at it before it goes into the resource "
                        "gallery. You will find their answer here."
                    ),
                )
                return redirect(created.get_absolute_url())
    status = 400 if form.is_bound else 200
    return render(request, "youth/made_form.html", context, status=status)


@youth_view
def made_detail(request: HttpRequest, pk: int) -> HttpResponse:
    user = _signed_in(request)
    item = get_object_or_404(
        YouthResource.objects.select_related("moderation", "author", "resource", "poster", "space"), pk=pk
    )
    if not made.can_see(user, item):
        raise Http404
    return render(
        request,
        "youth/made_detail.html",
        {"made": item, "is_author": item.author_id == user.pk, "gallery_url": made.gallery_link(item)},
    )
