"""Coordinators' pages: plan and cancel meetings, write learning modules, pick resources. Thin: the rules
live in bik/youth/coordination.py. Anonymous visitors are sent to sign in; everyone else who does not
coordinate the space gets a 404, as for the rest of the youth area."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from bik.accounts.models import User
from bik.pages.forms import as_input
from bik.resources.models import Resource
from bik.youth import coordination, services, webinars
from bik.youth.forms import (
    LessonFormSet,
    MeetingForm,
    ModuleForm,
    PickForm,
    QuestionFormSet,
    ResourceSearchForm,
)
from bik.youth.made import waiting as made_waiting
from bik.youth.models import LearningModule, Meeting, Space
from bik.youth.views import _signed_in, youth_view

SEARCH_RESULTS = 20


def _coordinated(request: HttpRequest, slug: str) -> tuple[User, Space]:
    user = _signed_in(request)
    space = Space.objects.filter(slug=slug).first()
    if space is None or not services.is_coordinator_of(user, space):
        raise Http404
    return user, space


def _hub_url(space: Space) -> str:
    return reverse("youth:coordinate", kwargs={"slug": space.slug})


@youth_view
def hub(request: HttpRequest, slug: str) -> HttpResponse:
    user, space = _coordinated(request, slug)
    return render(
        request,
        "youth/coordinate/hub.html",
        {
            "space": space,
            "meetings": coordination.upcoming_meetings(space)[:20],
            "modules": coordination.modules_to_manage(space),
            "picks": coordination.picked_resources(
                space, translation.get_language() or "en", coordination.gallery_url(translation.get_language() or "en")
            ),
            "zone": services.space_timezone(space).key,
            "webinars": webinars.upcoming(user)[:20] if space.is_european else [],
            "made_waiting": made_waiting(space),
        },
    )


# --- Meetings -------------------------------------------------------------------------------------------


def _meeting_initial(meeting: Meeting, space: Space) -> dict[str, Any]:
    local = meeting.starts_at.astimezone(services.space_timezone(space))
    return {
        "title": meeting.title,
        "description": meeting.description,
        "day": local.date(),
        "time": local.time().replace(second=0, microsecond=0),
        "duration_minutes": meeting.duration_minutes,
        "join_url": meeting.join_url,
    }


@youth_view
@require_http_methods(["GET", "POST"])
def meeting_form(request: HttpRequest, slug: str, pk: int | None = None) -> HttpResponse:
    user, space = _coordinated(request, slug)
    meeting = get_object_or_404(Meeting, pk=pk, space=space, cancelled_at__isnull=True) if pk else None
    form = MeetingForm(
        request.POST or None,
        initial=_meeting_initial(meeting, space) if meeting else None,
        space=space,
        is_new=meeting is None,
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        coordination.save_meeting(
            user,
            space,
            as_input(coordination.MeetingInput, data),
            meeting,
        )
        messages.success(request, _("The meeting is saved. Members of the space can see it."))
        return redirect(_hub_url(space))
    return render(
        request,
        "youth/coordinate/meeting_form.html",
        {"space": space, "form": form, "meeting": meeting},
        status=400 if form.is_bound else 200,
    )


@youth_view
@require_http_methods(["GET", "POST"])
def meeting_cancel(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    user, space = _coordinated(request, slug)
    meeting = get_object_or_404(Meeting.objects.select_related("space"), pk=pk, space=space)
    if request.method == "POST":
        coordination.cancel_meeting(user, meeting)
        messages.success(request, _("The meeting is cancelled. Members see that it is off."))
        return redirect(_hub_url(space))
    return render(request, "youth/coordinate/meeting_cancel.html", {"space": space, "meeting": meeting})


# --- Learning modules -----------------------------------------------------------------------------------


def _lesson_initial(module: LearningModule) -> list[dict[str, Any]]:
    return [
        {"id": lesson.pk, "title": lesson.title, "body": lesson.body, "video_url": lesson.video_url, "ORDER": n}
        for n, lesson in enumerate(module.lessons.all(), start=1)
    ]


def _question_initial(module: LearningModule) -> list[dict[str, Any]]:
    return [
        {
            "id": question.pk,
            "prompt": question.prompt,
            "choices": question.choices,
            "correct_choice": question.correct_choice,
            "explanation": question.explanation,
            "ORDER": n,
        }
        for n, question in enumerate(module.questions.all(), start=1)
    ]


@youth_view
@require_http_methods(["GET", "POST"])
def module_form(request: HttpRequest, slug: str, pk: int | None = None) -> HttpResponse:
    user, space = _coordinated(request, slug)
    module = get_object_or_404(LearningModule, pk=pk, space=space) if pk else None
    data = request.POST if request.method == "POST" else None
    form = ModuleForm(
        data,
        initial={"title": module.title, "summary": module.summary, "is_published": module.is_published}
        if module
        else None,
    )
    lessons = LessonFormSet(data, prefix="lessons", initial=_lesson_initial(module) if module else None)
    questions = QuestionFormSet(data, prefix="questions", initial=_question_initial(module) if module else None)
    if data is not None and form.is_valid() and lessons.is_valid() and questions.is_valid():
        lesson_rows, question_rows = lessons.rows(), questions.rows()
        if form.cleaned_data["is_published"] and not lesson_rows:
            form.add_error("is_published", _("Add at least one lesson before publishing the module."))
        else:
            saved = coordination.save_module(
                user,
                space,
                coordination.ModuleInput(
                    title=form.cleaned_data["title"],
                    summary=form.cleaned_data["summary"],
                    is_published=form.cleaned_data["is_published"],
                    lessons=[
                        coordination.LessonInput(row.get("id"), row["title"], row["body"], row.get("video_url") or "")
                        for row in lesson_rows
                    ],
                    questions=[
                        coordination.QuestionInput(
                            row.get("id"), row["prompt"], row["choices"], row["correct_choice"], row["explanation"]
                        )
                        for row in question_rows
                    ],
                ),
                module,
            )
            messages.success(request, _("The learning module is saved."))
            if "add_more" in request.POST:
                return redirect("youth:module_edit", slug=space.slug, pk=saved.pk)
            return redirect(_hub_url(space))
    return render(
        request,
        "youth/coordinate/module_form.html",
        {"space": space, "module": module, "form": form, "lessons": lessons, "questions": questions},
        status=400 if data is not None else 200,
    )


# --- Resources picked for young people ------------------------------------------------------------------


def _pickable(request: HttpRequest, slug: str) -> tuple[User, Space]:
    user = _signed_in(request)
    space = Space.objects.filter(slug=slug).first()
    if space is None or not coordination.can_pick(user, space):
        raise Http404
    return user, space


@youth_view
def pick_index(request: HttpRequest) -> HttpResponse:
    """For editors, who cannot open the spaces themselves: the spaces they may pick resources for."""
    spaces = coordination.pickable_spaces(_signed_in(request))
    if not spaces:
        raise Http404
    return render(request, "youth/coordinate/pick_index.html", {"spaces": spaces})


@youth_view
@require_http_methods(["GET", "POST"])
def picks(request: HttpRequest, slug: str) -> HttpResponse:
    user, space = _pickable(request, slug)
    language = translation.get_language() or "en"
    search = ResourceSearchForm(request.GET or None)
    query = str(search.cleaned_data["q"]) if search.is_valid() else ""
    pick_form = PickForm(request.POST or None)
    if request.method == "POST":
        if pick_form.is_valid():
            try:
                chosen = coordination.pick(
                    user, space, pick_form.cleaned_data["resource"], pick_form.cleaned_data["note"]
                )
            except Resource.DoesNotExist:
                messages.error(request, _("That resource is not published (any more)."))
            except coordination.TooManyPicksError:
                messages.error(
                    request,
                    _("A space can show %(count)s picked resources. Remove one before picking another.")
                    % {"count": coordination.MAX_PICKS_PER_SPACE},
                )
            else:
                messages.success(request, _("“%(title)s” is now picked for this space.") % {"title": chosen.resource})
        else:
            messages.error(request, _("Please pick a resource from the list."))
        return redirect(request.get_full_path())
    found = Paginator(coordination.find_resources(query), SEARCH_RESULTS).get_page(request.GET.get("page"))
    picked_ids = set(space.picks.values_list("resource_id", flat=True))
    url = coordination.gallery_url(language)
    return render(
        request,
        "youth/coordinate/picks.html",
        {
            "space": space,
            "search": search,
            "search_query": query,
            "query": urlencode({"q": query}) if query else "",
            "page_obj": found,
            "picked_ids": picked_ids,
            "picks": coordination.picked_resources(space, language, url),
            "is_coordinator": services.is_coordinator_of(user, space),
        },
    )


@youth_view
@require_POST
def unpick(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    user, space = _pickable(request, slug)
    try:
        coordination.unpick(user, space, pk)
    except PermissionDenied as exc:
        raise Http404 from exc
    messages.success(request, _("The resource is no longer picked for this space."))
    return redirect("youth:picks", slug=space.slug)
