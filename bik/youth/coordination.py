"""What youth coordinators do for the spaces they run, on the front end (their role has no admin access):
plan, change and cancel online meetings; write learning modules (lessons, then a quiz); pick resources from
the gallery for young people. Editors and network admins may pick resources too. Views call these; every
function checks who is asking."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.db import models, transaction
from django.utils import timezone

from bik.accounts.models import User
from bik.accounts.roles import Role, has_role
from bik.catalogue.pages import index_url
from bik.resources import services as resources
from bik.resources.models import Resource, ResourceGalleryPage, ResourceLanguageVersion
from bik.youth.models import LearningModule, Lesson, Meeting, ModuleProgress, QuizQuestion, Space, YouthPick
from bik.youth.services import is_coordinator_of, space_timezone

# A short list chosen with care, not a second gallery: the space page and the list of picks need no paging.
MAX_PICKS_PER_SPACE = 50
# Meetings stay on the coordinators' list (and the members') this long after they started.
RECENT_MEETING = dt.timedelta(hours=2)


def require_coordinator(user: User | AnonymousUser, space: Space) -> User:
    if not isinstance(user, User) or not is_coordinator_of(user, space):
        raise PermissionDenied
    return user


# --- Meetings -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MeetingInput:
    title: str
    description: str
    day: dt.date
    time: dt.time
    duration_minutes: int
    join_url: str
    is_webinar: bool = False


def local_start(space: Space, day: dt.date, time: dt.time) -> dt.datetime:
    """The moment a coordinator means by a date and a clock time in their space's time zone."""
    return dt.datetime.combine(day, time, tzinfo=space_timezone(space))


def upcoming_meetings(space: Space) -> models.QuerySet[Meeting]:
    """Meetings that have not ended long ago, cancelled ones included (marked as such). Webinars have pages of
    their own (their joining link is for registered members only): bik/youth/webinars.py."""
    return Meeting.objects.select_related("space").filter(
        space=space, is_webinar=False, starts_at__gte=timezone.now() - RECENT_MEETING
    )


@transaction.atomic
def save_meeting(user: User, space: Space, data: MeetingInput, meeting: Meeting | None = None) -> Meeting:
    require_coordinator(user, space)
    if meeting is None:
        meeting = Meeting(space=space, created_by=user, is_webinar=data.is_webinar and space.is_european)
    elif meeting.space_id != space.pk or meeting.is_cancelled:
        raise PermissionDenied
    moved = meeting.pk is not None and meeting.starts_at != local_start(space, data.day, data.time)
    meeting.title = data.title
    meeting.description = data.description
    meeting.starts_at = local_start(space, data.day, data.time).astimezone(dt.UTC)
    meeting.duration_minutes = data.duration_minutes
    meeting.join_url = data.join_url
    meeting.updated_at = timezone.now()
    meeting.save()
    if meeting.is_webinar and moved:
        from bik.youth import webinars  # webinars build on meetings

        webinars.reschedule_reminders(meeting)
    return meeting


@transaction.atomic
def cancel_meeting(user: User, meeting: Meeting) -> Meeting:
    require_coordinator(user, meeting.space)
    if not meeting.is_cancelled:
        meeting.cancelled_at = meeting.updated_at = timezone.now()
        meeting.save(update_fields=["cancelled_at", "updated_at"])
    return meeting


# --- Learning modules -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class LessonInput:
    pk: int | None
    title: str
    body: str
    video_url: str = ""


@dataclass(frozen=True)
class QuestionInput:
    pk: int | None
    prompt: str
    choices: str
    correct_choice: int
    explanation: str


@dataclass(frozen=True)
class ModuleInput:
    title: str
    summary: str
    is_published: bool
    lessons: Sequence[LessonInput]
    questions: Sequence[QuestionInput]


def modules_to_manage(space: Space) -> models.QuerySet[LearningModule]:
    modules: models.QuerySet[LearningModule] = LearningModule.objects.filter(space=space).annotate(
        lesson_count=models.Count("lessons", distinct=True), question_count=models.Count("questions", distinct=True)
    )
    return modules


@transaction.atomic
def save_module(user: User, space: Space, data: ModuleInput, module: LearningModule | None = None) -> LearningModule:
    """Create or change a module with its lessons and quiz in the order given. Lessons and questions keep
    their identity when edited (so members' progress survives); the ones left out are removed."""
    require_coordinator(user, space)
    if module is None:
        module = LearningModule(space=space)
    elif module.space_id != space.pk:
        raise PermissionDenied
    module.title, module.summary, module.is_published = data.title, data.summary, data.is_published
    module.save()

    kept_lessons = _sync_children(
        Lesson,
        module,
        [(item.pk, {"title": item.title, "body": item.body, "video_url": item.video_url}) for item in data.lessons],
    )
    _sync_children(
        QuizQuestion,
        module,
        [
            (
                item.pk,
                {
                    "prompt": item.prompt,
                    "choices": item.choices,
                    "correct_choice": item.correct_choice,
                    "explanation": item.explanation,
                },
            )
            for item in data.questions
        ],
    )
    for progress in ModuleProgress.objects.filter(module=module):
        done = [pk for pk in progress.lessons_done if pk in kept_lessons]
        if done != progress.lessons_done:
            progress.lessons_done = done
            progress.save(update_fields=["lessons_done"])
    return module


def _sync_children(
    model: type[Lesson] | type[QuizQuestion],
    module: LearningModule,
    rows: Sequence[tuple[int | None, dict[str, object]]],
) -> set[int]:
    existing = {row.pk: row for row in model.objects.filter(module=module)}
    kept: set[int] = set()
    for order, (pk, values) in enumerate(rows):
        row = existing.get(pk) if pk is not None else None
        if row is None:
            row = model(module=module)
        for name, value in values.items():
            setattr(row, name, value)
        row.sort_order = order
        row.save()
        kept.add(row.pk)
    model.objects.filter(module=module).exclude(pk__in=kept).delete()
    return kept


# --- Resources picked for young people ------------------------------------------------------------------


def can_pick(user: User | AnonymousUser, space: Space) -> bool:
    """The space's coordinators, and the editors and network admins who look after the resource gallery."""
    if not isinstance(user, User) or not user.is_authenticated:
        return False
    return picks_for_every_space(user) or is_coordinator_of(user, space)


def picks_for_every_space(user: User | AnonymousUser) -> bool:
    """The editors and network admins who look after the resource gallery (the admin menu leads them to the
    spaces: they cannot open the spaces themselves)."""
    if not isinstance(user, User) or not user.is_authenticated:
        return False
    return bool(user.is_superuser or has_role(user, Role.EDITOR) or has_role(user, Role.NETWORK_ADMIN))


def pickable_spaces(user: User | AnonymousUser) -> list[Space]:
    return [space for space in Space.objects.order_by("country", "title") if can_pick(user, space)]


def find_resources(query: str) -> models.QuerySet[Resource]:
    """Published resources whose title, in any of its languages, contains `query`."""
    query = query.strip()
    published = resources.published_resources()
    if not query:
        return published.none()
    translated = Resource.objects.filter(live=True, title__icontains=query).values("translation_key")
    return (
        published.filter(models.Q(title__icontains=query) | models.Q(translation_key__in=translated))
        .prefetch_related(
            models.Prefetch("language_versions", queryset=ResourceLanguageVersion.objects.order_by("sort_order", "pk"))
        )
        .order_by("title", "pk")
    )


class TooManyPicksError(Exception):
    """The space has as many picked resources as it may show."""


@transaction.atomic
def pick(user: User, space: Space, resource_id: int, note: str = "") -> YouthPick:
    if not can_pick(user, space):
        raise PermissionDenied
    resource = resources.published_resources().filter(pk=resource_id).first()
    if resource is None:
        raise Resource.DoesNotExist
    if YouthPick.objects.filter(space=space).exclude(resource=resource).count() >= MAX_PICKS_PER_SPACE:
        raise TooManyPicksError
    chosen, created = YouthPick.objects.get_or_create(
        space=space, resource=resource, defaults={"note": note.strip(), "picked_by": user}
    )
    if not created and note.strip() and note.strip() != chosen.note:
        chosen.note = note.strip()
        chosen.save(update_fields=["note"])
    return chosen


def unpick(user: User, space: Space, pick_id: int) -> None:
    if not can_pick(user, space):
        raise PermissionDenied
    YouthPick.objects.filter(space=space, pk=pick_id).delete()


@dataclass(frozen=True)
class PickedResource:
    pick: YouthPick
    title: str
    languages: list[str]
    url: str


def picked_resources(
    space: Space, language: str, gallery_url: str | None, *, limit: int | None = None
) -> list[PickedResource]:
    """The published resources picked for a space, newest pick first, with the title in `language` where it
    is translated and the names of the languages the resource is available in. Two queries: the picks with
    their resources and translated titles, and the resources' language versions."""
    translated: models.Subquery | models.Value = models.Value(None, output_field=models.CharField())
    if language != settings.LANGUAGE_CODE:  # English readers get the originals' own titles
        titles = Resource.objects.filter(
            translation_key=models.OuterRef("resource__translation_key"), live=True, locale__language_code=language
        )
        translated = models.Subquery(titles.values("title")[:1])
    picks = (
        YouthPick.objects.filter(space=space, resource__live=True, resource__is_original=True)
        .select_related("resource")
        .annotate(translated_title=translated)
        .prefetch_related(
            models.Prefetch(
                "resource__language_versions",
                queryset=ResourceLanguageVersion.objects.order_by("sort_order", "pk"),
            )
        )
        .order_by("-created_at", "-pk")
    )
    rows = list(picks[:limit] if limit else picks)
    return [
        PickedResource(
            pick=row,
            title=row.translated_title or row.resource.title,
            languages=[version.language_name for version in row.resource.language_versions.all()],
            url=resources.resource_path(gallery_url, row.resource) if gallery_url else "",
        )
        for row in rows
    ]


def gallery_url(language: str) -> str | None:
    """The resource gallery's address in `language` (else English), or None while there is no gallery."""
    return index_url(ResourceGalleryPage, language) or None
