"""A member writes their "about me" on their profile page. It goes through the screen like a post: contact
details or worrying words hold it for a moderator; new members' text waits too. Others read it only when the
member made it public and it is published."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from bik.accounts.models import User
from bik.moderation import services as moderation
from bik.moderation.models import AuditEntry, ModeratedItem, Status
from bik.youth.models import YouthProfile
from tests.youth.conftest import make_youth, trusted


def _profile_url(user: User) -> str:
    return f"/en/youth/members/{YouthProfile.objects.get(user=user).pk}/"


@pytest.mark.django_db
def test_a_member_writes_a_public_about_me_that_others_read(
    client_for: Callable[[User], Client], french_youth: User
) -> None:
    client = client_for(french_youth)
    assert b"Edit my profile" in client.get(_profile_url(french_youth)).content

    response = client.post(_profile_url(french_youth), {"about": "Dessin et jeux vidéo.", "is_public": "on"})

    assert response.status_code == 302
    profile = YouthProfile.objects.get(user=french_youth)
    assert profile.about == "Dessin et jeux vidéo."
    assert profile.moderation.status == Status.PUBLISHED
    other = client_for(make_youth("zoe@youth.example", "FR"))
    assert "Dessin et jeux vidéo." in other.get(_profile_url(french_youth)).content.decode()


@pytest.mark.django_db
def test_a_private_about_me_stays_with_its_author(client_for: Callable[[User], Client], french_youth: User) -> None:
    client_for(french_youth).post(_profile_url(french_youth), {"about": "Secret hobby: chess."})

    other = client_for(make_youth("zoe@youth.example", "FR")).get(_profile_url(french_youth)).content.decode()
    own = client_for(french_youth).get(_profile_url(french_youth)).content.decode()

    assert "Secret hobby" not in other
    assert "This profile is private." in other
    assert "Secret hobby: chess." in own


@pytest.mark.django_db
def test_contact_details_hold_the_about_me_for_a_moderator(
    client_for: Callable[[User], Client], french_youth: User, french_coordinator: User
) -> None:
    client = client_for(french_youth)

    response = client.post(
        _profile_url(french_youth), {"about": "Écris-moi au 06 12 34 56 78", "is_public": "on"}, follow=True
    )

    profile = YouthProfile.objects.get(user=french_youth)
    assert profile.moderation.status == Status.HELD
    assert "phone" in profile.moderation.screen_reasons
    assert "A moderator will read your &#x27;about me&#x27;" in response.content.decode()
    other = client_for(make_youth("zoe@youth.example", "FR"))
    assert "06 12 34 56 78" not in other.get(_profile_url(french_youth)).content.decode()
    queue = client_for(french_coordinator).get("/en/moderation/queue/youth-fr/").content.decode()
    assert "06 12 34 56 78" in queue or f"/en/moderation/items/{profile.moderation_id}/" in queue
    moderation.moderate(french_coordinator, profile.moderation, "approve")
    assert "06 12 34 56 78" in other.get(_profile_url(french_youth)).content.decode()


@pytest.mark.django_db
def test_a_new_members_about_me_waits_like_their_first_posts(client_for: Callable[[User], Client]) -> None:
    newcomer = make_youth("new@youth.example", "FR")

    client_for(newcomer).post(_profile_url(newcomer), {"about": "Hello!", "is_public": "on"})

    profile = YouthProfile.objects.get(user=newcomer)
    assert profile.moderation.status == Status.HELD
    assert profile.moderation.held_because == "new_account"


@pytest.mark.django_db
def test_an_about_me_a_moderator_hid_goes_back_to_the_queue_when_changed(
    client_for: Callable[[User], Client], french_youth: User, french_coordinator: User
) -> None:
    client = client_for(french_youth)
    client.post(_profile_url(french_youth), {"about": "Rude words here", "is_public": "on"})
    profile = YouthProfile.objects.get(user=french_youth)
    moderation.moderate(french_coordinator, profile.moderation, "hide", "Please keep it kind.")

    client.post(_profile_url(french_youth), {"about": "Kind words now", "is_public": "on"})

    item = ModeratedItem.objects.get(pk=profile.moderation_id)
    assert item.status == Status.HELD
    assert item.held_because == "edited"
    assert AuditEntry.objects.filter(item_id=item.pk, action="edited").exists()


@pytest.mark.django_db
def test_self_harm_words_show_the_helpline_at_once(client_for: Callable[[User], Client], french_youth: User) -> None:
    response = client_for(french_youth).post(
        _profile_url(french_youth), {"about": "Sometimes I want to kill myself", "is_public": ""}, follow=True
    )

    assert b"You are not alone" in response.content


@pytest.mark.django_db
def test_too_long_text_is_refused_and_kept(client_for: Callable[[User], Client], french_youth: User) -> None:
    text = "x" * 281

    response = client_for(french_youth).post(_profile_url(french_youth), {"about": text})

    assert response.status_code == 400
    assert b"Ensure this value has at most 280 characters" in response.content
    assert text.encode() in response.content
    assert YouthProfile.objects.get(user=french_youth).about == ""


@pytest.mark.django_db
def test_nobody_can_change_someone_elses_about_me(client_for: Callable[[User], Client], french_youth: User) -> None:
    other = make_youth("zoe@youth.example", "FR")
    trusted(other)

    response = client_for(other).post(_profile_url(french_youth), {"about": "Hacked", "is_public": "on"})

    assert response.status_code == 404
    assert YouthProfile.objects.get(user=french_youth).about == ""
    assert b"Edit my profile" not in client_for(other).get(_profile_url(french_youth)).content


@pytest.mark.django_db
def test_a_suspended_member_cannot_change_their_about_me(
    client_for: Callable[[User], Client], french_youth: User, french_coordinator: User
) -> None:
    client = client_for(french_youth)
    client.post(_profile_url(french_youth), {"about": "Hi", "is_public": "on"})
    item = YouthProfile.objects.get(user=french_youth).moderation
    moderation.moderate(french_coordinator, item, "suspend", "Repeated insults.")

    response = client.post(_profile_url(french_youth), {"about": "Changed", "is_public": "on"})

    assert response.status_code == 400
    assert b"suspended" in response.content
    assert YouthProfile.objects.get(user=french_youth).about == "Hi"
