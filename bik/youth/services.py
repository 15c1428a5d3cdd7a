"""The youth area's rules: who may join (age and consent), who may see and post in which space, and what
joining, posting, commenting, blocking, learning and meetings do. Views and the admin call these."""

from __future__ import annotations

import datetime as dt
import functools
import secrets
import zoneinfo
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from allauth.account.models import EmailAddress
from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.contrib.auth.models import AnonymousUser, Group
from django.contrib.contenttypes.models import ContentType
from django.core import signing
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import EmailMessage
from django.core.paginator import Page
from django.db import models, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from bik.accounts import ratelimits
from bik.accounts.models import User
from bik.accounts.roles import Role, has_role
from bik.community.models import Membership
from bik.moderation import services as moderation
from bik.moderation import spaces as moderation_spaces
from bik.moderation.models import ModeratedItem, Status
from bik.moderation.screen import ScreenResult
from bik.network.models import Centre, CentreRole
from bik.outbox.services import send_message_on_commit
from bik.pages.pagination import page_showing
from bik.youth import sessions
from bik.youth.models import (
    DEFAULT_CONSENT_AGE,
    EUROPEAN_SLUG,
    Avatar,
    Block,
    Comment,
    ConsentAge,
    LearningModule,
    ModuleProgress,
    Post,
    Space,
    YouthProfile,
)

CONSENT_TEXT_VERSION = "2026-01"
CONSENT_LINK_MAX_AGE = 14 * 24 * 60 * 60  # two weeks
_CONSENT_SALT = "bik.youth.parental-consent"

# The language of each country's national space (a country's first official language on the platform).
COUNTRY_LANGUAGES = {
    "AT": "de", "BE": "nl", "BG": "bg", "CY": "el", "CZ": "cs", "DE": "de", "DK": "da", "EE": "et", "ES": "es",
    "FI": "fi", "FR": "fr", "GB": "en", "GR": "el", "HR": "hr", "HU": "hu", "IE": "en", "IS": "is", "IT": "it",
    "LT": "lt", "LU": "fr", "LV": "lv", "MT": "mt", "NL": "nl", "NO": "nb", "PL": "pl", "PT": "pt", "RO": "ro",
    "RS": "sr", "SE": "sv", "SI": "sl", "SK": "sk", "UA": "uk",
}  # fmt: skip


# The main time zone of each national space; the European space uses the platform's (Brussels) time.
COUNTRY_TIMEZONES = {
    "AT": "Europe/Vienna", "BE": "Europe/Brussels", "BG": "Europe/Sofia", "CY": "Asia/Nicosia",
    "CZ": "Europe/Prague", "DE": "Europe/Berlin", "DK": "Europe/Copenhagen", "EE": "Europe/Tallinn",
    "ES": "Europe/Madrid", "FI": "Europe/Helsinki", "FR": "Europe/Paris", "GB": "Europe/London",
    "GR": "Europe/Athens", "HR": "Europe/Zagreb", "HU": "Europe/Budapest", "IE": "Europe/Dublin",
    "IS": "Atlantic/Reykjavik", "IT": "Europe/Rome", "LT": "Europe/Vilnius", "LU": "Europe/Luxembourg",
    "LV": "Europe/Riga", "MT": "Europe/Malta", "NL": "Europe/Amsterdam", "NO": "Europe/Oslo",
    "PL": "Europe/Warsaw", "PT": "Europe/Lisbon", "RO": "Europe/Bucharest", "RS": "Europe/Belgrade",
    "SE": "Europe/Stockholm", "SI": "Europe/Ljubljana", "SK": "Europe/Bratislava", "UA": "Europe/Kyiv",
}  # fmt: skip


def space_timezone(space: Space) -> zoneinfo.ZoneInfo:
    """Where a space's meetings are planned and first shown: its country's main zone, else Brussels time."""
    return zoneinfo.ZoneInfo(COUNTRY_TIMEZONES.get(str(space.country.code or ""), settings.TIME_ZONE))


def minimum_age() -> int:
    return settings.BIK_YOUTH_MINIMUM_AGE


def consent_age(country: str) -> int:
    row = ConsentAge.objects.filter(country=country).first()
    return row.age if row else DEFAULT_CONSENT_AGE


def age_in_year(year_of_birth: int, today: dt.date | None = None) -> int:
    """The age someone born in `year_of_birth` reaches this year. We ask for the year only (less personal
    data); counting the birthday as passed errs towards asking for consent no later than the law does."""
    today = today or timezone.localdate()
    return today.year - year_of_birth


# --- Spaces and roles -----------------------------------------------------------------------------------


def european_space() -> Space:
    space, _created = Space.objects.get_or_create(
        slug=EUROPEAN_SLUG, defaults={"title": "European youth space", "language": "en"}
    )
    return space


def national_space(country: str) -> Space:
    code = country.upper()
    space, _created = Space.objects.get_or_create(
        slug=code.lower(),
        defaults={
            "title": f"{Centre(country=code).country.name} youth space",
            "country": code,
            "language": COUNTRY_LANGUAGES.get(code, "en"),
        },
    )
    return space


def youth_profile(user: User | AnonymousUser) -> YouthProfile | None:
    if not isinstance(user, User) or not user.is_authenticated:
        return None
    return YouthProfile.objects.filter(user=user).first()


def is_youth_member(user: User | AnonymousUser) -> bool:
    return isinstance(user, User) and has_role(user, Role.YOUTH_MEMBER)


def is_youth_coordinator(user: User | AnonymousUser) -> bool:
    """A youth coordinator who can act as one: coordinators read what young people wrote before anyone else does
    (held posts may carry a phone number or a school), so the role counts only with a second factor set up."""
    return (
        isinstance(user, User)
        and user.is_authenticated
        and has_role(user, Role.YOUTH_COORDINATOR)
        and bool(is_mfa_enabled(user))
    )


def coordinator_lacks_second_factor(user: User | AnonymousUser) -> bool:
    """A youth coordinator who has not set up a second factor yet: sent to set one up."""
    return isinstance(user, User) and has_role(user, Role.YOUTH_COORDINATOR) and not is_mfa_enabled(user)


COORDINATOR_SECOND_FACTOR = gettext_lazy("Youth coordinators must set up two-factor authentication first.")


def coordinated_countries(user: User | AnonymousUser) -> frozenset[str]:
    """The countries whose youth spaces the user coordinates, read once per user object (pages ask per space)."""
    if not isinstance(user, User) or not user.is_authenticated or not has_role(user, Role.YOUTH_COORDINATOR):
        return frozenset()
    known: frozenset[str] | None = user.__dict__.get("_bik_coordinated_countries")
    if known is None:
        known = frozenset()
        if is_youth_coordinator(user):
            roles = CentreRole.objects.filter(user=user, role=CentreRole.Kind.YOUTH_COORDINATOR)
            known = frozenset(str(code) for code in roles.values_list("centre__country", flat=True))
        user.__dict__["_bik_coordinated_countries"] = known
    return known


def is_coordinator_of(user: User | AnonymousUser, space: Space) -> bool:
    """The adults who run a space: its country's youth coordinators; network admins for the European one."""
    if not isinstance(user, User) or not user.is_authenticated:
        return False
    if space.is_european:
        return bool(user.is_superuser or has_role(user, Role.NETWORK_ADMIN))
    return str(space.country.code) in coordinated_countries(user)


def can_view(
    user: User | AnonymousUser,
    space: Space,
    profile_of: Callable[[User | AnonymousUser], YouthProfile | None] = youth_profile,
) -> bool:
    """Signed-in youth members of the space, its coordinators (any youth coordinator for the European space),
    moderators and network admins. Nobody else, including other signed-in adults."""
    if not isinstance(user, User) or not user.is_authenticated:
        return False
    if moderation_spaces.is_global_moderator(user) or is_coordinator_of(user, space):
        return True
    if space.is_european and is_youth_coordinator(user):
        return True
    if not is_youth_member(user):
        return False
    if space.is_european:
        return True
    profile = profile_of(user)
    return profile is not None and profile.country == space.country


def visible_spaces(user: User | AnonymousUser) -> list[Space]:
    profile_once = functools.cache(youth_profile)  # asked per space, read once
    return [space for space in Space.objects.order_by("country", "title") if can_view(user, space, profile_once)]


@dataclass(frozen=True)
class PostingRight:
    allowed: bool
    why_not: str = ""


def posting_right(
    user: User | AnonymousUser,
    space: Space,
    profile_of: Callable[[User | AnonymousUser], YouthProfile | None] = youth_profile,
) -> PostingRight:
    profile_once = functools.cache(profile_of)  # can_view may ask for it too
    if not can_view(user, space, profile_once):
        return PostingRight(False, _("You cannot take part in this space."))
    if is_coordinator_of(user, space):
        return PostingRight(True)
    profile = profile_once(user)
    if not is_youth_member(user) or profile is None:
        return PostingRight(False, _("Only young members and the space's coordinators can write here."))
    if not profile.may_post:
        return PostingRight(
            False, _("You can read everything here. You can write once your parent or carer has said yes by email.")
        )
    assert isinstance(user, User)  # noqa: S101 -- can_view made sure
    if moderation.active_suspension(user) is not None:
        return PostingRight(False, _("Your account is suspended from writing for a while."))
    return PostingRight(True)


def _moderates_youth_space(user: User, space_key: str) -> bool:
    """Whether `user` coordinates the space: answered once per user object and space (a page asks for its list
    and for its links), and without a look-up for someone who coordinates no space."""
    if not coordinated_countries(user) and not (user.is_superuser or has_role(user, Role.NETWORK_ADMIN)):
        return False
    known: dict[str, bool] = user.__dict__.setdefault("_bik_coordinates_youth_space", {})
    if space_key not in known:
        space = Space.objects.filter(slug=space_key.removeprefix("youth-")).first()
        known[space_key] = space is not None and is_coordinator_of(user, space)
    return known[space_key]


def _views_youth_space(user: User, space_key: str) -> bool:
    space = Space.objects.filter(slug=space_key.removeprefix("youth-")).first()
    return space is not None and can_view(user, space)


def _coordinated_keys(user: User) -> list[str]:
    keys = [f"youth-{code.lower()}" for code in sorted(coordinated_countries(user))]
    if user.is_superuser or has_role(user, Role.NETWORK_ADMIN):
        keys.insert(0, f"youth-{EUROPEAN_SLUG}")
    return keys


def _space_labels(space_keys: list[str]) -> dict[str, str]:
    titles = dict(
        Space.objects.filter(slug__in=[key.removeprefix("youth-") for key in space_keys]).values_list("slug", "title")
    )
    return {key: str(titles.get(key.removeprefix("youth-"), key)) for key in space_keys}


def space_coordinators(space_key: str) -> list[User]:
    """The adults told at once about an urgent item in a space: the country's youth coordinators; network
    admins for the European space."""
    space = Space.objects.filter(slug=space_key.removeprefix("youth-")).first()
    if space is None:
        return []
    if space.is_european:
        people = User.objects.filter(models.Q(is_superuser=True) | models.Q(groups__name=Role.NETWORK_ADMIN.value))
    else:
        people = User.objects.filter(
            centre_roles__role=CentreRole.Kind.YOUTH_COORDINATOR,
            centre_roles__centre__country=space.country,
            groups__name=Role.YOUTH_COORDINATOR.value,
        )
    return list(people.filter(is_active=True).distinct().order_by("pk"))


def writer_languages(author: User, space: Space) -> tuple[str, ...]:
    """The languages a post in `space` is screened in: the space's and its writer's (their country's language
    and the language they chose for the site)."""
    profile = youth_profile(author)
    languages = [space.language, author.preferred_language]
    if profile is not None:
        languages.append(COUNTRY_LANGUAGES.get(str(profile.country), ""))
    return tuple(dict.fromkeys(code for code in languages if code))


def screen_writing(
    author: User, space: Space, model: type[models.Model], key: str, text: str, *, trusted: bool, conversation: str = ""
) -> moderation.Submission:
    """Screen what `author` wrote in `space`, in the languages they write in there, and open its moderation
    record (a `model`, in the moderation space `key`): a post, a comment, a panel's article."""
    languages = writer_languages(author, space)
    return moderation.screen_and_create_item(
        author,
        ContentType.objects.get_for_model(model),
        key,
        text,
        languages[0],
        also=languages[1:],
        trusted=trusted,
        conversation=conversation,
    )


def register_moderation_policy() -> None:
    moderation_spaces.register(
        moderation_spaces.SpacePolicy(
            prefix="youth-",
            can_moderate=_moderates_youth_space,
            coordinated_keys=_coordinated_keys,
            labels=_space_labels,
            all_keys=lambda: [space.moderation_key for space in Space.objects.order_by("country", "title")],
            can_view=_views_youth_space,
            coordinators=space_coordinators,
        )
    )


# --- Joining --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class JoinDecision:
    age: int
    consent_age: int
    too_young: bool
    needs_parent: bool


def join_decision(year_of_birth: int, country: str) -> JoinDecision:
    age = age_in_year(year_of_birth)
    threshold = consent_age(country)
    return JoinDecision(age=age, consent_age=threshold, too_young=age < minimum_age(), needs_parent=age < threshold)


class YouthAccountError(Exception):
    """An account that cannot be a youth account."""


def refuse_community_member(user: User) -> None:
    """A member of, or applicant to, the community of Safer Internet Centre staff never also holds a youth
    account (bik.community.services refuses the other direction)."""
    if (
        has_role(user, Role.SIC_MEMBER)
        or Membership.objects.filter(
            user=user, status__in=(Membership.Status.PENDING, Membership.Status.APPROVED)
        ).exists()
    ):
        raise YouthAccountError(
            _(
                "A member of the community of Safer Internet Centre staff, or someone who asked to join it, "
                "cannot have a youth account."
            )
        )


@transaction.atomic
def create_youth_account(
    *, email: str, password: str, pseudonym: str, year_of_birth: int, country: str, parent_email: str = ""
) -> YouthProfile:
    """The account, its youth role and profile. The caller sends the email verification (allauth)."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    decision = join_decision(year_of_birth, country)
    if decision.too_young:
        raise PermissionDenied("Below the platform's minimum age.")
    user = User.objects.create_user(email, password, display_name=pseudonym, preferred_language=language)
    return make_youth_member(user, year_of_birth=year_of_birth, country=country, parent_email=parent_email)


@transaction.atomic
def make_youth_member(user: User, *, year_of_birth: int, country: str, parent_email: str = "") -> YouthProfile:
    """Give an account the youth role and a youth profile in its country's space. Refused below the minimum
    age and for community members or applicants."""
    decision = join_decision(year_of_birth, country)
    if decision.too_young:
        raise PermissionDenied("Below the platform's minimum age.")
    refuse_community_member(user)
    user.groups.add(Group.objects.get(name=Role.YOUTH_MEMBER.value))
    sessions.forget_addresses(user)
    space = national_space(country)
    profile = YouthProfile(
        user=user,
        year_of_birth=year_of_birth,
        country=country,
        consent_status=YouthProfile.Consent.PENDING if decision.needs_parent else YouthProfile.Consent.NOT_NEEDED,
        parent_email=parent_email if decision.needs_parent else "",
        consent_nonce=secrets.token_hex(16) if decision.needs_parent else "",
    )
    profile.moderation = ModeratedItem.objects.create(
        content_type=ContentType.objects.get_for_model(YouthProfile),
        object_id=None,
        space_key=space.moderation_key,
        author=user,
        status=Status.PUBLISHED,
    )
    profile.save()
    ModeratedItem.objects.filter(pk=profile.moderation_id).update(object_id=profile.pk)
    return profile


def consent_token(profile: YouthProfile) -> str:
    return signing.TimestampSigner(salt=_CONSENT_SALT).sign_object({"p": profile.pk, "n": profile.consent_nonce})


def request_parental_consent(profile: YouthProfile) -> bool:
    """Email the parent or carer the consent link, once the young person's own address is verified (so
    nobody can make the platform write to an address by typing it into the join form), and at most once a
    day per parent address whoever asks (bik.accounts.ratelimits, `parental_consent`). The message carries
    nothing the sender typed. Returns whether an email was queued."""
    if profile.consent_status != YouthProfile.Consent.PENDING or not profile.parent_email:
        return False
    if not EmailAddress.objects.filter(user=profile.user, verified=True).exists():
        return False
    if not ratelimits.allow_target(ratelimits.Form.PARENTAL_CONSENT, address=profile.parent_email):
        return False
    with translation.override(profile.user.email_language):
        url = settings.SITE_URL + reverse("youth:consent", kwargs={"token": consent_token(profile)})
        context = {
            "url": url,
            "consent_age": consent_age(str(profile.country)),
            "year_of_birth": profile.year_of_birth,
            "country": profile.country.name,
            "link_days": CONSENT_LINK_MAX_AGE // (24 * 60 * 60),
        }
        message = EmailMessage(
            subject=settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + _("A young person asks for your consent to BIK Youth"),
            body=render_to_string("youth/email/parental_consent.txt", context),
            to=[profile.parent_email],
        )
    send_message_on_commit(message)
    profile.consent_requested_at = timezone.now()
    profile.save(update_fields=["consent_requested_at"])
    return True


def may_ask_parent_again(profile: YouthProfile) -> bool:
    """Whether the young person may ask for the consent email again: never sent yet, or sent over a day ago."""
    if profile.consent_status != YouthProfile.Consent.PENDING:
        return False
    last = profile.consent_requested_at
    return last is None or timezone.now() - last >= dt.timedelta(days=1)


def on_email_confirmed(sender: object, email_address: EmailAddress, **kwargs: object) -> None:
    """allauth's `email_confirmed` (its `request` among the `kwargs`, unread): a young person who has just
    verified their address and needs a parent's consent gets it asked for now."""
    profile = YouthProfile.objects.select_related("user").filter(user_id=email_address.user_id).first()
    if profile is not None and profile.consent_requested_at is None:
        request_parental_consent(profile)


class ConsentLinkError(Exception):
    pass


def profile_for_consent_token(token: str) -> YouthProfile:
    try:
        data = signing.TimestampSigner(salt=_CONSENT_SALT).unsign_object(token, max_age=CONSENT_LINK_MAX_AGE)
    except signing.BadSignature as exc:
        raise ConsentLinkError from exc
    profile = YouthProfile.objects.select_related("user").filter(pk=data.get("p")).first()
    if profile is None or not profile.consent_nonce or profile.consent_nonce != data.get("n"):
        raise ConsentLinkError  # used already, or replaced by a newer link
    return profile


@transaction.atomic
def give_parental_consent(token: str) -> YouthProfile:
    profile = profile_for_consent_token(token)
    profile.consent_status = YouthProfile.Consent.GIVEN
    profile.consent_given_at = timezone.now()
    profile.consent_text_version = CONSENT_TEXT_VERSION
    profile.consent_nonce = ""  # single use
    profile.save(update_fields=["consent_status", "consent_given_at", "consent_text_version", "consent_nonce"])
    return profile


# --- Posting --------------------------------------------------------------------------------------------


WrittenT = TypeVar("WrittenT", Post, Comment)


@dataclass(frozen=True)
class Written(Generic[WrittenT]):
    obj: WrittenT
    item: ModeratedItem
    result: ScreenResult

    @property
    def held(self) -> bool:
        return self.item.status == Status.HELD


def _require_posting(user: User, space: Space) -> None:
    right = posting_right(user, space)
    if not right.allowed:
        raise PermissionDenied(right.why_not)


@transaction.atomic
def submit_post(author: User, space: Space, *, kind: str, title: str, body: str) -> Written[Post]:
    _require_posting(author, space)
    trusted = is_coordinator_of(author, space)
    submission = screen_writing(author, space, Post, space.moderation_key, f"{title}\n{body}", trusted=trusted)
    submission.item.save()
    post = Post.objects.create(
        space=space, author=author, kind=kind, title=title, body=body, moderation=submission.item
    )
    item = moderation.attach(submission, post.pk)
    return Written(post, item, submission.result)


@transaction.atomic
def submit_comment(author: User, post: Post, body: str) -> Written[Comment]:
    space = post.space
    _require_posting(author, space)
    if post.moderation.status != Status.PUBLISHED:
        raise PermissionDenied(_("You can comment once the post is published."))
    trusted = is_coordinator_of(author, space)
    conversation = f"post-{post.pk}"
    submission = screen_writing(
        author, space, Comment, space.moderation_key, body, trusted=trusted, conversation=conversation
    )
    submission.item.save()
    comment = Comment.objects.create(post=post, author=author, body=body, moderation=submission.item)
    item = moderation.attach(submission, comment.pk)
    return Written(comment, item, submission.result)


@transaction.atomic
def delete_own(author: User, content: Post | Comment) -> None:
    """A member deletes a post or reply of theirs (moderation.delete_by_author), a post with the member's own replies
    to it. A post others replied to stays: their replies would go with it; a moderator can remove it."""
    if isinstance(content, Post):
        if content.comments.exclude(author=author).exists():
            raise ValidationError(
                _("Others have replied to this, so it stays. Ask a moderator if it should be removed.")
            )
        for reply in content.comments.select_related("moderation"):
            moderation.delete_by_author(author, reply.moderation)
    moderation.delete_by_author(author, content.moderation)


@transaction.atomic
def edit_comment(author: User, comment: Comment, body: str) -> Status:
    """A member changes a reply of theirs (see `_change_own`). Returns the reply's status afterwards."""
    _change_own(author, comment.post.space, comment.moderation, body)
    comment.body = body
    comment.save(update_fields=["body"])
    return Status(comment.moderation.status)


@transaction.atomic
def edit_post(author: User, post: Post, *, title: str, body: str) -> Status:
    """A member changes a post of theirs: after a moderator asked for an edit it goes back to the queue; otherwise
    as `_change_own` says. Returns the post's status afterwards."""
    if post.moderation.status == Status.CHANGES_REQUESTED:
        _require_posting(author, post.space)
        languages = writer_languages(author, post.space)
        moderation.resubmit(post.moderation, author, f"{title}\n{body}", languages[0], languages[1:])
    else:
        _change_own(author, post.space, post.moderation, f"{title}\n{body}")
    post.title, post.body, post.updated_at = title, body, timezone.now()
    post.save(update_fields=["title", "body", "updated_at"])
    return Status(post.moderation.status)


def _change_own(author: User, space: Space, item: ModeratedItem, text: str) -> None:
    """What a member wrote and changes is screened again like new writing, in the languages they write in there:
    held if the screen flags it; one a moderator had stopped goes back to the queue. Not while a report about it
    waits for a moderator (the reported words must stay as they were), and never once a moderator hid it."""
    _require_posting(author, space)
    if item.status == Status.HIDDEN:
        raise PermissionDenied  # a moderator took it away: it is not the writer's to bring back
    if moderation.has_open_report(item):
        raise ValidationError(
            _("A moderator is looking at a report about this. You can change it once they have decided.")
        )
    languages = writer_languages(author, space)
    moderation.rescreen(item, author, text, languages[0], languages[1:], trusted=is_coordinator_of(author, space))


def blocked_ids(user: User | AnonymousUser) -> set[int]:
    return set(_blocked(user))


def _blocked(user: User | AnonymousUser) -> models.QuerySet[Block, int]:
    """The ids of the members `user` blocked, as a query (a subquery of the lists that leave them out)."""
    if not isinstance(user, User) or not user.is_authenticated:
        return Block.objects.none().values_list("blocked_id", flat=True)
    return Block.objects.filter(blocker=user).values_list("blocked_id", flat=True)


def block(blocker: User, blocked: User) -> None:
    if blocker.pk == blocked.pk:
        raise ValueError("Nobody can block themselves.")
    Block.objects.get_or_create(blocker=blocker, blocked=blocked)


def unblock(blocker: User, blocked: User) -> None:
    Block.objects.filter(blocker=blocker, blocked=blocked).delete()


def visible_posts(user: User | AnonymousUser, space: Space) -> models.QuerySet[Post]:
    return (
        Post.objects.filter(space=space)
        .filter(moderation.visible_filter(user, space.moderation_key))
        .exclude(author_id__in=_blocked(user))
        .select_related("space", "author", "author__youth_profile", "moderation")
        .annotate(
            comment_count=models.Count(
                "comments", filter=models.Q(comments__moderation__status=Status.PUBLISHED), distinct=True
            )
        )
        .order_by("-created_at", "-pk")
    )


def visible_comments(user: User | AnonymousUser, post: Post) -> models.QuerySet[Comment]:
    return (
        Comment.objects.filter(post=post)
        .filter(moderation.visible_filter(user, post.space.moderation_key))
        .exclude(author_id__in=blocked_ids(user))
        .select_related("author", "author__youth_profile", "moderation")
        .order_by("created_at", "pk")
    )


COMMENTS_PER_PAGE = 50


def comments_page(
    user: User | AnonymousUser, post: Post, number: str | None, comment: str | None = None
) -> Page[Comment]:
    """One page of the comments this person may see on a post, oldest first; without a page number, the page
    that shows `comment` (an id from a comment's link) among them."""
    return page_showing(visible_comments(user, post), number, comment, COMMENTS_PER_PAGE)


def helpline_for(space: Space, user: User | AnonymousUser) -> Centre | None:
    """The centre whose helpline a writer should see: their own country's, else the space's."""
    profile = youth_profile(user)
    country = str(profile.country) if profile else str(space.country or "")
    if not country:
        return None
    return Centre.objects.published().with_services().filter(country=country).first()


# --- Learning -------------------------------------------------------------------------------------------


def progress_for(user: User, module: LearningModule) -> ModuleProgress:
    progress, _created = ModuleProgress.objects.get_or_create(user=user, module=module)
    return progress


def mark_lesson_done(user: User, module: LearningModule, lesson_id: int) -> ModuleProgress:
    progress = progress_for(user, module)
    if lesson_id not in progress.lessons_done and module.lessons.filter(pk=lesson_id).exists():
        progress.lessons_done = [*progress.lessons_done, lesson_id]
        progress.save(update_fields=["lessons_done"])
    return progress


@dataclass(frozen=True)
class AnswerFeedback:
    question_id: int
    prompt: str
    chosen: int | None
    correct: int
    is_right: bool
    explanation: str
    correct_text: str


def submit_quiz(user: User, module: LearningModule, answers: dict[int, int | None]) -> list[AnswerFeedback]:
    feedback = []
    for question in module.questions.all():
        chosen = answers.get(question.pk)
        choices = question.choice_list()
        correct_text = choices[question.correct_choice - 1] if 0 < question.correct_choice <= len(choices) else ""
        feedback.append(
            AnswerFeedback(
                question_id=question.pk,
                prompt=question.prompt,
                chosen=chosen,
                correct=question.correct_choice,
                is_right=chosen == question.correct_choice,
                explanation=question.explanation,
                correct_text=correct_text,
            )
        )
    progress = progress_for(user, module)
    progress.quiz_score = sum(1 for item in feedback if item.is_right)
    lesson_ids = set(module.lessons.values_list("pk", flat=True))
    newly_completed = progress.completed_at is None and lesson_ids.issubset(progress.lessons_done)
    if newly_completed:
        progress.completed_at = timezone.now()
    progress.save(update_fields=["quiz_score", "completed_at"])
    if newly_completed:
        from bik.youth import paths  # paths read the progress written here

        paths.award_badges(user, module)
    return feedback


# --- Profiles -------------------------------------------------------------------------------------------


@transaction.atomic
def update_about(user: User, *, about: str, is_public: bool) -> ScreenResult:
    """A member changes their "about me". The text is screened like a post: held (seen only by them and the
    moderators) when it carries contact details or risk words, or while the member is new."""
    profile = YouthProfile.objects.select_related("moderation").select_for_update().filter(user=user).first()
    if profile is None:
        raise PermissionDenied
    about = about.strip()
    if about == profile.about and profile.is_public == is_public:
        return ScreenResult()
    languages = writer_languages(user, national_space(str(profile.country)))
    result = moderation.rescreen(profile.moderation, user, about, languages[0], languages[1:])
    profile.about, profile.is_public = about, is_public
    profile.save(update_fields=["about", "is_public"])
    return result


def choose_avatar(user: User, avatar: str) -> None:
    """A member picks one of the project's avatars (a drawing, never a photo); "" leaves it unchosen."""
    if avatar and avatar not in Avatar.values:
        raise ValueError(avatar)
    YouthProfile.objects.filter(user=user).update(avatar=avatar)


def mark_welcomed(user: User) -> None:
    """The member has seen the welcome page (the rules and safety tools): the home page stops offering it."""
    YouthProfile.objects.filter(user=user, welcomed_at__isnull=True).update(welcomed_at=timezone.now())


def about_is_visible(viewer: User | AnonymousUser, profile: YouthProfile) -> bool:
    """The member, the space's moderators, and (if the member made it public and it is published) others."""
    if isinstance(viewer, User) and viewer.pk == profile.user_id:
        return True
    if isinstance(viewer, User) and moderation_spaces.can_moderate(viewer, profile.moderation.space_key):
        return True
    return profile.is_public and profile.moderation.status == Status.PUBLISHED


# --- Data export ----------------------------------------------------------------------------------------


def _when(value: dt.datetime | None) -> str | None:
    return value.isoformat() if value else None


def export_user_data(user: User) -> dict[str, object] | None:
    """The youth area's part of a person's data export (bik/accounts/export.py)."""
    profile = YouthProfile.objects.select_related("moderation").filter(user=user).first()
    posts = Post.objects.filter(author=user).select_related("space", "moderation").order_by("created_at", "pk")
    comments = Comment.objects.filter(author=user).select_related("post", "moderation").order_by("created_at", "pk")
    progress = ModuleProgress.objects.filter(user=user).select_related("module").order_by("module__title")
    blocks = Block.objects.filter(blocker=user).select_related("blocked").order_by("created_at")
    data: dict[str, object] = {}
    if profile is not None:
        data["profile"] = {
            "pseudonym": user.public_name,
            "year_of_birth": profile.year_of_birth,
            "country": str(profile.country.code),
            "consent_status": profile.consent_status,
            "parent_email": profile.parent_email,
            "consent_given_at": _when(profile.consent_given_at),
            "consent_text_version": profile.consent_text_version,
            "about": profile.about,
            "about_is_public": profile.is_public,
            "moderation_status": profile.moderation.status,
            "created_at": _when(profile.created_at),
        }
    data["posts"] = [
        {
            "space": post.space.slug,
            "kind": post.kind,
            "title": post.title,
            "text": post.body,
            "status": post.moderation.status,
            "statement_of_reasons": post.moderation.decision_reason,
            "created_at": _when(post.created_at),
            "updated_at": _when(post.updated_at),
        }
        for post in posts
    ]
    data["comments"] = [
        {
            "on_post": comment.post.title,
            "text": comment.body,
            "status": comment.moderation.status,
            "statement_of_reasons": comment.moderation.decision_reason,
            "created_at": _when(comment.created_at),
        }
        for comment in comments
    ]
    data["learning"] = [
        {
            "module": row.module.title,
            "lessons_done": len(row.lessons_done),
            "quiz_score": row.quiz_score,
            "completed_at": _when(row.completed_at),
        }
        for row in progress
    ]
    data["blocked_members"] = [block.blocked.public_name for block in blocks]
    from bik.youth import made, paths  # they build on this module

    data["resources_made"] = made.export_rows(user)
    data["badges"] = [
        {"path": badge.path.title, "badge": badge.path.badge_name, "awarded_at": _when(badge.awarded_at)}
        for badge in paths.badges_of(user)
    ]
    data["webinar_registrations"] = [
        {"webinar": row.meeting.title, "starts_at": _when(row.meeting.starts_at), "reminded_at": _when(row.reminded_at)}
        for row in user.webinar_registrations.select_related("meeting").order_by("created_at", "pk")
    ]
    if profile is None and not any(data.values()):
        return None
    return data
