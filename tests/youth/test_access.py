"""Deny by default: youth content is for signed-in youth members of the space, the space's coordinators,
moderators and network admins. Anonymous visitors are sent to sign in; every other role gets a 404."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from bik.accounts.models import User
from bik.moderation.models import Status
from bik.youth import services
from bik.youth.models import LearningModule, Meeting, Post, Space, YouthProfile
from tests.conftest import Cast
from tests.youth.conftest import make_youth

OUTSIDERS = ("subscriber", "sic_member", "editor", "member")


def _french_paths(post: Post) -> list[str]:
    space = post.space
    module = LearningModule.objects.create(space=space, title="Module")
    meeting = Meeting.objects.create(
        space=space, title="Meeting", starts_at=post.created_at, join_url="https://meet.example/secret-room"
    )
    return [
        f"/en/youth/spaces/{space.slug}/",
        f"/en/youth/spaces/{space.slug}/write/",
        post.get_absolute_url(),
        f"/en/youth/spaces/{space.slug}/learn/{module.pk}/",
        f"/en/youth/spaces/{space.slug}/meetings/",
        f"/en/youth/spaces/{space.slug}/meetings/{meeting.pk}.ics",
        f"/en/youth/members/{YouthProfile.objects.get(user=post.author).pk}/",
        f"/en/moderation/items/{post.moderation_id}/report/",
    ]


@pytest.mark.django_db
def test_anonymous_visitors_are_sent_to_sign_in_everywhere(published_post: Post) -> None:
    for path in [*_french_paths(published_post), "/en/youth/spaces/"]:
        response = Client().get(path)

        assert response.status_code == 302, path
        assert "/accounts/login/" in response["Location"], path


@pytest.mark.django_db
@pytest.mark.parametrize("role", OUTSIDERS)
def test_adults_without_a_youth_role_find_nothing_and_are_told_why(
    role: str, cast: Cast, client_for: Callable[[User], Client], published_post: Post
) -> None:
    client = client_for(getattr(cast, role))

    for path in _french_paths(published_post):
        assert client.get(path).status_code == 404, path
    # Their way in ("My youth spaces", "Join BIK Youth") says the area is not theirs.
    for path in ["/en/youth/spaces/", "/en/youth/join/"]:
        page = client.get(path, follow=True)
        assert page.status_code == 403, path
        assert b"This account is not a youth account." in page.content, path


@pytest.mark.django_db
def test_youth_from_another_country_and_other_coordinators_cannot_see_a_national_space(
    cast: Cast, client_for: Callable[[User], Client], published_post: Post
) -> None:
    german = client_for(make_youth("jonas@youth.example", "DE"))
    irish_coordinator = client_for(cast.youth_coordinator)

    for path in _french_paths(published_post)[:6]:
        assert german.get(path).status_code == 404, path
        assert irish_coordinator.get(path).status_code == 404, path


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["moderator", "network_admin"])
def test_moderators_and_network_admins_can_see_every_space(
    role: str, cast: Cast, client_for: Callable[[User], Client], published_post: Post
) -> None:
    client = client_for(getattr(cast, role))

    for path in _french_paths(published_post)[:6]:
        if path.endswith("/write/"):
            continue
        assert client.get(path).status_code == 200, path


@pytest.mark.django_db
def test_members_and_coordinators_of_the_space_see_it(
    client_for: Callable[[User], Client], published_post: Post, french_coordinator: User
) -> None:
    member = client_for(make_youth("zoe@youth.example", "FR"))
    coordinator = client_for(french_coordinator)

    for path in _french_paths(published_post):
        assert member.get(path).status_code == 200, path
        assert coordinator.get(path).status_code == 200, path


@pytest.mark.django_db
def test_the_european_space_is_open_to_every_youth_member_but_not_to_other_adults(
    cast: Cast, client_for: Callable[[User], Client], europe: Space
) -> None:
    assert client_for(cast.youth_member).get("/en/youth/spaces/europe/").status_code == 200
    assert client_for(make_youth("pl@youth.example", "PL")).get("/en/youth/spaces/europe/").status_code == 200
    assert client_for(cast.sic_member).get("/en/youth/spaces/europe/").status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("role", "status"),
    # A moderator sees the space (to moderate it) but may not write in it; to the others it does not exist.
    [("moderator", 403), ("editor", 404), ("sic_member", 404), ("subscriber", 404), ("member", 404)],
)
def test_adults_other_than_the_coordinators_cannot_post(
    role: str, status: int, cast: Cast, client_for: Callable[[User], Client], europe: Space
) -> None:
    client = client_for(getattr(cast, role))

    response = client.post("/en/youth/spaces/europe/write/", {"kind": "discussion", "title": "Hi", "body": "Hello"})

    assert response.status_code == status
    assert not Post.objects.filter(title="Hi").exists()


@pytest.mark.django_db
def test_held_posts_are_invisible_to_everyone_but_the_author_and_moderators(
    cast: Cast, client_for: Callable[[User], Client], france: Space, french_coordinator: User
) -> None:
    author = make_youth("new@youth.example", "FR")
    held = services.submit_post(author, france, kind="discussion", title="My first post", body="Hello!").obj
    assert held.moderation.status == Status.HELD
    other = client_for(make_youth("other@youth.example", "FR"))

    assert other.get(held.get_absolute_url()).status_code == 404
    assert b"My first post" not in other.get("/en/youth/spaces/fr/").content
    assert client_for(author).get(held.get_absolute_url()).status_code == 200
    assert client_for(french_coordinator).get(held.get_absolute_url()).status_code == 200
    assert client_for(cast.moderator).get(held.get_absolute_url()).status_code == 200


@pytest.mark.django_db
def test_there_are_no_private_messages(client_for: Callable[[User], Client], french_youth: User) -> None:
    assert client_for(french_youth).get("/en/youth/messages/").status_code == 404


@pytest.mark.django_db
def test_youth_pages_are_never_cached_by_shared_caches(
    client_for: Callable[[User], Client], french_youth: User, france: Space
) -> None:
    response = client_for(french_youth).get("/en/youth/spaces/fr/")

    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_the_public_landing_page_invites_to_join_and_shows_no_youth_content(published_post: Post) -> None:
    response = Client().get("/en/youth/")

    assert response.status_code == 200
    assert b"/en/youth/join/" in response.content
    assert published_post.title.encode() not in response.content
    assert published_post.author is not None
    assert published_post.author.display_name.encode() not in response.content


@pytest.mark.django_db
def test_a_landing_page_in_another_language_links_to_joining_in_that_language() -> None:
    response = Client().get("/fr/youth/")

    assert response.status_code == 200
    assert b'href="/fr/youth/join/"' in response.content
    assert b'href="/fr/youth/spaces/"' in response.content
    assert b"/en/youth/join/" not in response.content  # the demo once added English links to the page's body
    assert b"/en/youth/spaces/" not in response.content
