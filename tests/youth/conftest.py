"""Youth members with profiles, coordinators per country, and writing helpers for the youth tests."""

from __future__ import annotations

import itertools
from collections.abc import Callable

import pytest
from django.contrib.contenttypes.models import ContentType

from bik.accounts.models import User
from bik.accounts.roles import Role
from bik.moderation.models import ModeratedItem, Status
from bik.network.models import Centre, CentreRole, Strand
from bik.youth import services
from bik.youth.models import Comment, Post, Space, YouthProfile
from tests.conftest import Cast, clear_test_cache, make_user

_UNUSED_IDS = itertools.count(10**12)


def give_profile(
    user: User, country: str, year_of_birth: int = 2009, consent: str = YouthProfile.Consent.NOT_NEEDED
) -> YouthProfile:
    space = services.national_space(country)
    item = ModeratedItem.objects.create(
        content_type=ContentType.objects.get_for_model(YouthProfile),
        object_id=None,
        space_key=space.moderation_key,
        author=user,
        status=Status.PUBLISHED,
    )
    profile = YouthProfile.objects.create(
        user=user, year_of_birth=year_of_birth, country=country, consent_status=consent, moderation=item
    )
    ModeratedItem.objects.filter(pk=item.pk).update(object_id=profile.pk)
    return profile


def make_youth(email: str, country: str = "FR", **kwargs: object) -> User:
    user = make_user(email, Role.YOUTH_MEMBER, display_name=email.split("@")[0].title())
    give_profile(user, country, **kwargs)  # type: ignore[arg-type]
    return user


def make_coordinator(email: str, country: str) -> User:
    user = make_user(email, Role.YOUTH_COORDINATOR)
    CentreRole.objects.create(
        user=user,
        centre=Centre.objects.get(country=country),
        role=CentreRole.Kind.YOUTH_COORDINATOR,
        strand=Strand.YOUTH,
    )
    return user


def trusted(user: User, posts: int = 3) -> None:
    """Pretend the member's first (pre-moderated) posts were published already."""
    for _ in range(posts):
        ModeratedItem.objects.create(
            content_type=ContentType.objects.get_for_model(Post),
            object_id=next(_UNUSED_IDS),
            space_key="youth-elsewhere",
            author=user,
            status=Status.PUBLISHED,
        )


@pytest.fixture(autouse=True)
def _fresh_rate_limits() -> None:
    clear_test_cache()


@pytest.fixture
def france(db: None) -> Space:
    return services.national_space("FR")


@pytest.fixture
def europe(db: None) -> Space:
    return services.european_space()


@pytest.fixture
def cast_with_profile(cast: Cast) -> Cast:
    """The cast, with the youth member living in Ireland (the cast coordinator's country)."""
    give_profile(cast.youth_member, "IE")
    return cast


@pytest.fixture
def french_youth(db: None) -> User:
    user = make_youth("lou@youth.example", "FR", year_of_birth=2010)
    trusted(user)
    return user


@pytest.fixture
def french_coordinator(db: None) -> User:
    return make_coordinator("coord-fr@cast.example", "FR")


@pytest.fixture
def published_post(french_youth: User, france: Space) -> Post:
    return services.submit_post(french_youth, france, kind=Post.Kind.DISCUSSION, title="Hello", body="Hi all").obj


@pytest.fixture
def write_comment() -> Callable[[User, Post, str], Comment]:
    def write(author: User, post: Post, body: str) -> Comment:
        comment = services.submit_comment(author, post, body).obj
        assert isinstance(comment, Comment)
        return comment

    return write
