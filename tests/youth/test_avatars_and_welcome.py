"""Avatars are chosen from the project's drawings, never uploaded; the welcome page explains the rules and the
safety tools to young members, is offered on their first visit and stays in the youth area's navigation. Who
may read it is decided like the youth area itself: anonymous visitors sign in, other adults get a 404."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.contrib.staticfiles import finders
from django.test import Client

from bik.accounts.models import User
from bik.youth import services
from bik.youth.forms import AvatarForm
from bik.youth.models import Avatar, Post, Space, YouthProfile, avatar_file
from tests.conftest import Cast
from tests.youth.conftest import make_coordinator, make_youth

pytestmark = pytest.mark.django_db
OUTSIDERS = ("subscriber", "sic_member", "editor", "member")


def _profile_url(user: User) -> str:
    return f"/en/youth/members/{YouthProfile.objects.get(user=user).pk}/"


def test_every_avatar_is_a_drawing_shipped_with_the_site() -> None:
    assert len(Avatar.values) == 12
    for value in [*Avatar.values, ""]:
        found = finders.find(avatar_file(value))
        assert found, value
        with open(str(found), encoding="utf-8") as drawing:
            text = drawing.read()
        assert text.startswith("<svg")
        assert "<image" not in text
        assert "http" not in text.replace("http://www.w3.org/2000/svg", "")


def test_the_form_accepts_only_the_set_values() -> None:
    assert AvatarForm({"avatar": "owl"}).is_valid()
    assert AvatarForm({}).is_valid()  # not choosing yet is fine
    bad = AvatarForm({"avatar": "../../media/me.jpg"})
    assert not bad.is_valid()
    assert "avatar" in bad.errors
    with pytest.raises(ValueError, match="selfie"):
        services.choose_avatar(make_youth("ana@youth.example"), "selfie")


def test_there_is_no_way_to_upload_a_picture(client_for: Callable[[User], Client], french_youth: User) -> None:
    html = client_for(french_youth).get(_profile_url(french_youth)).content.decode()
    assert 'type="file"' not in html
    assert "multipart/form-data" not in html
    assert not any(field.get_internal_type() in {"FileField", "ImageField"} for field in YouthProfile._meta.fields)


def test_a_member_chooses_an_avatar_that_shows_beside_their_posts(
    client_for: Callable[[User], Client], french_youth: User, published_post: Post
) -> None:
    client = client_for(french_youth)
    form = client.get(_profile_url(french_youth)).content.decode()
    for value, label in Avatar.choices:
        assert f'type="radio" name="avatar" value="{value}"' in form
        assert f"<span>{label}</span>" in form

    response = client.post(_profile_url(french_youth), {"avatar": "penguin", "about": ""})

    assert response.status_code == 302
    assert YouthProfile.objects.get(user=french_youth).avatar == "penguin"
    other = client_for(make_youth("zoe@youth.example", "FR"))
    space = other.get(published_post.space.get_absolute_url()).content.decode()
    post = other.get(published_post.get_absolute_url()).content.decode()
    assert "/static/bik/img/avatars/penguin" in space
    assert "/static/bik/img/avatars/penguin" in post


def test_a_bad_avatar_is_refused_and_keeps_what_was_typed(
    client_for: Callable[[User], Client], french_youth: User
) -> None:
    response = client_for(french_youth).post(
        _profile_url(french_youth), {"avatar": "https://elsewhere.example/me.jpg", "about": "I like drawing."}
    )

    assert response.status_code == 400
    html = response.content.decode()
    assert "Select a valid choice" in html
    assert "I like drawing." in html
    profile = YouthProfile.objects.get(user=french_youth)
    assert profile.avatar == ""
    assert profile.about == ""


def test_a_new_member_is_offered_the_welcome_page_until_they_read_it(
    client_for: Callable[[User], Client], french_youth: User
) -> None:
    client = client_for(french_youth)
    assert 'href="/en/youth/welcome/"' in client.get("/en/youth/spaces/").content.decode()
    assert "New here?" in client.get("/en/youth/spaces/").content.decode()

    page = client.get("/en/youth/welcome/").content.decode()

    for tool in ("Report this post", "Block", "My reports", "Get help now", "112"):
        assert tool in page
    assert YouthProfile.objects.get(user=french_youth).welcomed_at is not None
    home = client.get("/en/youth/spaces/").content.decode()
    assert "New here?" not in home
    assert 'href="/en/youth/welcome/"' in home  # still in the navigation
    done = client.post("/en/youth/welcome/")
    assert done.status_code == 302
    assert done["Location"] == "/en/youth/spaces/"


def test_anonymous_visitors_are_sent_to_sign_in_for_the_welcome_page() -> None:
    response = Client().get("/en/youth/welcome/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("role", OUTSIDERS)
def test_adults_outside_the_youth_area_get_not_found(
    role: str, cast: Cast, client_for: Callable[[User], Client]
) -> None:
    client = client_for(getattr(cast, role))
    assert client.get("/en/youth/welcome/").status_code == 404
    assert client.post("/en/youth/welcome/").status_code == 404


def test_a_coordinator_may_read_what_members_are_told(client_for: Callable[[User], Client], france: Space) -> None:
    coordinator = make_coordinator("coord-fr@bik.example", "FR")
    assert client_for(coordinator).get("/en/youth/welcome/").status_code == 200
