from __future__ import annotations

import pytest

from bik.accounts.models import User
from bik.community.blogs import services
from bik.community.blogs.models import BlogComment, BlogPost
from tests.community.blogs.helpers import make_member
from tests.conftest import Cast


@pytest.fixture
def colleague(cast: Cast) -> User:
    """Another approved member, at the French awareness centre."""
    return make_member("camille@cast.example", "FR")


@pytest.fixture
def post(colleague: User) -> BlogPost:
    return services.create_post(
        colleague,
        title="Lessons from our sextortion campaign",
        summary="What worked, and what did not.",
        body="<p>Evening chat hours <strong>worked</strong>.</p>",
        tags="sextortion, campaigns",
        strand="helpline",
    )


@pytest.fixture
def comment(post: BlogPost, cast: Cast) -> BlogComment:
    return services.add_comment(cast.sic_member, post, "We saw the same evening peak.")
