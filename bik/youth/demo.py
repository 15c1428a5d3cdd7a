"""Demo content for BIK Youth (bik/demo/data/youth.yaml): spaces, coordinators, young members (above and below their
country's age of digital consent, one still waiting for a parent), posts and discussions, items waiting in
moderation queues, learning modules with quizzes, upcoming meetings and resources picked from the gallery.
Idempotent: what exists is left alone."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone

from bik.accounts.models import User
from bik.accounts.roles import Role
from bik.demo.datafiles import demo_data
from bik.demo.registry import demo_ids
from bik.demo.services import demo_account, ensure_second_factor
from bik.moderation.models import ModeratedItem, Report, Status
from bik.network.models import Centre, CentreRole, Strand
from bik.pages.models import HomePage
from bik.youth import services
from bik.youth.models import (
    Comment,
    LearningModule,
    Lesson,
    Meeting,
    Post,
    QuizQuestion,
    Space,
    YouthPick,
    YouthProfile,
)


@transaction.atomic
def load(home: HomePage, out: Any = None) -> None:
    data = demo_data("youth")
    spaces = {}
    for slug, spec in data["spaces"].items():
        space = services.european_space() if slug == "europe" else services.national_space(slug.upper())
        if not space.intro:
            space.title, space.intro = spec["title"], spec["intro"]
            space.save(update_fields=["title", "intro"])
        spaces[slug] = space

    coordinator_group = Group.objects.get(name=Role.YOUTH_COORDINATOR.value)
    for spec in data["coordinators"]:
        user = _account(spec["email"], spec["name"])
        user.groups.add(coordinator_group)
        ensure_second_factor(user)
        CentreRole.objects.get_or_create(
            user=user,
            centre=Centre.objects.get(country=spec["country"]),
            role=CentreRole.Kind.YOUTH_COORDINATOR,
            strand=Strand.YOUTH,
        )

    members = _members(data["members"], spaces)
    for spec in data["posts"]:
        _post(spaces[spec["space"]], spec, members)
    for spec in data["modules"]:
        _module(spaces[spec["space"]], spec)
    for spec in data["meetings"]:
        _meeting(spaces[spec["space"]], spec, data["meeting_url"])
    _picks(spaces, data)
    from bik.youth import demo_contributions

    demo_contributions.load(spaces["europe"], members)
    if out is not None:
        out.write(f"Youth area ready ({Post.objects.count()} posts, {Space.objects.count()} spaces).")


def _account(email: str, display_name: str) -> User:
    return demo_account(email, display_name=display_name)


def _members(specs: list[dict[str, Any]], spaces: dict[str, Space]) -> dict[str, User]:
    """The young members by pseudonym; a parent's email, consent and its nonce follow each one's consent state."""
    youth_group = Group.objects.get(name=Role.YOUTH_MEMBER.value)
    members: dict[str, User] = {}
    for spec in specs:
        pseudonym, country, consent = spec["pseudonym"], spec["country"], spec["consent"]
        user = _account(spec["email"], pseudonym)
        user.groups.add(youth_group)
        members[pseudonym] = user
        if YouthProfile.objects.filter(user=user).exists():
            continue
        item = _item(YouthProfile, spaces[country.lower()], user, Status.PUBLISHED, [], timezone.now())
        profile = YouthProfile.objects.create(
            user=user,
            year_of_birth=spec["born"],
            country=country,
            consent_status=consent,
            moderation=item,
            parent_email=f"parent-of-{pseudonym.lower()}@family.example" if consent != "not_needed" else "",
            consent_given_at=timezone.now() if consent == "given" else None,
            consent_text_version=services.CONSENT_TEXT_VERSION if consent == "given" else "",
            consent_nonce="demo-pending-consent" if consent == "pending" else "",
        )
        ModeratedItem.objects.filter(pk=item.pk).update(object_id=profile.pk)
    return members


def _author(name: str, members: dict[str, User]) -> User:
    """A young member by pseudonym, or any account by email."""
    return members.get(name) or User.objects.get(email=name)


def _item(
    model: type[Any], space: Space, author: User, status: str, reasons: list[str], when: dt.datetime
) -> ModeratedItem:
    return ModeratedItem.objects.create(
        content_type=ContentType.objects.get_for_model(model),
        object_id=None,
        space_key=space.moderation_key,
        author=author,
        status=status,
        screen_reasons=reasons,
        held_because="screen" if reasons else ("new_account" if status == Status.HELD else ""),
        created_at=when,
        queued_at=when,
    )


def _post(space: Space, spec: dict[str, Any], members: dict[str, User]) -> None:
    """A post (found by its title in the space, else made with its moderation item), then its comments."""
    post = Post.objects.filter(space=space, title=spec["title"]).first()
    if post is None:
        when = timezone.now() - dt.timedelta(days=spec["days_ago"])
        author = _author(spec["author"], members)
        item = _item(Post, space, author, spec.get("status", Status.PUBLISHED), spec.get("reasons", []), when)
        post = Post.objects.create(
            space=space,
            author=author,
            kind=spec.get("kind", Post.Kind.DISCUSSION),
            title=spec["title"],
            body=spec["body"],
            moderation=item,
            created_at=when,
            updated_at=when,
        )
        ModeratedItem.objects.filter(pk=item.pk).update(object_id=post.pk)
    for comment in spec.get("comments", []):
        _comment(post, comment, members)


def _comment(post: Post, spec: dict[str, Any], members: dict[str, User]) -> None:
    """A comment (found by its text under the post, else made with its moderation item) and the report made of it."""
    comment = Comment.objects.filter(post=post, body=spec["body"]).first()
    if comment is None:
        when = timezone.now() - dt.timedelta(hours=spec["hours_ago"])
        author = _author(spec["author"], members)
        item = _item(Comment, post.space, author, spec.get("status", Status.PUBLISHED), spec.get("reasons", []), when)
        comment = Comment.objects.create(post=post, author=author, body=spec["body"], moderation=item, created_at=when)
        ModeratedItem.objects.filter(pk=item.pk).update(object_id=comment.pk)
    report = spec.get("report")
    if report is not None and not Report.objects.filter(item=comment.moderation).exists():
        Report.objects.create(
            item=comment.moderation,
            reporter=_author(report["by"], members),
            reason=report["reason"],
            details=report["details"],
        )
        # A published item waits from its first open report, as `moderation.services.report` queues it.
        ModeratedItem.objects.filter(pk=comment.moderation_id, status=Status.PUBLISHED).update(queued_at=timezone.now())


def _module(space: Space, spec: dict[str, Any]) -> None:
    """A learning module with its lessons and quiz questions, in their order; left alone if its title exists."""
    if LearningModule.objects.filter(space=space, title=spec["title"]).exists():
        return
    module = LearningModule.objects.create(space=space, title=spec["title"], summary=spec["summary"])
    for order, lesson in enumerate(spec["lessons"]):
        Lesson.objects.create(module=module, title=lesson["title"], body=lesson["body"], sort_order=order)
    for order, question in enumerate(spec["questions"]):
        QuizQuestion.objects.create(
            module=module,
            prompt=question["prompt"],
            choices="\n".join(question["choices"]),
            correct_choice=question["correct"],
            explanation=question["explanation"],
            sort_order=order,
        )


def _meeting(space: Space, spec: dict[str, Any], join_url: str) -> None:
    """An hour-long meeting at 16:00 UTC, days ahead; another is made once the one of that title has passed."""
    if Meeting.objects.filter(space=space, title=spec["title"], starts_at__gte=timezone.now()).exists():
        return
    day = timezone.now().astimezone(dt.UTC).date() + dt.timedelta(days=spec["days_ahead"])
    Meeting.objects.create(
        space=space,
        title=spec["title"],
        description=spec["description"],
        starts_at=dt.datetime.combine(day, dt.time(16, 0), tzinfo=dt.UTC),
        duration_minutes=60,
        join_url=join_url,
    )


def _picks(spaces: dict[str, Space], data: dict[str, Any]) -> None:
    """Resources from the demo gallery picked for young people: the first ones whose title holds the pick's words."""
    from bik.resources.models import Resource
    from bik.resources.services import published_resources

    pickers = {slug: User.objects.filter(email=email).first() for slug, email in data["pickers"].items()}
    for pick in data["picks"]:
        slug = pick["space"]
        demo_resources = published_resources().filter(pk__in=demo_ids(Resource), title__icontains=pick["words"])
        for resource in demo_resources.order_by("pk")[: pick["count"]]:
            YouthPick.objects.get_or_create(
                space=spaces[slug], resource=resource, defaults={"note": pick["note"], "picked_by": pickers.get(slug)}
            )
