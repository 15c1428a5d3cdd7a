"""Youth members with profiles, coordinators per country, and writing helpers for the youth tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bik.accounts.models import User
from bik.youth import services
from bik.youth.models import Comment, Post, Space, YouthProfile
from tests.conftest import Cast, clear_test_cache
from tests.factories.moderation import ModeratedItemFactory
from tests.factories.youth import (
    EuropeanSpaceFactory,
    SpaceFactory,
    YouthCoordinatorFactory,
    YouthMemberFactory,
    YouthProfileFactory,
)


def give_profile(
    user: User, country: str, year_of_birth: int = 2009, consent: str = YouthProfile.Consent.NOT_NEEDED
) -> YouthProfile:
    return YouthProfileFactory.create(user=user, country=country, year_of_birth=year_of_birth, consent_status=consent)


def make_youth(email: str, country: str = "FR", **kwargs: object) -> User:
    """A young member with a profile; `year_of_birth` and `consent` shape the profile."""
    return YouthMemberFactory.create(email=email, country=country, **kwargs)


def make_coordinator(email: str, country: str) -> User:
    return YouthCoordinatorFactory.create(email=email, country=country)


def trusted(user: User, posts: int = 3) -> None:
    """Pretend the member's first (pre-moderated) posts were published already."""
    ModeratedItemFactory.create_batch(posts, author=user)


@pytest.fixture(autouse=True)
def _fresh_rate_limits() -> None:
    clear_test_cache()


@pytest.fixture
def france(db: None) -> Space:
    return SpaceFactory.create(country="FR")


@pytest.fixture
def europe(db: None) -> Space:
    return EuropeanSpaceFactory.create()


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
