"""What national policy contacts, editors and network admins do with the policy questionnaire: who may see and
change which country's return, saving drafts (every change in the audit log), attachments, submitting, change
requests, acceptance, publication, and copying a questionnaire to the next year. Views, the admin, commands and
tests all call these."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from allauth.mfa.utils import is_mfa_enabled
from django.contrib.auth.models import AnonymousUser, Group
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from bik.accounts.models import User
from bik.accounts.roles import Role, has_role
from bik.community.files import validate_document
from bik.network.access import role_addresses
from bik.network.models import Centre, CentreRole
from bik.outbox.services import send_on_commit
from bik.policy.models import (
    Answer,
    AnswerType,
    AuditEntry,
    CountryReturn,
    Indicator,
    Questionnaire,
    Status,
)

# The countries asked every year: the EU's 27, Iceland and Norway; the network adds others by adding a centre.
CORE_COUNTRIES = (
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU",
    "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "IS", "NO",
)  # fmt: skip
ATTACHMENTS_COLLECTION = "Policy questionnaire attachments"


class NotAllowedError(Exception):
    """The person may not do this for this country or year."""


# --- Who may do what ------------------------------------------------------------------------------------------


def _signed_in(user: User | AnonymousUser) -> bool:
    return isinstance(user, User) and user.is_authenticated and user.is_active


def participating_countries() -> list[str]:
    """Codes of every country the questionnaire is for."""
    added = Centre.objects.published().exclude(country__in=CORE_COUNTRIES).values_list("country", flat=True)
    return sorted({*CORE_COUNTRIES, *(str(code) for code in added)})


def is_contact_without_mfa(user: User | AnonymousUser) -> bool:
    return (
        isinstance(user, User) and _signed_in(user) and has_role(user, Role.POLICY_CONTACT) and not is_mfa_enabled(user)
    )


def contact_countries(user: User | AnonymousUser) -> list[str]:
    """The countries whose answers this person gives (none without a second factor)."""
    if not isinstance(user, User) or not _signed_in(user) or not has_role(user, Role.POLICY_CONTACT):
        return []
    if not is_mfa_enabled(user):
        return []
    codes = CentreRole.objects.filter(user=user, role=CentreRole.Kind.POLICY_CONTACT).values_list(
        "centre__country", flat=True
    )
    return sorted({str(code) for code in codes})


def is_editor(user: User | AnonymousUser) -> bool:
    """Editors and network admins review and publish, with a second factor set up."""
    if not isinstance(user, User) or not _signed_in(user):
        return False
    if not (has_role(user, Role.EDITOR) or has_role(user, Role.NETWORK_ADMIN) or user.is_superuser):
        return False
    return bool(is_mfa_enabled(user))


def can_view(user: User | AnonymousUser, country_return: CountryReturn) -> bool:
    if country_return.status == Status.PUBLISHED:
        return True
    return is_editor(user) or country_return.country.code in contact_countries(user)


def check_contact(user: User | AnonymousUser, country: str) -> None:
    if country.upper() not in contact_countries(user):
        raise NotAllowedError


def check_editor(user: User | AnonymousUser) -> None:
    if not is_editor(user):
        raise NotAllowedError


# --- Audit ----------------------------------------------------------------------------------------------------


def audit(actor: User, country_return: CountryReturn, action: str, changes: Mapping[str, Any] | None = None) -> None:
    AuditEntry.record(
        actor,
        action,
        year=country_return.questionnaire.year,
        country=country_return.country.code,
        changes=dict(changes or {}),
    )


# --- Questionnaires -------------------------------------------------------------------------------------------


def previous_questionnaire(questionnaire: Questionnaire) -> Questionnaire | None:
    return Questionnaire.objects.filter(year__lt=questionnaire.year).order_by("-year").first()


def can_copy(user: User | AnonymousUser) -> bool:
    """Network admins define the questionnaires."""
    return isinstance(user, User) and is_editor(user) and (has_role(user, Role.NETWORK_ADMIN) or user.is_superuser)


@transaction.atomic
def copy_questionnaire(admin: User, questionnaire: Questionnaire, year: int) -> Questionnaire:
    """The same indicators (same keys and versions, so answers stay comparable) for another year."""
    if not can_copy(admin):
        raise NotAllowedError
    if Questionnaire.objects.filter(year=year).exists():
        raise ValueError(_("There is already a questionnaire for %(year)s.") % {"year": year})
    copy = Questionnaire.objects.create(year=year, title=questionnaire.title, intro=questionnaire.intro)
    Indicator.objects.bulk_create(
        Indicator(
            questionnaire=copy,
            sort_order=indicator.sort_order,
            key=indicator.key,
            version=indicator.version,
            pillar=indicator.pillar,
            section=indicator.section,
            question=indicator.question,
            guidance=indicator.guidance,
            answer_type=indicator.answer_type,
            choices=indicator.choices,
            unit=indicator.unit,
        )
        for indicator in questionnaire.indicators.all()
    )
    return copy


# --- Returns --------------------------------------------------------------------------------------------------


@transaction.atomic
def return_for(user: User, questionnaire: Questionnaire, country: str) -> CountryReturn:
    """The country's return for the year, started (with last year's answers to unchanged questions) when the
    contact first opens it."""
    check_contact(user, country)
    country_return, created = CountryReturn.objects.get_or_create(questionnaire=questionnaire, country=country)
    if created:
        prefill_from_previous_year(country_return)
        audit(user, country_return, "start")
    return country_return


def prefill_from_previous_year(country_return: CountryReturn) -> int:
    questionnaire = country_return.questionnaire
    previous = previous_questionnaire(questionnaire)
    if previous is None:
        return 0
    last = CountryReturn.objects.filter(questionnaire=previous, country=country_return.country).first()
    if last is None:
        return 0
    old = {answer.indicator.key: answer for answer in last.answers.select_related("indicator")}
    made = 0
    for indicator in questionnaire.indicators.all():
        before = old.get(indicator.key)
        if before is None or not indicator.same_question_as(before.indicator):
            continue
        Answer.objects.create(
            country_return=country_return,
            indicator=indicator,
            choice=before.choice,
            number=before.number,
            text=before.text,
            links=before.links,
        )
        made += 1
    return made


@dataclass(frozen=True)
class AnswerInput:
    choice: str = ""
    number: Decimal | None = None
    text: str = ""
    links: str = ""

    def as_dict(self) -> dict[str, str]:
        return {
            "choice": self.choice,
            "number": "" if self.number is None else str(self.number),
            "text": self.text,
            "links": self.links,
        }


def _answer_dict(answer: Answer | None) -> dict[str, str]:
    if answer is None:
        return AnswerInput().as_dict()
    return AnswerInput(answer.choice, answer.number, answer.text, answer.links).as_dict()


def _check_editable(country_return: CountryReturn) -> None:
    if not country_return.is_editable:
        raise NotAllowedError


@transaction.atomic
def save_answers(user: User, country_return: CountryReturn, values: Mapping[int, AnswerInput]) -> int:
    """Save the draft: `values` by indicator id. Every changed answer goes into the audit log, before and
    after. Returns how many answers changed."""
    check_contact(user, country_return.country.code)
    _check_editable(country_return)
    indicators = {i.pk: i for i in country_return.questionnaire.indicators.all()}
    existing = {a.indicator_id: a for a in country_return.answers.all()}
    changes: dict[str, Any] = {}
    for indicator_id, value in values.items():
        indicator = indicators.get(indicator_id)
        if indicator is None:
            continue
        answer = existing.get(indicator_id)
        before = _answer_dict(answer)
        after = value.as_dict()
        if before == after:
            continue
        if answer is None:
            answer = Answer(country_return=country_return, indicator=indicator)
        answer.choice, answer.number, answer.text, answer.links = value.choice, value.number, value.text, value.links
        answer.save()
        changes[indicator.key] = {"before": before, "after": after}
    if changes:
        country_return.updated_at = timezone.now()
        country_return.save(update_fields=["updated_at"])
        audit(user, country_return, "save draft", changes)
    return len(changes)


def missing_answers(country_return: CountryReturn) -> list[Indicator]:
    """Questions that need an answer before the return can be submitted (yes/partly/no, choices, numbers)."""
    answered = {a.indicator_id for a in country_return.answers.all() if not a.is_empty()}
    required = (AnswerType.YES_PARTLY_NO, AnswerType.CHOICE, AnswerType.NUMBER)
    return [
        indicator
        for indicator in country_return.questionnaire.indicators.all()
        if indicator.answer_type in required and indicator.pk not in answered
    ]


@transaction.atomic
def submit(user: User, country_return: CountryReturn) -> None:
    check_contact(user, country_return.country.code)
    _check_editable(country_return)
    missing = missing_answers(country_return)
    if missing:
        raise ValueError(
            _("Answer these questions before submitting: %(questions)s")
            % {"questions": "; ".join(str(indicator.question) for indicator in missing)}
        )
    country_return.status = Status.SUBMITTED
    country_return.submitted_at = timezone.now()
    country_return.save(update_fields=["status", "submitted_at"])
    audit(user, country_return, "submit")


@transaction.atomic
def attach_document(
    user: User, country_return: CountryReturn, indicator: Indicator, title: str, upload: UploadedFile
) -> Any:
    """A Wagtail document in the attachments collection (closed to the public: it is served only through the
    policy views, which check the return is published or the person may see it)."""
    check_contact(user, country_return.country.code)
    _check_editable(country_return)
    if indicator.questionnaire_id != country_return.questionnaire_id:
        raise NotAllowedError
    validate_document(upload)
    document = get_document_model().objects.create(
        title=title or upload.name or "document",
        file=upload,
        collection=attachments_collection(),
        uploaded_by_user=user,
    )
    answer, _created = Answer.objects.get_or_create(country_return=country_return, indicator=indicator)
    answer.documents.add(document)
    audit(user, country_return, "attach document", {indicator.key: {"document": document.title}})
    return document


def attachments_collection() -> Collection:
    """The collection of questionnaire attachments; Wagtail's own document URLs serve them to editors only."""
    existing = Collection.objects.filter(name=ATTACHMENTS_COLLECTION).first()
    if existing is not None:
        return existing
    root = Collection.get_first_root_node()
    collection = root.add_child(name=ATTACHMENTS_COLLECTION)
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.set(Group.objects.filter(name__in=[Role.EDITOR.value, Role.NETWORK_ADMIN.value]))
    return collection


# --- Review ---------------------------------------------------------------------------------------------------


def _contact_addresses(country: str) -> list[str]:
    return role_addresses(CentreRole.Kind.POLICY_CONTACT, country=country)


def workspace_path(country_return: CountryReturn) -> str:
    return reverse(
        "policy:workspace_return",
        kwargs={"country": country_return.country.code.lower(), "year": country_return.questionnaire.year},
    )


@transaction.atomic
def request_changes(editor: User, country_return: CountryReturn, reason: str) -> None:
    check_editor(editor)
    if country_return.status not in (Status.SUBMITTED, Status.ACCEPTED):
        raise NotAllowedError
    reason = reason.strip()
    if not reason:
        raise ValueError(_("Say what should change."))
    country_return.status = Status.CHANGES_REQUESTED
    country_return.change_reason = reason
    country_return.save(update_fields=["status", "change_reason"])
    audit(editor, country_return, "request changes", {"reason": reason})
    addresses = _contact_addresses(country_return.country.code)
    if addresses:
        body = render_to_string(
            "policy/email/changes_requested.txt",
            {"country_return": country_return, "reason": reason, "path": workspace_path(country_return)},
        )
        send_on_commit(
            to=addresses,
            subject=_("Please change your policy questionnaire answers for %(year)s")
            % {"year": country_return.questionnaire.year},
            body=body,
        )


@transaction.atomic
def accept(editor: User, country_return: CountryReturn) -> None:
    check_editor(editor)
    if country_return.status != Status.SUBMITTED:
        raise NotAllowedError
    country_return.status = Status.ACCEPTED
    country_return.change_reason = ""
    country_return.save(update_fields=["status", "change_reason"])
    audit(editor, country_return, "accept")


@transaction.atomic
def publish(editor: User, questionnaire: Questionnaire, countries: Iterable[str] | None = None) -> int:
    """Publish the year's accepted returns (all of them, or those of `countries`). Returns how many."""
    check_editor(editor)
    accepted = CountryReturn.objects.filter(questionnaire=questionnaire, status=Status.ACCEPTED)
    if countries is not None:
        accepted = accepted.filter(country__in=[c.upper() for c in countries])
    published = 0
    for country_return in accepted.select_related("questionnaire"):
        country_return.status = Status.PUBLISHED
        country_return.published_at = timezone.now()
        country_return.save(update_fields=["status", "published_at"])
        audit(editor, country_return, "publish")
        published += 1
    return published
