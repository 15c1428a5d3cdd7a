"""The rules of youth panels and consultations: who coordinates and writes for a panel, how a byline is shown
(never a surname; a photo only with consent), how an article is screened and approved, who may answer a
consultation (once, in the age range, in one of its languages) and what its results show to whom."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from allauth.mfa.utils import is_mfa_enabled
from django.contrib.auth.models import AnonymousUser
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from bik.accounts.models import User
from bik.accounts.roles import Role, has_role
from bik.caching import pages as page_cache
from bik.moderation import services as moderation
from bik.moderation import spaces as moderation_spaces
from bik.moderation.models import ModeratedItem, Status
from bik.network.models import Centre, CentreRole
from bik.panels.models import (
    CONSULTATION_SPACE_KEY,
    PHOTO_CONSENT_AGE,
    Answer,
    Article,
    Consultation,
    ConsultationTranslation,
    Panel,
    PanelMember,
)
from bik.statistics.dashboard import shown
from bik.youth import services as youth
from bik.youth.models import YouthProfile

APPROVAL = "panel_approval"


def _signed_in(user: User | AnonymousUser) -> User | None:
    return user if isinstance(user, User) and user.is_authenticated else None


# --- Panels ---------------------------------------------------------------------------------------------


def panel_for(centre: Centre) -> Panel:
    panel, _created = Panel.objects.get_or_create(centre=centre)
    return panel


def public_panels() -> models.QuerySet[Panel]:
    published = models.Q(articles__moderation__status=Status.PUBLISHED)
    return (
        Panel.objects.filter(is_active=True, centre__is_active=True)
        .select_related("centre")
        .annotate(
            article_count=models.Count("articles", filter=published, distinct=True),
            member_count=models.Count("members", distinct=True),
        )
        .order_by("centre__country")
    )


def public_panel(country: str) -> Panel | None:
    return public_panels().filter(centre__country=country.upper()).first()


def is_coordinator(user: User | AnonymousUser, panel: Panel) -> bool:
    """The centre's youth coordinators (the role and the centre role both)."""
    return panel.country_code in youth.coordinated_countries(user)


def membership(user: User | AnonymousUser, panel: Panel) -> PanelMember | None:
    signed_in = _signed_in(user)
    if signed_in is None:
        return None
    return PanelMember.objects.select_related("user").filter(panel=panel, user=signed_in).first()


def my_panels(user: User | AnonymousUser) -> list[Panel]:
    """The panels someone writes for: as a member (a youth account) or as a coordinator."""
    return list(_my_panels(user).select_related("centre").distinct())


def writes_for_a_panel(user: User | AnonymousUser) -> bool:
    """Whether someone writes for any panel (`my_panels`), without reading them: the youth area's menu asks."""
    return _my_panels(user).exists()


def _my_panels(user: User | AnonymousUser) -> models.QuerySet[Panel]:
    signed_in = _signed_in(user)
    if signed_in is None:
        return Panel.objects.none()
    countries = youth.coordinated_countries(signed_in)
    mine = models.Q(centre__country__in=list(countries))
    if youth.is_youth_member(signed_in):
        mine |= models.Q(members__user=signed_in)
    return Panel.objects.filter(mine, is_active=True)


def _require_coordinator(user: User, panel: Panel) -> None:
    if not is_coordinator(user, panel):
        raise PermissionDenied


@transaction.atomic
def add_member(
    coordinator: User,
    panel: Panel,
    young_person: User,
    *,
    title: str = PanelMember.Title.PANELLIST,
    byline_name: str = PanelMember.Name.PSEUDONYM,
    first_name: str = "",
) -> PanelMember:
    """A coordinator adds a youth member of the panel's country (a youth account, never an adult's)."""
    _require_coordinator(coordinator, panel)
    profile = YouthProfile.objects.filter(user=young_person).first()
    if profile is None or not youth.is_youth_member(young_person) or str(profile.country) != panel.country_code:
        raise ValidationError(_("Only young members of this country's youth space can join its panel."))
    member, _created = PanelMember.objects.get_or_create(panel=panel, user=young_person)
    member.title, member.byline_name, member.first_name = title, byline_name, first_name.strip()
    member.full_clean()
    member.save()
    return member


def remove_member(coordinator: User, member: PanelMember) -> None:
    _require_coordinator(coordinator, member.panel)
    member.delete()


def member_age(member: PanelMember) -> int | None:
    profile = getattr(member.user, "youth_profile", None)
    return youth.age_in_year(profile.year_of_birth) if profile is not None else None


def may_show_photo(member: PanelMember) -> bool:
    """A photo only when the member agreed, and under 16 only when a parent or carer agreed as well. A member
    whose age is unknown (no youth profile) is treated as under 16."""
    if member.photo_id is None or not member.photo_consent_by_member:
        return False
    age = member_age(member)
    return (age is not None and age >= PHOTO_CONSENT_AGE) or member.photo_parent_consent_at is not None


@dataclass(frozen=True)
class Byline:
    name: str
    title: str
    photo: Any = None  # a Wagtail image, only when consent allows it


def byline(member: PanelMember | None) -> Byline:
    """ "Emilia, Youth Ambassador": a pseudonym or first name, never a surname."""
    if member is None:
        return Byline(_("A member of the youth panel"), str(PanelMember.Title.PANELLIST.label))
    if member.byline_name == PanelMember.Name.FIRST_NAME and member.first_name:
        name = member.first_name
    else:
        name = member.user.public_name
    return Byline(name, str(member.get_title_display()), member.photo if may_show_photo(member) else None)


# --- Articles -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Submitted:
    article: Article
    held_by_screen: bool
    needs_helpline: bool


@transaction.atomic
def submit_article(
    author: User, panel: Panel, *, title: str, body: str, signed_by: PanelMember | None = None
) -> Submitted:
    """A member (signing it themself) or a coordinator (signing it for a member) drafts an article; the screen
    reads it and it waits for a coordinator's approval whatever the screen says."""
    own = membership(author, panel)
    if is_coordinator(author, panel):
        if signed_by is None or signed_by.panel_id != panel.pk:
            raise ValidationError(_("Choose the member who signs the article."))
    elif own is not None and youth.is_youth_member(author):
        profile = youth.youth_profile(author)
        if profile is None or not profile.may_post:
            raise PermissionDenied(_("You can write once your parent or carer has said yes by email."))
        signed_by = own
    else:
        raise PermissionDenied
    space = youth.national_space(panel.country_code)
    submission = youth.screen_writing(author, space, Article, panel.moderation_key, f"{title}\n{body}", trusted=True)
    held_by_screen = submission.item.status == Status.HELD
    if not held_by_screen:
        submission.item.status = Status.HELD
        submission.item.held_because = APPROVAL
    submission.item.save()
    article = Article.objects.create(
        panel=panel,
        signed_by=signed_by,
        author=author,
        title=title,
        body=body,
        language=space.language,
        moderation=submission.item,
    )
    moderation.attach(submission, article.pk)
    return Submitted(article, held_by_screen, submission.result.needs_helpline)


def published_articles(panel: Panel) -> models.QuerySet[Article]:
    return (
        Article.objects.filter(panel=panel, moderation__status=Status.PUBLISHED)
        .select_related("moderation", "signed_by__user__youth_profile", "signed_by__photo")
        .order_by("-moderation__decided_at", "-pk")
    )


def my_articles(user: User, panel: Panel) -> models.QuerySet[Article]:
    return Article.objects.filter(panel=panel, author=user).select_related("moderation").order_by("-created_at")


def article_decided(sender: Any, instance: ModeratedItem, **kwargs: Any) -> None:
    """post_save of a moderation item: an article published, hidden or rejected changes the public pages."""
    if instance.space_key.startswith("panel-"):
        page_cache.content_changed(sender=Article)


def _panel_of(space_key: str) -> Panel | None:
    return (
        Panel.objects.select_related("centre").filter(centre__country=space_key.removeprefix("panel-").upper()).first()
    )


def _moderates_panel(user: User, space_key: str) -> bool:
    panel = _panel_of(space_key)
    return panel is not None and is_coordinator(user, panel)


def _coordinated_panel_keys(user: User) -> list[str]:
    """The queues of the panels of the countries the user coordinates (only panels that exist)."""
    countries = sorted(youth.coordinated_countries(user))
    panels = Panel.objects.filter(centre__country__in=countries).select_related("centre")
    return sorted(panel.moderation_key for panel in panels)


def _panel_labels(space_keys: list[str]) -> dict[str, str]:
    panels = {p.moderation_key: str(p) for p in Panel.objects.select_related("centre")}
    return {key: panels.get(key, key) for key in space_keys}


def _panel_coordinators(space_key: str) -> list[User]:
    country = space_key.removeprefix("panel-").upper()
    return list(
        User.objects.filter(
            is_active=True,
            centre_roles__role=CentreRole.Kind.YOUTH_COORDINATOR,
            centre_roles__centre__country=country,
            groups__name=Role.YOUTH_COORDINATOR.value,
        )
        .distinct()
        .order_by("pk")
    )


def register_moderation_policies() -> None:
    moderation_spaces.register(
        moderation_spaces.SpacePolicy(
            prefix="panel-",
            can_moderate=_moderates_panel,
            coordinated_keys=_coordinated_panel_keys,
            labels=_panel_labels,
            all_keys=lambda: [panel.moderation_key for panel in Panel.objects.select_related("centre")],
            # Published articles are public: anyone signed in may report one (the report view checks it is
            # published or theirs).
            can_view=lambda user, key: True,
            coordinators=_panel_coordinators,
        )
    )
    # Free-text answers: read by network staff only; held ones wait for the global moderators.
    moderation_spaces.register(
        moderation_spaces.SpacePolicy(
            prefix=CONSULTATION_SPACE_KEY,
            can_moderate=lambda user, key: False,
            coordinated_keys=lambda user: [],
            labels=lambda keys: {key: str(_("Consultation answers")) for key in keys},
            all_keys=lambda: [CONSULTATION_SPACE_KEY],
            can_view=lambda user, key: False,
        )
    )


# --- Consultations --------------------------------------------------------------------------------------


def is_consultation_staff(user: User | AnonymousUser) -> bool:
    """Network admins open consultations and read their answers."""
    signed_in = _signed_in(user)
    return signed_in is not None and (signed_in.is_superuser or has_role(signed_in, Role.NETWORK_ADMIN))


def staff_without_mfa(user: User | AnonymousUser) -> bool:
    return is_consultation_staff(user) and not is_mfa_enabled(user)


def _require_staff(user: User) -> None:
    if not is_consultation_staff(user):
        raise PermissionDenied


def open_consultation(staff: User, **fields: Any) -> Consultation:
    _require_staff(staff)
    consultation = Consultation(created_by=staff, **fields)
    consultation.full_clean()
    consultation.save()
    return consultation


def close_now(staff: User, consultation: Consultation) -> Consultation:
    _require_staff(staff)
    now = timezone.now()
    if consultation.closes_at > now:
        consultation.closes_at = now
        if consultation.opens_at > now:
            consultation.opens_at = now
        consultation.save(update_fields=["closes_at", "opens_at"])
    return consultation


def respond(staff: User, consultation: Consultation, response: str) -> Consultation:
    """What the network did with the young people's views, shown with the results once it closed."""
    _require_staff(staff)
    consultation.response = response.strip()
    consultation.responded_at = timezone.now() if consultation.response else None
    consultation.save(update_fields=["response", "responded_at"])
    return consultation


# --- Consultations in several languages ----------------------------------------------------------------


def written_languages(consultation: Consultation) -> set[str]:
    """The languages the consultation can be read in: its source language and each version written so far."""
    return {consultation.source_language, *consultation.translations.values_list("language", flat=True)}


def translation_languages(consultation: Consultation) -> list[str]:
    """The languages a consultation can have a version in: its languages other than the source language."""
    source = consultation.source_language
    return [code for code in consultation.languages if code != source]


def save_translation(
    staff: User,
    consultation: Consultation,
    language: str,
    *,
    question: str,
    options: list[str],
    response: str = "",
    description: str = "",
) -> ConsultationTranslation:
    """Add or replace the consultation's version in one of its other languages. Every option is labelled, in
    the source's order and number; the form checks this for people, this checks it again for code."""
    _require_staff(staff)
    if language not in translation_languages(consultation):
        raise ValueError(f"{language!r} is not one of the consultation's other languages")
    labels = [label.strip() for label in options]
    if len(labels) != len(consultation.option_list()) or not all(labels) or "\n" in "".join(labels):
        raise ValueError("every option needs one label, in the source's order")
    if not question.strip():
        raise ValueError("the question is missing")
    translation = ConsultationTranslation.objects.filter(consultation=consultation, language=language).first()
    if translation is None:
        translation = ConsultationTranslation(consultation=consultation, language=language)
    translation.question = question.strip()
    translation.description = description.strip()
    translation.options = "\n".join(labels)
    translation.response = response.strip()
    translation.updated_at = timezone.now()
    translation.updated_by = staff
    translation.full_clean(validate_constraints=False)
    translation.save()
    return translation


@dataclass(frozen=True)
class Localised:
    """What a young person reads of a consultation in one language (falling back to the source language)."""

    consultation: Consultation
    language: str  # the language of these texts
    question: str
    description: str
    options: list[str]
    response: str
    # The language of each part that may fall back to the source language where the version leaves it empty.
    description_language: str
    options_language: str
    response_language: str


def localised(consultation: Consultation, language: str) -> Localised:
    """The consultation in `language` if it has a version in it, else in its source language. Reads the
    prefetched `translations` when there are (lists), else one query."""
    source_language = consultation.source_language
    source = Localised(
        consultation,
        source_language,
        consultation.question,
        consultation.description,
        consultation.option_list(),
        consultation.response,
        description_language=source_language,
        options_language=source_language,
        response_language=source_language,
    )
    if language not in translation_languages(consultation):
        return source
    cache = getattr(consultation, "_prefetched_objects_cache", {})
    if "translations" in cache:
        version = next((t for t in consultation.translations.all() if t.language == language), None)
    else:
        version = consultation.translations.filter(language=language).first()
    if version is None:
        return source
    options = version.option_list()
    options_language = language
    if len(options) != len(source.options):  # the source's options changed since: never mislabel a count
        options, options_language = source.options, source.language
    return Localised(
        consultation,
        language,
        version.question,
        version.description or consultation.description,
        options,
        version.response or consultation.response,
        description_language=language if version.description else source.language,
        options_language=options_language,
        response_language=language if version.response else source.language,
    )


def age_of(user: User | AnonymousUser) -> int | None:
    """A youth member's age this year (from the year of birth they gave); None for anyone else."""
    signed_in = _signed_in(user)
    if signed_in is None or not youth.is_youth_member(signed_in):
        return None
    profile = youth.youth_profile(signed_in)
    return youth.age_in_year(profile.year_of_birth) if profile is not None else None


def in_audience(user: User | AnonymousUser, consultation: Consultation) -> bool:
    """Youth members whose age is in the consultation's range see it (to answer, then for its results)."""
    age = age_of(user)
    return age is not None and consultation.min_age <= age <= consultation.max_age


def consultations_for(user: User | AnonymousUser) -> list[Consultation]:
    age = age_of(user)
    if age is None:
        return []
    now = timezone.now()
    return list(
        Consultation.objects.filter(min_age__lte=age, max_age__gte=age, opens_at__lte=now)
        .prefetch_related("translations")
        .order_by("closes_at", "pk")
    )


def has_answered(user: User | AnonymousUser, consultation: Consultation) -> bool:
    signed_in = _signed_in(user)
    return signed_in is not None and Answer.objects.filter(consultation=consultation, user=signed_in).exists()


class AnswerError(Exception):
    """An answer that cannot be taken (closed, already answered, another language, an invalid choice)."""


@transaction.atomic
def answer(user: User, consultation: Consultation, *, language: str, choices: list[int], text: str = "") -> Answer:
    """Take one member's answer, once. Free text goes through the screen; a held one waits for a moderator."""
    if not in_audience(user, consultation):
        raise PermissionDenied
    if not consultation.is_open:
        raise AnswerError(_("This consultation is closed."))
    if language not in consultation.languages:
        raise AnswerError(_("This consultation takes answers in other languages."))
    if has_answered(user, consultation):
        raise AnswerError(_("You have already answered this consultation. Thank you!"))
    text = text.strip()
    options = consultation.option_list()
    if consultation.kind == Consultation.Kind.FREE_TEXT:
        choices = []
        if not text:
            raise AnswerError(_("Write your answer."))
    else:
        text = ""
        if (
            not choices
            or any(not 0 <= choice < len(options) for choice in choices)
            or len(set(choices)) != len(choices)
        ):
            raise AnswerError(_("Choose an answer."))
        if consultation.kind == Consultation.Kind.SINGLE and len(choices) != 1:
            raise AnswerError(_("Choose one answer."))
    item = None
    if text:
        submission = moderation.screen_and_create_item(
            user, ContentType.objects.get_for_model(Answer), CONSULTATION_SPACE_KEY, text, language, trusted=True
        )
        submission.item.save()
        item = submission.item
    try:
        with transaction.atomic():
            created = Answer.objects.create(
                consultation=consultation, user=user, language=language, choices=sorted(choices), text=text,
                moderation=item,
            )  # fmt: skip
    except IntegrityError as exc:  # a second answer sent at the same moment
        raise AnswerError(_("You have already answered this consultation. Thank you!")) from exc
    if item is not None:
        moderation.attach(submission, created.pk)
    return created


@dataclass(frozen=True)
class ResultRow:
    label: str
    value: int | None  # None when suppressed
    shown: str
    percent: int


@dataclass(frozen=True)
class Results:
    total: int
    total_shown: str
    rows: list[ResultRow] = field(default_factory=list)
    by_language: list[tuple[str, str]] = field(default_factory=list)
    free_texts: list[Answer] = field(default_factory=list)  # staff only
    held_texts: int = 0


def results(consultation: Consultation, *, staff: bool, language: str | None = None) -> Results:
    """The answers added up, whatever language they were given in. Young people see counts from 1 to 4 as "<5"
    (so nobody is singled out) and never the free texts; staff see exact counts and the published free texts,
    live. The option labels are in `language` when the consultation has a version in it."""
    public = not staff
    answers = list(Answer.objects.filter(consultation=consultation).values_list("choices", "language"))
    total = len(answers)
    counts: Counter[int] = Counter(choice for choices, _language in answers for choice in choices)
    rows = []
    labels = localised(consultation, language).options if language else consultation.option_list()
    for index, label in enumerate(labels):
        value = counts[index]
        text = shown(value, public=public)
        rows.append(
            ResultRow(
                label,
                None if text == "<5" else value,
                text,
                round(100 * value / total) if total and text != "<5" else 0,
            )
        )
    languages = Counter(language for _choices, language in answers)
    by_language = [(code, shown(count, public=public)) for code, count in sorted(languages.items())]
    texts: list[Answer] = []
    held = 0
    if staff and consultation.kind == Consultation.Kind.FREE_TEXT:
        written = Answer.objects.filter(consultation=consultation).exclude(text="").select_related("moderation")
        texts = [a for a in written if a.moderation is None or a.moderation.status == Status.PUBLISHED]
        held = sum(1 for a in written if a.moderation is not None and a.moderation.status != Status.PUBLISHED)
    return Results(total, shown(total, public=public), rows, by_language, texts, held)


# --- Data export ----------------------------------------------------------------------------------------


def _when(value: dt.datetime | None) -> str | None:
    return value.isoformat() if value else None


def export_user_data(user: User) -> dict[str, object] | None:
    memberships = PanelMember.objects.filter(user=user).select_related("panel__centre")
    articles = Article.objects.filter(author=user).select_related("moderation").order_by("created_at")
    answers = (
        Answer.objects.filter(user=user)
        .select_related("consultation")
        .prefetch_related("consultation__translations")
        .order_by("created_at")
    )
    data: dict[str, object] = {
        "panels": [
            {"panel": m.panel.country_code, "title": m.title, "byline_name": m.byline_name, "first_name": m.first_name}
            for m in memberships
        ],
        "articles": [
            {"title": a.title, "text": a.body, "status": a.moderation.status, "created_at": _when(a.created_at)}
            for a in articles
        ],
        "consultation_answers": [
            {
                "question": text.question,
                "language": a.language,
                "choices": [text.options[i] for i in a.choices if i < len(text.options)],
                "text": a.text,
                "created_at": _when(a.created_at),
            }
            for a in answers
            for text in [localised(a.consultation, a.language)]
        ],
    }
    return data if any(data.values()) else None
