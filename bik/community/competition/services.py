"""The resource competition: a network admin opens a round; each centre enters one resource (from the
gallery or new) through any of its members; each centre casts one vote, not for itself; votes stay secret
until voting closes; then the results, and a network admin may feature the winner on the public portal."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import UploadedFile
from django.core.paginator import Page, Paginator
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from bik.accounts.models import User
from bik.community import access
from bik.community.competition.models import Entry, Phase, Round, Vote
from bik.community.files import safe_download_name, validate_document
from bik.community.models import Membership
from bik.events.ical import plain_text
from bik.network.models import Centre
from bik.resources.models import Resource
from bik.resources.services import gallery_in, published_resources, resource_path

PAGE_SIZE = 10


class CompetitionError(Exception):
    """Something the rules of the round do not allow (a second vote, a vote for one's own centre…)."""


def can_run(user: User) -> bool:
    """Network admins open rounds and feature winners."""
    return access.is_network_admin(user)


def centre_of(user: User) -> Centre | None:
    """The centre a member acts for: the centre of their approved membership."""
    membership = Membership.objects.approved().filter(user=user).select_related("centre").first()
    return membership.centre if membership is not None else None


# --- Rounds --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RoundDetails:
    title: str
    description: str
    submissions_open_on: dt.date
    submissions_close_on: dt.date
    voting_close_on: dt.date


def _check_dates(details: RoundDetails) -> None:
    if details.submissions_close_on < details.submissions_open_on:
        raise CompetitionError(_("Entries must close on or after the day they open."))
    if details.voting_close_on <= details.submissions_close_on:
        raise CompetitionError(_("Voting must close after entries close."))


def _apply(competition_round: Round, details: RoundDetails) -> None:
    competition_round.title = details.title.strip()
    competition_round.description = details.description.strip()
    competition_round.submissions_open_on = details.submissions_open_on
    competition_round.submissions_close_on = details.submissions_close_on
    competition_round.voting_close_on = details.voting_close_on


def open_round(admin: User, details: RoundDetails) -> Round:
    return access.save_details(admin, Round(created_by=admin), details, may=can_run, check=_check_dates, apply=_apply)


def update_round(admin: User, competition_round: Round, details: RoundDetails) -> Round:
    return access.save_details(admin, competition_round, details, may=can_run, check=_check_dates, apply=_apply)


def rounds_page(number: str | int | None) -> Page[Round]:
    rounds: models.QuerySet[Round] = Round.objects.annotate(entry_count=models.Count("entries")).order_by(
        "-submissions_open_on", "-pk"
    )
    return Paginator(rounds, PAGE_SIZE).get_page(number)


def entries_of(competition_round: Round) -> list[Entry]:
    return list(competition_round.entries.select_related("centre", "resource").order_by("centre__country", "pk"))


# --- Entries -------------------------------------------------------------------------------------------


def gallery_link(resource: Resource) -> str:
    gallery = gallery_in("en")
    return resource_path(gallery.url, resource) if gallery is not None and gallery.url else ""


@transaction.atomic
def submit_entry(
    member: User,
    competition_round: Round,
    *,
    resource: Resource | None = None,
    title: str = "",
    description: str = "",
    link: str = "",
    file: UploadedFile | None = None,
) -> Entry:
    """Enter (or change) the member's centre's resource while entries are open."""
    centre = centre_of(member)
    if centre is None:
        raise PermissionDenied
    if competition_round.phase != Phase.SUBMISSIONS:
        raise CompetitionError(_("Entries are not open in this round."))
    if resource is not None:
        if not published_resources().filter(pk=resource.pk).exists():
            raise CompetitionError(_("Choose a resource that is published in the gallery."))
        title = resource.title
        description = plain_text(resource.description) or resource.title
        link = gallery_link(resource)
    elif not title.strip() or not description.strip():
        raise CompetitionError(_("Choose a resource from the gallery, or give a title and a description."))
    entry = Entry.objects.select_for_update().filter(round=competition_round, centre=centre).first()
    if entry is None:
        entry = Entry(round=competition_round, centre=centre)
    entry.submitted_by = member
    entry.resource = resource
    entry.title = title.strip()[:255]
    entry.description = description.strip()[:2000]
    entry.link = link.strip()
    entry.updated_at = timezone.now()
    if file:
        kind = validate_document(file)
        if entry.file:
            old_storage, old_name = entry.file.storage, entry.file.name
            transaction.on_commit(lambda: old_storage.delete(old_name))
        entry.file_media_type, entry.file_extension = kind.media_type, kind.extension
        entry.file.save(safe_download_name(file.name or "", kind.extension), file, save=False)
    try:
        with transaction.atomic():
            entry.save()
    except IntegrityError as error:  # another member of the centre entered at the same moment
        raise CompetitionError(_("Your centre has already entered this round.")) from error
    return entry


def entry_of(competition_round: Round, centre: Centre | None) -> Entry | None:
    if centre is None:
        return None
    return Entry.objects.filter(round=competition_round, centre=centre).first()


# --- Votes ---------------------------------------------------------------------------------------------


def vote_of(competition_round: Round, centre: Centre | None) -> Vote | None:
    if centre is None:
        return None
    return Vote.objects.filter(round=competition_round, centre=centre).select_related("entry__centre").first()


def entries_to_vote_for(competition_round: Round, centre: Centre | None) -> models.QuerySet[Entry]:
    entries = competition_round.entries.select_related("centre").order_by("centre__country", "pk")
    return entries.exclude(centre=centre) if centre is not None else entries


@transaction.atomic
def cast_vote(member: User, competition_round: Round, entry: Entry) -> Vote:
    """The centre's one vote in the round, cast by any of its members; it cannot be changed."""
    centre = centre_of(member)
    if centre is None:
        raise PermissionDenied
    if competition_round.phase != Phase.VOTING:
        raise CompetitionError(_("Voting is not open in this round."))
    if entry.round_id != competition_round.pk:
        raise CompetitionError(_("This entry belongs to another round."))
    if entry.centre_id == centre.pk:
        raise CompetitionError(_("You cannot vote for your own centre's entry."))
    try:
        with transaction.atomic():
            return Vote.objects.create(round=competition_round, centre=centre, entry=entry, cast_by=member)
    except IntegrityError as error:
        raise CompetitionError(_("Your centre has already voted in this round.")) from error


# --- Results and the public winners --------------------------------------------------------------------


@dataclass(frozen=True)
class Result:
    entry: Entry
    votes: int
    is_winner: bool


def results(competition_round: Round) -> list[Result]:
    """Votes per entry, most first; the winners are the entries with the most votes (ties are possible).
    Nothing before voting closes: votes are secret until then."""
    if competition_round.phase != Phase.CLOSED:
        raise CompetitionError(_("The results are shown when voting closes."))
    counted = (
        competition_round.entries.select_related("centre", "resource")
        .annotate(vote_count=models.Count("votes"))
        .order_by("-vote_count", "centre__country", "pk")
    )
    rows = list(counted)
    most = max((row.vote_count for row in rows), default=0)
    return [Result(entry=row, votes=row.vote_count, is_winner=most > 0 and row.vote_count == most) for row in rows]


@transaction.atomic
def feature_winner(admin: User, entry: Entry) -> Entry:
    """Show a winning entry on the public winners page."""
    if not can_run(admin):
        raise PermissionDenied
    winners = [result.entry.pk for result in results(entry.round) if result.is_winner]
    if entry.pk not in winners:
        raise CompetitionError(_("Only a winning entry can be featured."))
    entry.is_featured = True
    entry.featured_at = timezone.now()
    entry.featured_by = admin
    entry.save(update_fields=["is_featured", "featured_at", "featured_by"])
    return entry


@transaction.atomic
def unfeature(admin: User, entry: Entry) -> Entry:
    if not can_run(admin):
        raise PermissionDenied
    entry.is_featured = False
    entry.save(update_fields=["is_featured"])
    return entry


def featured_winners() -> models.QuerySet[Entry]:
    """What the public winners page shows: featured entries of closed rounds, newest round first."""
    return (
        Entry.objects.filter(is_featured=True, round__voting_close_on__lt=timezone.localdate())
        .select_related("centre", "round")
        .order_by("-round__voting_close_on", "centre__country", "pk")
    )


def download_name(entry: Entry) -> str:
    return safe_download_name(entry.title, entry.file_extension)
