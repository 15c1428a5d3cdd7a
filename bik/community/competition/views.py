"""The competition's pages: members-only rounds (through `community_view`) and the one public page, the
featured winners. The rules live in services."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from bik.accounts.models import User
from bik.community.access import community_view, signed_in_user
from bik.community.competition import services
from bik.community.competition.forms import EntryForm, RoundForm, VoteForm
from bik.community.competition.models import Entry, Phase, Round
from bik.community.files import private_file_response
from bik.pages.outcomes import told

WINNERS_PER_PAGE = 12


@community_view
def index(request: HttpRequest) -> HttpResponse:
    user = signed_in_user(request)
    return render(
        request,
        "community/competition/index.html",
        {"page_obj": services.rounds_page(request.GET.get("page")), "can_run": services.can_run(user)},
    )


@community_view
@require_http_methods(["GET", "POST"])
def round_create(request: HttpRequest) -> HttpResponse:
    user = signed_in_user(request)
    if not services.can_run(user):
        raise PermissionDenied
    form = RoundForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            competition_round = services.open_round(user, form.details())
        except services.CompetitionError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("The round is open to the centres on the dates you chose."))
            return redirect(competition_round.get_absolute_url())
    return render(request, "community/competition/round_form.html", {"form": form, "round": None})


@community_view(object_view=True)
@require_http_methods(["GET", "POST"])
def round_edit(request: HttpRequest, pk: int) -> HttpResponse:
    user = signed_in_user(request)
    competition_round = get_object_or_404(Round, pk=pk)
    if not services.can_run(user):
        raise PermissionDenied
    form = RoundForm(request.POST or None, instance=competition_round)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_round(user, competition_round, form.details())
        except services.CompetitionError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Your changes are saved."))
            return redirect(competition_round.get_absolute_url())
    return render(request, "community/competition/round_form.html", {"form": form, "round": competition_round})


def _render_round(
    request: HttpRequest,
    user: User,
    competition_round: Round,
    *,
    entry_form: EntryForm | None = None,
    vote_form: VoteForm | None = None,
    status: int = 200,
) -> HttpResponse:
    centre = services.centre_of(user)
    phase = competition_round.phase
    own_entry = services.entry_of(competition_round, centre)
    context: dict[str, Any] = {
        "round": competition_round,
        "phase": phase,
        "closed": phase == Phase.CLOSED,
        "taking_entries": phase == Phase.SUBMISSIONS,
        "centre": centre,
        "own_entry": own_entry,
        "can_run": services.can_run(user),
    }
    if phase == Phase.CLOSED:
        context["results"] = services.results(competition_round)
    else:
        context["entries"] = services.entries_of(competition_round)
    if centre is not None and phase == Phase.SUBMISSIONS:
        context["entry_form"] = entry_form or EntryForm(entry=own_entry)
    if centre is not None and phase == Phase.VOTING:
        context["vote"] = services.vote_of(competition_round, centre)
        candidates = services.entries_to_vote_for(competition_round, centre)
        context["vote_form"] = vote_form or VoteForm(entries=candidates)
    return render(request, "community/competition/round.html", context, status=status)


@community_view(object_view=True)
def round_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return _render_round(request, signed_in_user(request), get_object_or_404(Round, pk=pk))


@community_view(object_view=True)
@require_POST
def entry_submit(request: HttpRequest, pk: int) -> HttpResponse:
    user = signed_in_user(request)
    competition_round = get_object_or_404(Round, pk=pk)
    centre = services.centre_of(user)
    if centre is None:
        raise PermissionDenied
    form = EntryForm(request.POST, request.FILES, entry=services.entry_of(competition_round, centre))
    if form.is_valid():
        try:
            services.submit_entry(user, competition_round, **form.cleaned_data)
        except services.CompetitionError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Your centre's entry is saved."))
            return redirect(f"{competition_round.get_absolute_url()}#own-entry-heading")
    return _render_round(request, user, competition_round, entry_form=form, status=400)


@community_view(object_view=True)
@require_POST
def vote(request: HttpRequest, pk: int) -> HttpResponse:
    user = signed_in_user(request)
    competition_round = get_object_or_404(Round, pk=pk)
    centre = services.centre_of(user)
    if centre is None:
        raise PermissionDenied
    form = VoteForm(request.POST, entries=competition_round.entries.select_related("centre"))
    if form.is_valid():
        try:
            services.cast_vote(user, competition_round, form.cleaned_data["entry"])
        except services.CompetitionError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Your centre's vote is recorded. The results are shown when voting closes."))
            return redirect(f"{competition_round.get_absolute_url()}#vote-heading")
    return _render_round(request, user, competition_round, vote_form=form, status=400)


@community_view(object_view=True)
def entry_file(request: HttpRequest, pk: int) -> FileResponse:
    entry = get_object_or_404(Entry, pk=pk)
    if not entry.file:
        raise Http404
    return private_file_response(
        entry.file, download_name=services.download_name(entry), media_type=entry.file_media_type
    )


@community_view(object_view=True)
@require_POST
def entry_feature(request: HttpRequest, pk: int) -> HttpResponse:
    user = signed_in_user(request)
    entry = get_object_or_404(Entry.objects.select_related("round"), pk=pk)
    if not services.can_run(user):
        raise PermissionDenied
    if request.POST.get("action") == "unfeature":
        with told(request, _("The entry is no longer shown on the public portal."), services.CompetitionError):
            services.unfeature(user, entry)
    else:
        with told(request, _("The winner is now shown on the public portal."), services.CompetitionError):
            services.feature_winner(user, entry)
    return redirect(f"{entry.round.get_absolute_url()}#results-heading")


def winners(request: HttpRequest) -> HttpResponse:
    """Public: the winners a network admin chose to feature. Title, centre, description and link only."""
    page = Paginator(services.featured_winners(), WINNERS_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "community/competition/winners.html", {"page_obj": page})
