"""The meetings' pages and calendar files. Every one goes through `community_view`; the rules live in
services."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from bik.accounts.models import User
from bik.community.access import community_view, signed_in_user
from bik.community.files import private_file_response
from bik.community.meetings import services
from bik.community.meetings.forms import DocumentForm, MeetingForm, RsvpForm
from bik.community.meetings.models import Meeting, MeetingDocument
from bik.events.ical import calendar, ics_response
from bik.pages.outcomes import told


def _list(request: HttpRequest, *, show_past: bool) -> HttpResponse:
    user = signed_in_user(request)
    return render(
        request,
        "community/meetings/index.html",
        {
            "page_obj": services.meetings_page(user, show_past=show_past, number=request.GET.get("page")),
            "show_past": show_past,
            "can_manage": services.can_manage(user),
        },
    )


@community_view
def index(request: HttpRequest) -> HttpResponse:
    return _list(request, show_past=False)


@community_view
def past(request: HttpRequest) -> HttpResponse:
    return _list(request, show_past=True)


def _meeting(pk: int) -> Meeting:
    documents = models.Prefetch("documents", queryset=MeetingDocument.objects.order_by("uploaded_at", "pk"))
    return get_object_or_404(Meeting.objects.prefetch_related(documents), pk=pk)


def _render_meeting(
    request: HttpRequest,
    user: User,
    meeting: Meeting,
    *,
    rsvp_form: RsvpForm | None = None,
    document_form: DocumentForm | None = None,
    status: int = 200,
) -> HttpResponse:
    attendance = services.attendance(meeting, user)
    return render(
        request,
        "community/meetings/meeting.html",
        {
            "meeting": meeting,
            "attendance": attendance,
            "rsvp_form": rsvp_form or RsvpForm(initial={"answer": attendance.mine}),
            "document_form": document_form or DocumentForm(),
            "can_manage": services.can_manage(user),
        },
        status=status,
    )


@community_view(object_view=True)
def meeting_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return _render_meeting(request, signed_in_user(request), _meeting(pk))


def _save_document(user: User, meeting: Meeting, form: MeetingForm) -> None:
    upload = form.cleaned_data.get("document")
    if upload:
        services.add_document(user, meeting, title=form.cleaned_data.get("document_title") or "", upload=upload)


@community_view
@require_http_methods(["GET", "POST"])
def meeting_create(request: HttpRequest) -> HttpResponse:
    user = signed_in_user(request)
    if not services.can_manage(user):
        raise PermissionDenied
    form = MeetingForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            meeting = services.create_meeting(user, form.details())
        except services.MeetingError as error:
            form.add_error(None, str(error))
        else:
            _save_document(user, meeting, form)
            messages.success(request, _("The meeting is in the members' calendar."))
            return redirect(meeting.get_absolute_url())
    return render(request, "community/meetings/form.html", {"form": form, "meeting": None})


@community_view(object_view=True)
@require_http_methods(["GET", "POST"])
def meeting_edit(request: HttpRequest, pk: int) -> HttpResponse:
    user = signed_in_user(request)
    meeting = _meeting(pk)
    if not services.can_manage(user):
        raise PermissionDenied
    form = MeetingForm(request.POST or None, request.FILES or None, instance=meeting)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_meeting(user, meeting, form.details())
        except services.MeetingError as error:
            form.add_error(None, str(error))
        else:
            _save_document(user, meeting, form)
            messages.success(request, _("Your changes are saved."))
            return redirect(meeting.get_absolute_url())
    return render(request, "community/meetings/form.html", {"form": form, "meeting": meeting})


@community_view(object_view=True)
@require_POST
def meeting_cancel(request: HttpRequest, pk: int) -> HttpResponse:
    user = signed_in_user(request)
    meeting = _meeting(pk)
    if not services.can_manage(user):
        raise PermissionDenied
    cancelled = _("The meeting is cancelled; those who planned to come have been told.")
    with told(request, cancelled, services.MeetingError):
        services.cancel_meeting(user, meeting)
    return redirect(meeting.get_absolute_url())


@community_view(object_view=True)
@require_POST
def rsvp(request: HttpRequest, pk: int) -> HttpResponse:
    user = signed_in_user(request)
    meeting = _meeting(pk)
    form = RsvpForm(request.POST)
    if form.is_valid():
        try:
            services.answer(user, meeting, form.cleaned_data["answer"])
        except services.MeetingError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Thank you, your answer is saved."))
            return redirect(f"{meeting.get_absolute_url()}#attendance-heading")
    return _render_meeting(request, user, meeting, rsvp_form=form, status=400)


@community_view(object_view=True)
@require_POST
def document_add(request: HttpRequest, pk: int) -> HttpResponse:
    user = signed_in_user(request)
    meeting = _meeting(pk)
    if not services.can_manage(user):
        raise PermissionDenied
    form = DocumentForm(request.POST, request.FILES)
    if form.is_valid():
        services.add_document(user, meeting, title=form.cleaned_data["title"], upload=form.cleaned_data["file"])
        messages.success(request, _("The document is added."))
        return redirect(f"{meeting.get_absolute_url()}#documents-heading")
    return _render_meeting(request, user, meeting, document_form=form, status=400)


@community_view(object_view=True)
def document(request: HttpRequest, pk: int, document_pk: int) -> FileResponse:
    paper = get_object_or_404(MeetingDocument, pk=document_pk, meeting_id=pk)
    return private_file_response(paper.file, download_name=services.download_name(paper), media_type=paper.media_type)


@community_view(object_view=True)
@require_POST
def document_delete(request: HttpRequest, pk: int, document_pk: int) -> HttpResponse:
    user = signed_in_user(request)
    paper = get_object_or_404(MeetingDocument, pk=document_pk, meeting_id=pk)
    if not services.can_manage(user):
        raise PermissionDenied
    services.delete_document(user, paper)
    messages.success(request, _("The document is removed."))
    return redirect(f"{paper.meeting.get_absolute_url()}#documents-heading")


@community_view(object_view=True)
def meeting_ics(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = get_object_or_404(Meeting, pk=pk)
    return ics_response(calendar([services.calendar_entry(meeting)], name=meeting.title), f"meeting-{meeting.pk}.ics")


@community_view
def feed(request: HttpRequest) -> HttpResponse:
    name = _("BIK Community meetings")
    return ics_response(calendar(services.feed_entries(), name=name), "bik-community-meetings.ics")
