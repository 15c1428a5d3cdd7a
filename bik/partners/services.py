"""What partners, reviewers and network admins may do, and the state changes they make.

A partner (the partner role, a membership of an approved organisation, a second factor) submits publications
of its own organisation only; they are `research.Publication` drafts that stay private (their files in a
collection only reviewers may open) until an editor, moderator or network admin publishes them, or returns
them with a reason the partner reads, fixes and resubmits. Industry partners publish a yearly self-report
against their public commitments."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.contrib.auth.models import AnonymousUser, Group
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files import File
from django.db import transaction
from django.db.models import Prefetch, QuerySet
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction, Locale

from bik.accounts.models import User
from bik.accounts.roles import Role, has_role
from bik.news.models import Topic
from bik.partners.models import (
    RESERVED_SLUGS,
    Commitment,
    PartnerMember,
    PartnerOrganisation,
    SelfReport,
    SelfReportEntry,
    Submission,
)
from bik.pictures.models import ALT_TEXT_REQUIRED
from bik.pictures.rendering import with_pictures
from bik.research.models import Publication
from bik.resources.models import Audience

REVIEWER_ROLES = (Role.EDITOR, Role.MODERATOR, Role.NETWORK_ADMIN)
PRIVATE_COLLECTION = "Partner submissions (private until published)"
COMPARED_YEARS = 3

# --- Who may do what -----------------------------------------------------------------------------------------


def _signed_in(user: User | AnonymousUser) -> User | None:
    if isinstance(user, User) and user.is_authenticated and user.is_active:
        return user
    return None


def partner_organisations(user: User | AnonymousUser) -> list[PartnerOrganisation]:
    """The approved organisations this person acts for: partner role, membership and a second factor."""
    person = _signed_in(user)
    if person is None or not has_role(person, Role.PARTNER) or not is_mfa_enabled(person):
        return []
    return list(
        PartnerOrganisation.objects.filter(members__user=person, status=PartnerOrganisation.Status.APPROVED).order_by(
            "name"
        )
    )


def acts_for_a_partner(user: Any) -> bool:
    """Someone with a membership of an approved organisation (who may still need to set up a second factor)."""
    person = _signed_in(user)
    return (
        person is not None
        and PartnerMember.objects.filter(user=person, organisation__status=PartnerOrganisation.Status.APPROVED).exists()
    )


def is_reviewer(user: User | AnonymousUser) -> bool:
    """Editors, moderators and network admins review partner publications, with a second factor."""
    person = _signed_in(user)
    if person is None or not is_mfa_enabled(person):
        return False
    return person.is_superuser or any(has_role(person, role) for role in REVIEWER_ROLES)


def is_network_admin(user: User | AnonymousUser) -> bool:
    person = _signed_in(user)
    if person is None or not is_mfa_enabled(person):
        return False
    return person.is_superuser or has_role(person, Role.NETWORK_ADMIN)


def needs_second_factor(user: User | AnonymousUser) -> bool:
    """Someone with a partner or reviewing role who has not set up a second factor yet."""
    person = _signed_in(user)
    if person is None or is_mfa_enabled(person):
        return False
    return person.is_superuser or any(has_role(person, role) for role in (Role.PARTNER, *REVIEWER_ROLES))


def _require_partner(user: User, organisation: PartnerOrganisation) -> None:
    if organisation not in partner_organisations(user):
        raise PermissionDenied("Not a partner of this organisation.")


def _require_reviewer(user: User) -> None:
    if not is_reviewer(user):
        raise PermissionDenied("Only editors, moderators and network admins review partner publications.")


def _require_network_admin(user: User) -> None:
    if not is_network_admin(user):
        raise PermissionDenied("Only network admins decide on partner organisations.")


# --- Organisations and their people --------------------------------------------------------------------------


def public_organisations(kind: str = "") -> QuerySet[PartnerOrganisation]:
    organisations = PartnerOrganisation.objects.filter(status=PartnerOrganisation.Status.APPROVED)
    if kind:
        organisations = organisations.filter(kind=kind)
    return cast("QuerySet[PartnerOrganisation]", with_pictures(organisations.order_by("name", "pk")))


def find_public_organisation(slug: str) -> PartnerOrganisation | None:
    return public_organisations().filter(slug=slug).first()


def _free_slug(name: str) -> str:
    base = slugify(name)[:60] or "partner"
    if base in RESERVED_SLUGS:
        base = f"{base}-partner"
    slug, number = base, 2
    while PartnerOrganisation.objects.filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug


def _logo(name: str, logo: File[Any] | None) -> Any:
    if logo is None:
        return None
    image = get_image_model()(title=name, file=logo)
    image.save()
    return image


@transaction.atomic
def apply(
    applicant: User,
    *,
    name: str,
    kind: str,
    description: str,
    website: str = "",
    logo: File[Any] | None = None,
    logo_alt: str = "",
) -> PartnerOrganisation:
    """A signed-in person asks for their organisation to become a partner; a network admin decides."""
    if _signed_in(applicant) is None:
        raise PermissionDenied("Sign in to apply.")
    if has_role(applicant, Role.YOUTH_MEMBER):
        raise ValidationError(_("A youth account cannot act for a partner organisation."), code="youth")
    organisation = PartnerOrganisation(
        name=name,
        slug=_free_slug(name),
        kind=kind,
        description=description,
        website=website,
        applied_by=applicant,
        image_alt=logo_alt,
    )
    if logo is not None and not logo_alt.strip():
        raise ValidationError({"logo_alt": ALT_TEXT_REQUIRED}, code="alt_text_required")
    organisation.image = _logo(name, logo)
    organisation.full_clean()
    organisation.save()
    return organisation


def pending_applications() -> QuerySet[PartnerOrganisation]:
    pending: QuerySet[PartnerOrganisation] = PartnerOrganisation.objects.filter(
        status=PartnerOrganisation.Status.PENDING
    ).select_related("applied_by")
    return pending


@transaction.atomic
def decide(admin: User, organisation: PartnerOrganisation, *, approve: bool) -> PartnerOrganisation:
    """Approve (the applicant becomes its first partner) or decline an application."""
    _require_network_admin(admin)
    organisation.status = PartnerOrganisation.Status.APPROVED if approve else PartnerOrganisation.Status.DECLINED
    organisation.decided_by = admin
    organisation.decided_at = timezone.now()
    organisation.save(update_fields=["status", "decided_by", "decided_at"])
    if approve and organisation.applied_by is not None:
        add_member(admin, organisation, organisation.applied_by)
    return organisation


@transaction.atomic
def add_member(admin: User, organisation: PartnerOrganisation, person: User) -> PartnerMember:
    """Give a person the partner role for an organisation (they need a second factor before acting)."""
    _require_network_admin(admin)
    if has_role(person, Role.YOUTH_MEMBER):
        raise ValidationError(_("A youth account cannot act for a partner organisation."), code="youth")
    member, _created = PartnerMember.objects.get_or_create(organisation=organisation, user=person)
    person.groups.add(Group.objects.get(name=Role.PARTNER.value))
    return member


@transaction.atomic
def remove_member(admin: User, member: PartnerMember) -> None:
    _require_network_admin(admin)
    person = member.user
    member.delete()
    if not PartnerMember.objects.filter(user=person).exists():
        person.groups.remove(Group.objects.get(name=Role.PARTNER.value))


def members_of(organisation: PartnerOrganisation) -> list[PartnerMember]:
    return list(organisation.members.select_related("user").order_by("user__email"))


# --- Publications --------------------------------------------------------------------------------------------


def private_collection() -> Collection:
    """Where submitted files wait: only reviewers may open them through /documents/ until publication."""
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=PRIVATE_COLLECTION).first()
    if collection is None:
        collection = root.add_child(name=PRIVATE_COLLECTION)
    restriction = CollectionViewRestriction.objects.filter(collection=collection).first()
    if restriction is None:
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.GROUPS
        )
        restriction.groups.set(Group.objects.filter(name__in=[role.value for role in REVIEWER_ROLES]))
    return collection


def _document(title: str, file: File[Any]) -> Any:
    document = get_document_model()(title=title, collection=private_collection())
    document.file = file
    document.save()
    return document


@dataclass(frozen=True)
class PublicationFields:
    title: str
    summary: str
    publication_type: str
    year: int
    authors: str = ""
    topics: Sequence[Topic] = ()
    audiences: Sequence[Audience] = ()


def _check(publication: Publication) -> None:
    publication.full_clean(exclude=["translation_key"])


def _save(publication: Publication, fields: PublicationFields) -> None:
    _check(publication)
    publication.save()
    publication.topics.set(fields.topics)
    publication.audiences.set(fields.audiences)
    publication.save()  # parental many-to-many fields are written when the record is saved


@transaction.atomic
def submit_publication(
    partner: User, organisation: PartnerOrganisation, fields: PublicationFields, file: File[Any]
) -> Submission:
    """A new publication of `organisation`, in English (the fallback of every language), sent for review."""
    _require_partner(partner, organisation)
    english = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    publication = Publication(
        title=fields.title,
        slug=f"{slugify(fields.title)[:60] or 'publication'}-{uuid.uuid4().hex[:6]}",
        summary=fields.summary,
        authors=fields.authors,
        organisation=organisation.name,
        partner=organisation,
        year=fields.year,
        publication_type=fields.publication_type,
        locale=english,
        live=False,
    )
    publication.document = _document(fields.title, file)
    _save(publication, fields)
    publication.save_revision(user=partner)
    return Submission.objects.create(
        organisation=organisation, publication=publication, submitted_by=partner, submitted_at=timezone.now()
    )


def _editable(partner: User, submission: Submission) -> None:
    _require_partner(partner, submission.organisation)
    if submission.state == Submission.State.PUBLISHED:
        raise PermissionDenied("A published publication is changed by the editors.")


def versions(submission: Submission) -> list[Publication]:
    """The original and its language versions, English first."""
    return sorted(
        Publication.objects.filter(translation_key=submission.publication.translation_key)
        .select_related("locale", "document")
        .prefetch_related("topics", "audiences"),
        key=lambda version: (version.locale.language_code != settings.LANGUAGE_CODE, version.locale.language_code),
    )


@transaction.atomic
def resubmit(
    partner: User,
    submission: Submission,
    fields: PublicationFields,
    file: File[Any] | None = None,
) -> Submission:
    """The partner changes its publication (while it waits or after it was returned) and sends it again."""
    _editable(partner, submission)
    publication = submission.publication
    for name in ("title", "summary", "publication_type", "year", "authors"):
        setattr(publication, name, getattr(fields, name))
    if file is not None:
        publication.document = _document(fields.title, file)
    _save(publication, fields)
    Publication.objects.filter(translation_key=publication.translation_key).exclude(pk=publication.pk).update(
        year=publication.year, publication_type=publication.publication_type
    )
    publication.save_revision(user=partner)
    return _send_again(partner, submission)


def _send_again(partner: User, submission: Submission) -> Submission:
    submission.state = Submission.State.SUBMITTED
    submission.submitted_by = partner
    submission.submitted_at = timezone.now()
    submission.save(update_fields=["state", "submitted_by", "submitted_at"])
    return submission


def version_languages(submission: Submission) -> list[tuple[str, str]]:
    """The languages a version may still be added in."""
    taken = set(
        Publication.objects.filter(translation_key=submission.publication.translation_key).values_list(
            "locale__language_code", flat=True
        )
    )
    return [(code, name) for code, name in settings.LANGUAGES if code not in taken]


@transaction.atomic
def add_version(
    partner: User, submission: Submission, *, language: str, title: str, summary: str, file: File[Any]
) -> Publication:
    """A language version of the publication, reviewed (again) with it."""
    _require_partner(partner, submission.organisation)
    if language not in dict(version_languages(submission)):
        raise ValidationError({"language": _("This publication already has a version in this language.")})
    original = submission.publication
    version = Publication(
        title=title,
        slug=original.slug,
        summary=summary,
        authors=original.authors,
        organisation=original.organisation,
        partner=original.partner,
        year=original.year,
        publication_type=original.publication_type,
        locale=Locale.objects.get(language_code=language),
        translation_key=original.translation_key,
        live=False,
    )
    version.document = _document(title, file)
    _check(version)
    version.save()
    version.topics.set(original.topics.all())
    version.audiences.set(original.audiences.all())
    version.save()  # parental many-to-many fields are written when the record is saved
    version.save_revision(user=partner)
    _send_again(partner, submission)
    return version


def own_submissions(partner: User, organisation: PartnerOrganisation) -> QuerySet[Submission]:
    _require_partner(partner, organisation)
    return (
        Submission.objects.filter(organisation=organisation)
        .select_related("publication")
        .order_by("-submitted_at", "-pk")
    )


def own_submission(partner: User, pk: int) -> Submission | None:
    """One of the partner's organisations' submissions; None for anyone else's."""
    return (
        Submission.objects.filter(pk=pk, organisation__in=partner_organisations(partner))
        .select_related("publication__document", "organisation")
        .first()
    )


def review_queue(reviewer: User) -> QuerySet[Submission]:
    _require_reviewer(reviewer)
    return (
        Submission.objects.filter(state=Submission.State.SUBMITTED)
        .select_related("publication", "organisation", "submitted_by")
        .order_by("submitted_at", "pk")
    )


def reviewable(reviewer: User, pk: int) -> Submission | None:
    _require_reviewer(reviewer)
    return Submission.objects.filter(pk=pk).select_related("publication", "organisation", "submitted_by").first()


def _notify_partners(submission: Submission, subject: str, body: str) -> None:
    from bik.outbox.services import send_on_commit

    addresses = [member.user.email for member in members_of(submission.organisation) if member.user.email]
    if addresses:
        send_on_commit(to=addresses, subject=subject, body=body)


@transaction.atomic
def return_submission(reviewer: User, submission: Submission, reason: str) -> Submission:
    """Send it back to the partner with a reason they read in their workspace."""
    _require_reviewer(reviewer)
    if submission.state != Submission.State.SUBMITTED:
        raise ValidationError(_("Only a publication waiting for review can be returned."), code="state")
    if not reason.strip():
        raise ValidationError({"reason": _("Say what the partner should change.")}, code="required")
    submission.state = Submission.State.RETURNED
    submission.return_reason = reason.strip()
    submission.reviewed_by = reviewer
    submission.reviewed_at = timezone.now()
    submission.save(update_fields=["state", "return_reason", "reviewed_by", "reviewed_at"])
    _notify_partners(
        submission,
        _("Your publication was returned for changes"),
        _("“%(title)s” was returned for changes. The reason is in your partner workspace.")
        % {"title": submission.publication.title},
    )
    return submission


@transaction.atomic
def publish_submission(reviewer: User, submission: Submission, *, notify: bool = True) -> Submission:
    """Publish the original and every language version; their files become public."""
    _require_reviewer(reviewer)
    if submission.state != Submission.State.SUBMITTED:
        raise ValidationError(_("Only a publication waiting for review can be published."), code="state")
    root = Collection.get_first_root_node()
    for version in versions(submission):
        if version.document is not None and version.document.collection_id != root.pk:
            version.document.collection = root
            version.document.save(update_fields=["collection"])
        # Reviewing is the approval step (like a Wagtail workflow task): editors publish what they approve here.
        version.save_revision(user=reviewer).publish(user=reviewer, skip_permission_checks=True)
    submission.state = Submission.State.PUBLISHED
    submission.return_reason = ""
    submission.reviewed_by = reviewer
    submission.reviewed_at = timezone.now()
    submission.save(update_fields=["state", "return_reason", "reviewed_by", "reviewed_at"])
    if not notify:
        return submission
    _notify_partners(
        submission,
        _("Your publication is published"),
        _("“%(title)s” is now published in the research and industry area.") % {"title": submission.publication.title},
    )
    return submission


# --- Industry self-reports -----------------------------------------------------------------------------------


def _require_industry(partner: User, organisation: PartnerOrganisation) -> None:
    _require_partner(partner, organisation)
    if organisation.kind != PartnerOrganisation.Kind.INDUSTRY:
        raise PermissionDenied("Only industry partners report against commitments.")


def add_commitment(partner: User, organisation: PartnerOrganisation, *, title: str, description: str) -> Commitment:
    _require_industry(partner, organisation)
    commitment = Commitment(organisation=organisation, title=title, description=description)
    commitment.full_clean()
    commitment.save()
    return commitment


@transaction.atomic
def save_self_report(
    partner: User,
    organisation: PartnerOrganisation,
    year: int,
    entries: Mapping[int, tuple[str, str]],
    *,
    publish: bool,
) -> SelfReport:
    """The year's report: for each commitment (by id) what was done and its evidence links, one a line."""
    _require_industry(partner, organisation)
    report, _created = SelfReport.objects.get_or_create(organisation=organisation, year=year)
    report.full_clean()
    commitments = {c.pk: c for c in organisation.commitments.all()}
    for commitment_id, (done, evidence) in entries.items():
        commitment = commitments.get(commitment_id)
        if commitment is None:
            raise PermissionDenied("Not a commitment of this organisation.")
        if not done.strip():
            SelfReportEntry.objects.filter(report=report, commitment=commitment).delete()
            continue
        entry = SelfReportEntry.objects.filter(report=report, commitment=commitment).first() or SelfReportEntry(
            report=report, commitment=commitment
        )
        entry.done, entry.evidence = done.strip(), evidence.strip()
        entry.full_clean()
        entry.save()
    if publish and report.published_at is None:
        report.published_at = timezone.now()
    report.save()
    return report


def own_reports(partner: User, organisation: PartnerOrganisation) -> list[SelfReport]:
    _require_industry(partner, organisation)
    return list(organisation.self_reports.order_by("-year"))


@dataclass(frozen=True)
class ComparisonRow:
    commitment: Commitment
    cells: list[SelfReportEntry | None]


def comparison(organisation: PartnerOrganisation, years: int = COMPARED_YEARS) -> tuple[list[int], list[ComparisonRow]]:
    """The latest published self-reports side by side: one row per commitment, one column per year."""
    reports = list(
        organisation.self_reports.filter(published_at__isnull=False)
        .order_by("-year")
        .prefetch_related(Prefetch("entries", queryset=SelfReportEntry.objects.all()))[:years]
    )
    reports.reverse()
    by_year = {report.year: {entry.commitment_id: entry for entry in report.entries.all()} for report in reports}
    rows = [
        ComparisonRow(commitment, [by_year[report.year].get(commitment.pk) for report in reports])
        for commitment in organisation.commitments.all()
    ]
    return [report.year for report in reports], rows


def organisation_publications(organisation: PartnerOrganisation, language: str) -> QuerySet[Publication]:
    from bik.research.services import live_publications

    return live_publications(language).filter(partner=organisation).order_by("-year", "title", "pk")
