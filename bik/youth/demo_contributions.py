# ruff: noqa: E501 -- demo texts read best one per line
"""Demo content for youth webinars (one past with its recording and summary, one coming up), a digital-leader
path over the European space's modules, and resources made by young people (two approved and in the gallery,
one waiting for the French coordinators). Called by bik/youth/demo.py after its spaces, members and modules
exist; idempotent by title."""

from __future__ import annotations

import datetime as dt

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from bik.accounts.models import User
from bik.moderation import services as moderation
from bik.moderation.models import Action, Status
from bik.pictures.demo import draw
from bik.pictures.uploads import clean_picture
from bik.youth import made, webinars
from bik.youth.models import (
    LearningModule,
    LearningPath,
    Meeting,
    ModuleProgress,
    PathBadge,
    PathStep,
    Space,
    WebinarRegistration,
    YouthResource,
)

PAST_WEBINAR = "Webinar: spotting deepfakes"
UPCOMING_WEBINAR = "Webinar: your rights online"
PATH_TITLE = "Digital leaders: level 1"


def load(europe: Space, members: dict[str, User]) -> None:
    _webinars(europe, members)
    _path(europe, members)
    _made(members)


def _at(days: int, hour: int) -> dt.datetime:
    day = timezone.now().astimezone(dt.UTC).date() + dt.timedelta(days=days)
    return dt.datetime.combine(day, dt.time(hour, 0), tzinfo=dt.UTC)


def _webinars(europe: Space, members: dict[str, User]) -> None:
    past = Meeting.objects.filter(title=PAST_WEBINAR, is_webinar=True).first()
    if past is None:
        past = Meeting.objects.create(
            space=europe, is_webinar=True, title=PAST_WEBINAR, starts_at=_at(-20, 16), duration_minutes=60,
            description="How to tell a real video from a fake one, with the Irish youth panel and a researcher.",
            join_url="https://meet.bik.example/webinar-deepfakes",
            recording_url="https://video.bik.example/webinars/spotting-deepfakes",
            summary="Deepfakes are videos or voices made by AI to look real.\n\nThree checks we practised: look at the edges of faces and at hands; search for the same clip from a trusted source; ask who shared it first and why.\n\nIf a deepfake of you or a friend is shared, keep the evidence, report it on the platform and talk to your helpline.",
            follow_up_published_at=_at(-19, 10),
        )  # fmt: skip
        for name in ("BlueFox27", "PixelOwl", "SunnyRiver"):
            WebinarRegistration.objects.get_or_create(
                meeting=past, user=members[name], defaults={"reminded_at": _at(-21, 16)}
            )
    upcoming = Meeting.objects.filter(title=UPCOMING_WEBINAR, is_webinar=True, starts_at__gte=timezone.now()).first()
    if upcoming is None:
        upcoming = Meeting.objects.create(
            space=europe, is_webinar=True, title=UPCOMING_WEBINAR, starts_at=_at(9, 16), duration_minutes=75,
            description="What the law says about your data, your photos and your voice online, with young people from three countries.",
            join_url="https://meet.bik.example/webinar-rights-online",
        )  # fmt: skip
    for name in ("BlueFox27", "GreenComet"):
        if not WebinarRegistration.objects.filter(meeting=upcoming, user=members[name]).exists():
            webinars.register(members[name], upcoming)


def _path(europe: Space, members: dict[str, User]) -> None:
    modules = list(LearningModule.objects.filter(space=europe, is_published=True).order_by("pk")[:2])
    if len(modules) < 2:
        return
    path = LearningPath.objects.filter(title=PATH_TITLE).first()
    if path is None:
        path = LearningPath.objects.create(
            space=europe, title=PATH_TITLE, badge_name="Digital leader", is_published=True,
            summary="Two short modules to become your class's go-to person for safe accounts and smart sharing.",
        )  # fmt: skip
        for order, module in enumerate(modules):
            PathStep.objects.create(path=path, module=module, sort_order=order)
    # PixelOwl finished the path (and sees the badge on their own profile); BlueFox27 is half-way.
    owl, fox = members["PixelOwl"], members["BlueFox27"]
    for module in modules:
        ModuleProgress.objects.get_or_create(
            user=owl, module=module,
            defaults={"lessons_done": list(module.lessons.values_list("pk", flat=True)), "quiz_score": 2, "completed_at": _at(-3, 15)},
        )  # fmt: skip
    PathBadge.objects.get_or_create(user=owl, path=path, defaults={"awarded_at": _at(-3, 15)})
    first = modules[0]
    ModuleProgress.objects.get_or_create(
        user=fox, module=first,
        defaults={"lessons_done": list(first.lessons.values_list("pk", flat=True)), "quiz_score": 1, "completed_at": _at(-1, 17)},
    )  # fmt: skip


def _poster() -> SimpleUploadedFile:
    return SimpleUploadedFile("poster.jpg", draw("megaphone", 2), content_type="image/jpeg")


MADE = (
    # author, coordinator who decides (None: waiting), input, with a poster
    ("BlueFox27", "youth-coordinator@bik.example", made.MadeInput(
        kind=YouthResource.Kind.POSTER, title="Think before you post",
        description="A poster for school corridors: three questions to ask yourself before you post a photo of someone else.",
        licence=YouthResource.Licence.CC_BY, co_creators="SunnyRiver",
        poster_alt="A megaphone on a coloured background with the words: Is it kind? Is it true? Did they say yes?",
    ), True),
    ("PixelOwl", "youth-coordinator-fr@bik.example", made.MadeInput(
        kind=YouthResource.Kind.GUIDE, title="Two-step sign-in in five minutes",
        description="A guide by young people for young people: turn on two-step sign-in on the apps you use most.",
        licence=YouthResource.Licence.CC_BY_SA,
        guide_text="1. Open the app's settings and find Security.\n2. Choose two-step (or two-factor) sign-in.\n3. Pick an authenticator app rather than text messages if you can.\n4. Save the backup codes somewhere safe, not in your photos.\n5. Tell a friend to do the same!",
    ), False),
    ("StarKite", None, made.MadeInput(
        kind=YouthResource.Kind.VIDEO, title="Ma vidéo sur le cyberharcèlement",
        description="Une courte vidéo sur ce qu'on peut faire quand un ami est harcelé en ligne.",
        licence=YouthResource.Licence.ALL_RIGHTS_RESERVED,
        video_url="https://video.bik.example/jeunes/cyberharcelement",
    ), False),
)  # fmt: skip


# The gallery's "made by young people" type in the languages the demo gallery has term records in.
MADE_TYPE_NAMES = {"fr": "Fait par des jeunes", "el": "Φτιαγμένο από νέους"}


def _made_type_translations() -> None:
    from wagtail.models import Locale

    from bik.resources.models import ResourceType
    from bik.resources.services import made_by_young_people_type

    term = made_by_young_people_type()
    for code, name in MADE_TYPE_NAMES.items():
        locale = Locale.objects.filter(language_code=code).first()
        if (
            locale is not None
            and not ResourceType.objects.filter(translation_key=term.translation_key, locale=locale).exists()
        ):
            copy = term.copy_for_translation(locale)
            copy.name = name
            copy.save()


def _made(members: dict[str, User]) -> None:
    _made_type_translations()
    for name, coordinator_email, data, with_poster in MADE:
        if YouthResource.objects.filter(title=data.title).exists():
            continue
        author = members[name]
        submitted = made.submit(author, data, clean_picture(_poster()) if with_poster else None)
        coordinator = User.objects.filter(email=coordinator_email).first() if coordinator_email else None
        if coordinator is not None and submitted.moderation.status == Status.HELD:
            moderation.moderate(coordinator, submitted.moderation, Action.APPROVE)
