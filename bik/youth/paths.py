"""Digital-leader programmes as learning paths: learning modules followed in order. A member's progress is
read from their progress in each module; finishing the last module of a path earns its badge, which only the
member sees (on their own profile), never other members and never the public."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import models

from bik.accounts.models import User
from bik.youth.models import LearningModule, LearningPath, ModuleProgress, PathBadge, PathStep, Space


def visible_paths(space: Space) -> models.QuerySet[LearningPath]:
    published: models.QuerySet[LearningPath] = LearningPath.objects.filter(space=space, is_published=True)
    return published.order_by("title", "pk")


@dataclass(frozen=True)
class StepProgress:
    number: int
    module: LearningModule
    done: bool
    is_next: bool


@dataclass(frozen=True)
class PathProgress:
    path: LearningPath
    steps: list[StepProgress]
    badge: PathBadge | None

    @property
    def done_count(self) -> int:
        return sum(1 for step in self.steps if step.done)

    @property
    def is_complete(self) -> bool:
        return bool(self.steps) and self.done_count == len(self.steps)


def _steps(path: LearningPath) -> list[PathStep]:
    return list(
        PathStep.objects.filter(path=path, module__is_published=True)
        .select_related("module", "module__space")
        .order_by("sort_order", "pk")
    )


def progress(user: User, path: LearningPath) -> PathProgress:
    """The path's published modules in order, which the member finished, and the first one still to do."""
    steps = _steps(path)
    finished = set(
        ModuleProgress.objects.filter(
            user=user, module_id__in=[step.module_id for step in steps], completed_at__isnull=False
        ).values_list("module_id", flat=True)
    )
    next_found = False
    rows = []
    for number, step in enumerate(steps, start=1):
        done = step.module_id in finished
        is_next = not done and not next_found
        next_found = next_found or is_next
        rows.append(StepProgress(number, step.module, done, is_next))
    return PathProgress(path, rows, PathBadge.objects.filter(user=user, path=path).first())


def award_badges(user: User, module: LearningModule) -> list[PathBadge]:
    """After the member finished `module`: the badge of every published path it completes."""
    awarded = []
    for path in LearningPath.objects.filter(is_published=True, steps__module=module).distinct():
        if progress(user, path).is_complete:
            badge, created = PathBadge.objects.get_or_create(user=user, path=path)
            if created:
                awarded.append(badge)
    return awarded


def badges_of(user: User) -> list[PathBadge]:
    """The member's own badges, for their own profile page only."""
    return list(PathBadge.objects.filter(user=user).select_related("path").order_by("awarded_at", "pk"))
