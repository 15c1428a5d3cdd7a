"""Resources made by young people: a youth member offers a poster, a video link or a guide they made (with
co-creators named by pseudonym and a licence); the screen reads its text and it always waits for the
coordinators of the member's national space, who approve or reject it in their moderation queue (a
rejection carries a reason the member reads). Approved, it is published in the resource gallery as
"made by young people", credited by pseudonym only, and can be picked for youth spaces like any resource."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db import models, transaction
from django.utils.translation import gettext as _

from bik.accounts.models import User
from bik.moderation import services as moderation
from bik.moderation import spaces as moderation_spaces
from bik.moderation.models import ModeratedItem, Status
from bik.pictures.uploads import CleanPicture, store_picture
from bik.resources import services as resources
from bik.youth import services
from bik.youth.models import Space, YouthResource

# Why a resource made by young people waits even when the screen found nothing: it goes to the public gallery.
HELD_FOR_GALLERY = "gallery_review"


def why_not_submit(user: User | AnonymousUser) -> str:
    """ "" when the user may offer a resource, else why not."""
    if not isinstance(user, User) or not services.is_youth_member(user):
        return _("Only youth members can offer a resource they made.")
    profile = services.youth_profile(user)
    if profile is None or not profile.may_post:
        return _("You can offer a resource once your parent or carer has said yes by email.")
    if moderation.active_suspension(user) is not None:
        return _("Your account is suspended from writing for a while.")
    return ""


@dataclass(frozen=True)
class MadeInput:
    kind: str
    title: str
    description: str
    licence: str
    co_creators: str = ""
    poster_alt: str = ""
    video_url: str = ""
    guide_text: str = ""


@transaction.atomic
def submit(author: User, data: MadeInput, poster: CleanPicture | None = None) -> YouthResource:
    why_not = why_not_submit(author)
    if why_not:
        raise PermissionDenied(why_not)
    if data.kind not in YouthResource.Kind.values or data.licence not in YouthResource.Licence.values:
        raise ValueError("Unknown kind or licence.")
    if data.kind == YouthResource.Kind.POSTER and (poster is None or not data.poster_alt.strip()):
        raise ValueError("A poster needs its picture and a description of it.")
    profile = services.youth_profile(author)
    assert profile is not None  # noqa: S101 -- why_not_submit made sure
    space = services.national_space(str(profile.country))
    languages = services.writer_languages(author, space)
    made = YouthResource(
        space=space,
        author=author,
        kind=data.kind,
        title=data.title.strip(),
        description=data.description.strip(),
        poster_alt=data.poster_alt.strip() if data.kind == YouthResource.Kind.POSTER else "",
        video_url=data.video_url.strip() if data.kind == YouthResource.Kind.VIDEO else "",
        guide_text=data.guide_text.strip() if data.kind == YouthResource.Kind.GUIDE else "",
        licence=data.licence,
        co_creators=", ".join(name.strip() for name in data.co_creators.split(",") if name.strip())[:200],
        language=author.preferred_language or space.language,
    )
    submission = moderation.screen_and_create_item(
        author,
        ContentType.objects.get_for_model(YouthResource),
        space.moderation_key,
        made.moderation_text(),
        languages[0],
        also=languages[1:],
    )
    item = submission.item
    # The gallery is public: a person decides, whatever the screen found.
    item.status = Status.HELD
    item.held_because = item.held_because or HELD_FOR_GALLERY
    item.save()
    if poster is not None and made.kind == YouthResource.Kind.POSTER:
        made.poster = store_picture(poster, title=made.title, description=made.poster_alt)
    made.moderation = item
    made.save()
    moderation.attach(submission, made.pk)
    return made


def mine(user: User) -> models.QuerySet[YouthResource]:
    return YouthResource.objects.filter(author=user).select_related("moderation", "resource").order_by("-created_at")


def waiting(space: Space) -> list[YouthResource]:
    """Resources of the space waiting for its coordinators (they decide in the moderation queue)."""
    return list(
        YouthResource.objects.filter(space=space, moderation__status=Status.HELD)
        .select_related("moderation", "author")
        .order_by("created_at", "pk")[:50]
    )


def can_see(user: User | AnonymousUser, made: YouthResource) -> bool:
    """Its author, and whoever moderates its space (the space's coordinators, moderators, network admins)."""
    if not isinstance(user, User) or not user.is_authenticated:
        return False
    return made.author_id == user.pk or moderation_spaces.can_moderate(user, made.moderation.space_key)


def _on_decision(item: ModeratedItem, action: str, moderator: User) -> None:
    """The moderation engine's decision hook: approved → in the gallery; hidden or rejected → out of it."""
    made = YouthResource.objects.select_related("author", "resource", "poster").filter(moderation=item).first()
    if made is None:
        return
    if item.status == Status.PUBLISHED and made.resource is None:
        made.resource = resources.publish_youth_made(
            resources.YouthMadeResource(
                title=made.title,
                description=made.description + ("\n\n" + made.guide_text if made.guide_text else ""),
                licence=made.licence,
                credit=made.credit(),
                language=made.language,
                kind=made.kind,
                image=made.poster,
                image_alt=made.poster_alt,
                link=made.video_url or _poster_link(made),
            )
        )
        made.save(update_fields=["resource"])
    elif item.status == Status.PUBLISHED and made.resource is not None and not made.resource.live:
        made.resource.save_revision().publish()
    elif item.status != Status.PUBLISHED and made.resource is not None:
        resources.withdraw_youth_made(made.resource)


def _poster_link(made: YouthResource) -> str:
    """The poster's own (re-encoded) file, to download from the gallery."""
    if made.poster is None:
        return ""
    return settings.SITE_URL.rstrip("/") + str(made.poster.file.url)


def gallery_link(made: YouthResource) -> str:
    """The published resource's page in the gallery, or "" while it is not published."""
    if made.resource is None or not made.resource.live:
        return ""
    gallery = resources.gallery_in(made.language)
    if gallery is None or not gallery.url:
        return ""
    return resources.resource_path(str(gallery.url), made.resource)


def register_decision_hook() -> None:
    moderation.on_decision(YouthResource, _on_decision)


def forget_author(user: User) -> None:
    """Leaving (bik.accounts.leaving): what they made stays in the gallery, their pseudonym leaves its credit,
    in a new published revision so that no later publication brings it back."""
    from bik.resources.models import Resource

    for offered in YouthResource.objects.filter(author=user, resource__isnull=False).select_related("resource"):
        assert offered.resource is not None  # noqa: S101 -- filtered on it
        names = [name.strip() for name in offered.co_creators.split(",") if name.strip()]
        credit = ", ".join(names) or "young people"
        for resource in Resource.objects.filter(translation_key=offered.resource.translation_key):
            resource.youth_credit = credit
            if resource.live:
                resource.save_revision().publish()
            else:
                resource.save(update_fields=["youth_credit"])


def export_rows(user: User) -> list[dict[str, object]]:
    return [
        {
            "kind": row.kind,
            "title": row.title,
            "description": row.description,
            "licence": row.licence,
            "co_creators": row.co_creators,
            "status": row.moderation.status,
            "statement_of_reasons": row.moderation.decision_reason,
            "created_at": row.created_at.isoformat(),
        }
        for row in mine(user)
    ]
