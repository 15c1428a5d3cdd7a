"""What happens on the Safer Internet Day mini-site: which edition is current, who organises SID in a
country, supporters' registration and submissions, and the organisers' review of them.

The review API (`submit_action`, `approve_submission`, `reject_submission`, `review_queue_for`) is small on
purpose so it can later move onto the shared moderation engine without changing the views."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import nh3
from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Count, Q, QuerySet
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_countries import countries

from bik.accounts.models import User
from bik.accounts.roles import Role
from bik.network.models import Centre, CentreRole
from bik.outbox.services import send_on_commit
from bik.sid.models import (
    Action,
    ActionQuerySet,
    CountryOrganiser,
    CountryProfile,
    Edition,
    Status,
    Supporter,
    SupporterKind,
)

SID_URLCONF = "bik.sid.urls"
ALLOWED_TAGS = {"p", "br", "strong", "em", "b", "i", "ul", "ol", "li", "a"}

# --- Editions -------------------------------------------------------------------------------------------


def current_edition(today: dt.date | None = None) -> Edition | None:
    """The next edition (today included), or the latest one when none is announced yet."""
    today = today or timezone.localdate()
    upcoming = Edition.objects.with_texts().filter(date__gte=today).order_by("date").first()
    return upcoming or Edition.objects.with_texts().order_by("-date").first()


def past_editions(today: dt.date | None = None) -> QuerySet[Edition]:
    today = today or timezone.localdate()
    return Edition.objects.with_texts().filter(date__lt=today).order_by("-date")


def next_sid_date(year: int) -> dt.date:
    """The usual SID date, "the second day of the second week of February": every date in the reference
    file is the Tuesday that falls between 5 and 11 February. Editors set the real date on the edition."""
    fifth = dt.date(year, 2, 5)
    return fifth + dt.timedelta(days=(1 - fifth.weekday()) % 7)


# --- Addresses on the SID host --------------------------------------------------------------------------


def sid_reverse(name: str, **kwargs: Any) -> str:
    return reverse(f"sid:{name}", urlconf=SID_URLCONF, kwargs=kwargs or None)


def sid_origin() -> str:
    """The SID host's origin (scheme, name and port) as the settings give it, SITE_URL's scheme and port: for
    links sent where no visitor's request tells how they reach the host (bik.sid.views.sid_origin_for)."""
    scheme = settings.SITE_URL.split("://", 1)[0]
    site_port = settings.SITE_URL.rsplit(":", 1)[-1]
    port = f":{site_port}" if site_port.isdigit() else ""
    return f"{scheme}://{settings.BIK_SID_HOST}{port}"


def sid_link(path: str, origin: str = "") -> str:
    """An absolute address on the SID host: `path` on `origin`, else on the settings' origin."""
    return f"{origin or sid_origin()}{path}"


def portal_resources_url(language: str) -> str:
    return f"{settings.SITE_URL}/{language}/portal/resources/?q=safer+internet+day"


# --- Organisers -----------------------------------------------------------------------------------------


def countries_with_organisers() -> set[str]:
    centre_countries = CentreRole.objects.filter(role=CentreRole.Kind.COORDINATOR, centre__is_active=True).values_list(
        "centre__country", flat=True
    )
    committee_countries = CountryOrganiser.objects.values_list("country", flat=True)
    return {str(code) for code in [*centre_countries, *committee_countries]}


def reviewers_for(country: str) -> QuerySet[User]:
    """The national centre's coordinators, else the SID committee's organisers, else the network's SID team."""
    coordinators = User.objects.filter(
        centre_roles__centre__country=country,
        centre_roles__centre__is_active=True,
        centre_roles__role=CentreRole.Kind.COORDINATOR,
        is_active=True,
    ).distinct()
    if coordinators.exists():
        return coordinators
    committee = User.objects.filter(sid_organiser_roles__country=country, is_active=True).distinct()
    if committee.exists():
        return committee
    return User.objects.filter(groups__name=Role.NETWORK_ADMIN.value, is_active=True).distinct()


def organised_countries(user: User | AnonymousUser) -> tuple[set[str], bool]:
    """The countries `user` organises, and whether they also cover every country without organisers."""
    if not user.is_authenticated:
        return set(), False
    codes = {
        str(code)
        for code in CentreRole.objects.filter(
            user=user, role=CentreRole.Kind.COORDINATOR, centre__is_active=True
        ).values_list("centre__country", flat=True)
    }
    codes |= {str(code) for code in CountryOrganiser.objects.filter(user=user).values_list("country", flat=True)}
    is_sid_team = user.groups.filter(name=Role.NETWORK_ADMIN.value).exists()
    return codes, is_sid_team


def can_organise(user: User | AnonymousUser, country: str) -> bool:
    if not user.is_authenticated:
        return False
    return reviewers_for(country.upper()).filter(pk=user.pk).exists()


def is_organiser(user: User | AnonymousUser) -> bool:
    codes, is_sid_team = organised_countries(user)
    return bool(codes) or is_sid_team


# --- Supporters -----------------------------------------------------------------------------------------


@transaction.atomic
def register_supporter(
    *, email: str, password: str, name: str, kind: str, country: str, website: str, logo: Any
) -> tuple[Supporter, EmailAddress]:
    """A new account (like the main sign-up: unverified until the emailed link is followed), its supporter
    profile, and its unverified address, whose confirmation the view sends (allauth's sending needs the request)."""
    user = User.objects.create_user(email, password, display_name=name[:60])
    user.preferred_language = translation.get_language() or ""
    user.save(update_fields=["preferred_language"])
    address = EmailAddress.objects.create(user=user, email=user.email, primary=True, verified=False)
    supporter = Supporter.objects.create(
        user=user, name=name, kind=kind, country=country, website=website, logo=logo or ""
    )
    return supporter, address


def supporter_for(user: User | AnonymousUser) -> Supporter | None:
    if not user.is_authenticated:
        return None
    return Supporter.objects.filter(user=user).first()


def sanitise(description: str) -> str:
    return nh3.clean(description, tags=ALLOWED_TAGS, link_rel="noopener noreferrer nofollow ugc")


# --- Submissions and their review -----------------------------------------------------------------------

EDITABLE_FIELDS = (
    "kind",
    "title",
    "description",
    "starts_at",
    "ends_at",
    "timezone",
    "format",
    "city",
    "online_url",
    "audiences",
    "language",
)
# Optional reach figures (for the network's impact figures); absent means not given.
REACH_FIELDS = ("schools_reached", "participants")


def _notify_reviewers(action: Action, origin: str) -> None:
    link = sid_link(sid_reverse("review", pk=action.pk), origin)
    for reviewer in reviewers_for(str(action.country)):
        with translation.override(reviewer.preferred_language or settings.LANGUAGE_CODE):
            send_on_commit(
                to=reviewer.email,
                subject=_("[SID] To review: %(title)s") % {"title": action.title},
                body=_("%(supporter)s submitted “%(title)s” for Safer Internet Day. Review it here: %(link)s")
                % {"supporter": action.supporter.name, "title": action.title, "link": link},
            )


@transaction.atomic
def submit_action(supporter: Supporter, data: dict[str, Any], origin: str = "") -> Action:
    """A new event or action for the current edition, waiting for the country's organisers (the link they are
    sent is on `origin`, the SID host as the supporter reaches it; the settings' origin by default)."""
    edition = current_edition()
    if edition is None:
        raise PermissionDenied("No edition is open for submissions.")
    action = Action(supporter=supporter, edition=edition, country=supporter.country, status=Status.PENDING)
    _fill(action, data)
    action.save()
    transaction.on_commit(lambda: _notify_reviewers(action, origin))
    return action


def _fill(action: Action, data: dict[str, Any]) -> None:
    """What the supporter typed, its description made safe; a picture replaces the earlier one only when sent."""
    for name in EDITABLE_FIELDS:
        setattr(action, name, data[name])
    for name in REACH_FIELDS:
        setattr(action, name, data.get(name))
    action.description = sanitise(action.description)
    if data.get("image"):
        action.image = data["image"]


@transaction.atomic
def update_action(supporter: Supporter, action: Action, data: dict[str, Any], origin: str = "") -> Action:
    """The supporter's edit: it goes back to the review queue (a changed approved item is reviewed again)."""
    if action.supporter_id != supporter.pk:
        raise PermissionDenied("Only the supporter who submitted it may edit it.")
    _fill(action, data)
    action.status = Status.PENDING
    action.submitted_at = timezone.now()
    action.save()
    transaction.on_commit(lambda: _notify_reviewers(action, origin))
    return action


def can_review(user: User | AnonymousUser, action: Action) -> bool:
    return can_organise(user, str(action.country))


def review_queue_for(user: User | AnonymousUser) -> ActionQuerySet:
    codes, is_sid_team = organised_countries(user)
    query = Q(country__in=codes)
    if is_sid_team:
        query |= ~Q(country__in=countries_with_organisers())
    if not codes and not is_sid_team:
        return Action.objects.none()
    return Action.objects.pending().filter(query).for_listing().order_by("submitted_at", "pk")


def _tell_supporter(action: Action, subject: str, body: str) -> None:
    if action.supporter.user is not None:  # nobody to tell once the account holder has left
        send_on_commit(to=action.supporter.user.email, subject=subject, body=body)


def _supporter_language(action: Action) -> str:
    user = action.supporter.user
    return (user.preferred_language if user is not None else "") or settings.LANGUAGE_CODE


def forget_supporter(user: User) -> None:
    """Before an account is deleted: its supporter record stays with the actions it ran (they belong to the
    Safer Internet Day gallery), but a person taking part as an individual is not named any more."""
    with translation.override(settings.LANGUAGE_CODE):
        tombstone = str(_("deleted member"))
    Supporter.objects.filter(user=user, kind=SupporterKind.INDIVIDUAL).update(name=tombstone)


def _review(organiser: User | AnonymousUser, item: Action, status: Status, reason: str = "") -> None:
    """Record a country organiser's decision on a submission (a rejection says why)."""
    if not isinstance(organiser, User) or not can_review(organiser, item):
        raise PermissionDenied("Only the country's organisers may review this submission.")
    if status == Status.REJECTED and not reason.strip():
        raise ValueError("A reason is required.")
    item.status = status
    item.rejection_reason = reason.strip()
    item.reviewed_by = organiser
    item.reviewed_at = timezone.now()
    item.save(update_fields=["status", "rejection_reason", "reviewed_by", "reviewed_at", "updated_at"])


@transaction.atomic
def approve_submission(organiser: User | AnonymousUser, item: Action, origin: str = "") -> Action:
    _review(organiser, item, Status.APPROVED)
    with translation.override(_supporter_language(item)):
        link = sid_link(sid_reverse("action", pk=item.pk), origin)
        subject = _("[SID] Published: %(title)s") % {"title": item.title}
        body = _("Good news: “%(title)s” is now on the Safer Internet Day gallery: %(link)s") % {
            "title": item.title,
            "link": link,
        }
    transaction.on_commit(lambda: _tell_supporter(item, subject, body))
    return item


@transaction.atomic
def reject_submission(organiser: User | AnonymousUser, item: Action, reason: str, origin: str = "") -> Action:
    _review(organiser, item, Status.REJECTED, reason)
    with translation.override(_supporter_language(item)):
        link = sid_link(sid_reverse("edit", pk=item.pk), origin)
        subject = _("[SID] Changes needed: %(title)s") % {"title": item.title}
        body = _("“%(title)s” was returned to you. The reason: %(reason)s\n\nEdit and resubmit it here: %(link)s") % {
            "title": item.title,
            "reason": item.rejection_reason,
            "link": link,
        }
    transaction.on_commit(lambda: _tell_supporter(item, subject, body))
    return item


# --- Country pages --------------------------------------------------------------------------------------


@dataclass
class CountryOverview:
    code: str
    name: str
    centre: Centre | None
    profile: CountryProfile | None
    supporters: list[Supporter]
    current: list[Action]
    past: list[Action]
    last_updated: dt.datetime | None


def country_overview(code: str, edition: Edition | None) -> CountryOverview:
    centre = Centre.objects.published().with_services().filter(country=code).first()
    profile = CountryProfile.objects.filter(country=code).first()
    approved = list(Action.objects.approved().filter(country=code).for_listing().order_by("-starts_at"))
    supporters = sorted({action.supporter for action in approved}, key=lambda s: s.name.lower())
    current = [a for a in approved if edition is not None and a.edition_id == edition.pk]
    past = [a for a in approved if edition is None or a.edition_id != edition.pk]
    stamps = [a.updated_at for a in approved] + ([profile.updated_at] if profile else [])
    return CountryOverview(
        code=code,
        name=str(dict(countries)[code]),
        centre=centre,
        profile=profile,
        supporters=supporters,
        current=current,
        past=past,
        last_updated=max(stamps) if stamps else None,
    )


def update_country_profile(organiser: User | AnonymousUser, code: str, data: dict[str, Any]) -> CountryProfile:
    if not can_organise(organiser, code):
        raise PermissionDenied("Only the country's organisers may edit its page.")
    profile, _created = CountryProfile.objects.get_or_create(country=code)
    for name in ("intro", "contact_name", "contact_email", "contact_website"):
        setattr(profile, name, data[name])
    profile.save()
    return profile


# --- The gallery ----------------------------------------------------------------------------------------


@dataclass
class GalleryFilters:
    country: str = ""
    edition: int | None = None
    audience: str = ""
    format: str = ""
    language: str = ""
    errors: list[str] = field(default_factory=list)


def gallery_actions(filters: GalleryFilters) -> ActionQuerySet:
    actions = Action.objects.approved()
    if filters.country:
        actions = actions.filter(country=filters.country)
    if filters.edition is not None:
        actions = actions.filter(edition__year=filters.edition)
    if filters.audience:
        actions = actions.filter(audiences__contains=f",{filters.audience},")
    if filters.format:
        actions = actions.filter(format=filters.format)
    if filters.language:
        actions = actions.filter(language=filters.language)
    return actions


def counts_by_country(actions: ActionQuerySet) -> dict[str, int]:
    rows = actions.order_by().values("country").annotate(total=Count("pk"))
    return {str(row["country"]): int(row["total"]) for row in rows}


def totals(counts: dict[str, int]) -> tuple[int, int]:
    return len(counts), sum(counts.values())


def participating_countries() -> set[str]:
    """Countries that take part in Safer Internet Day through the network: a Safer Internet Centre, a SID
    committee's organisers or a country profile."""
    centres = Centre.objects.filter(is_active=True).values_list("country", flat=True)
    profiles = CountryProfile.objects.values_list("country", flat=True)
    organisers = CountryOrganiser.objects.values_list("country", flat=True)
    return {str(code) for code in [*centres, *profiles, *organisers]}


def country_choices() -> list[tuple[str, Any]]:
    """Every country by its name in the reader's language, those taking part first (django-countries sorts
    by the translated name)."""
    taking_part = participating_countries()
    first = [(str(code), str(name)) for code, name in countries if code in taking_part]
    others = [(str(code), str(name)) for code, name in countries if code not in taking_part]
    return [(str(_("Countries taking part")), first), (str(_("Other countries")), others)]
