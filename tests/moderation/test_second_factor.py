"""Moderators read what young people wrote before anyone else does, so, like youth coordinators, they moderate
only with a second factor; and an urgent item is emailed to the people who can open it."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

import pytest
from django.core import mail
from django.test import Client
from pytest_django import DjangoAssertNumQueries

from bik.accounts.models import User
from bik.accounts.roles import Role
from bik.moderation import emails, spaces
from bik.moderation.models import AuditEntry
from bik.youth import services as youth
from bik.youth.models import Post
from tests.factories.accounts import UserFactory
from tests.factories.youth import YouthCoordinatorFactory
from tests.youth.conftest import make_youth, trusted

Login = Callable[[User], Client]


class TrustedPost(NamedTuple):
    moderator: User
    writer: User
    post: Post


MODERATORS_PAGES = ["/en/moderation/", "/en/moderation/queue/youth-pt/", "/en/moderation/audit/"]


@pytest.mark.django_db
@pytest.mark.parametrize("role", [Role.MODERATOR, Role.NETWORK_ADMIN])
def test_a_moderator_without_a_second_factor_is_sent_to_set_one_up(role: Role, client_for: Login) -> None:
    without = UserFactory.create(email="no-mfa@mod.example", role=role)
    with_factor = UserFactory.create(email="mfa@mod.example", role=role, mfa=True)

    assert not spaces.is_global_moderator(without)
    assert spaces.is_global_moderator(with_factor)
    for path in MODERATORS_PAGES:
        refused = client_for(without).get(path)
        assert refused.status_code == 302, path
        assert "/accounts/2fa/" in refused["Location"], path
        assert "no-store" in refused["Cache-Control"] or "private" in refused["Cache-Control"], path
        assert client_for(with_factor).get(path).status_code == 200, path


@pytest.mark.django_db
def test_a_suspension_is_lifted_only_with_a_second_factor(client_for: Login) -> None:
    without = UserFactory.create(email="admin-no-mfa@mod.example", role=Role.NETWORK_ADMIN)
    response = client_for(without).get("/en/moderation/suspensions/")
    assert response.status_code == 302
    assert "/accounts/2fa/" in response["Location"]


@pytest.mark.django_db
def test_an_urgent_item_is_emailed_to_the_coordinators_who_can_open_it(db: None) -> None:
    able = YouthCoordinatorFactory.create(email="able@pt.example", country="PT")
    unable = YouthCoordinatorFactory.create(email="unable@pt.example", country="PT", mfa=False)
    writer = make_youth("w@youth.example", "PT")
    urgent = youth.submit_post(writer, youth.national_space("PT"), kind="blog", title="x", body="quero morrer").item
    mail.outbox.clear()

    assert emails.send_urgent_alert(urgent.pk) == 1
    assert [message.to for message in mail.outbox] == [[able.email]]
    assert unable.email not in {address for message in mail.outbox for address in message.to}


@pytest.mark.django_db
def test_when_no_coordinator_can_open_it_the_moderators_with_a_second_factor_are_emailed(db: None) -> None:
    YouthCoordinatorFactory.create(email="unable@pt.example", country="PT", mfa=False)
    moderator = UserFactory.create(email="mod@mod.example", role=Role.MODERATOR, mfa=True)
    UserFactory.create(email="mod-no-mfa@mod.example", role=Role.MODERATOR)
    writer = make_youth("w@youth.example", "PT")
    urgent = youth.submit_post(writer, youth.national_space("PT"), kind="blog", title="x", body="quero morrer").item
    mail.outbox.clear()

    emails.send_urgent_alert(urgent.pk)

    assert [message.to for message in mail.outbox] == [[moderator.email]]
    assert not AuditEntry.objects.filter(actor_id=moderator.pk).exists()  # telling is not acting


@pytest.mark.django_db
def test_the_moderators_emailed_are_those_who_moderate_every_space(
    django_assert_num_queries: DjangoAssertNumQueries,
) -> None:
    expected = [
        UserFactory.create(email="mod@mod.example", role=Role.MODERATOR, mfa=True),
        UserFactory.create(email="admin@mod.example", role=Role.NETWORK_ADMIN, mfa=True),
        UserFactory.create(email="root@mod.example", is_superuser=True, mfa=True),
    ]
    UserFactory.create(email="mod-no-mfa@mod.example", role=Role.MODERATOR)
    UserFactory.create(email="root-no-mfa@mod.example", is_superuser=True)
    UserFactory.create(email="left@mod.example", role=Role.MODERATOR, mfa=True, is_active=False)
    UserFactory.create(email="editor@mod.example", role=Role.EDITOR, mfa=True)

    with django_assert_num_queries(1):
        found = spaces.global_moderators()

    assert found == expected
    everyone = User.objects.filter(is_active=True).order_by("pk")
    assert found == [user for user in everyone if spaces.is_global_moderator(user)]


@pytest.mark.django_db
def test_the_account_page_tells_a_moderator_without_a_second_factor(client_for: Login) -> None:
    without = UserFactory.create(email="no-mfa@mod.example", role=Role.MODERATOR)
    with_factor = UserFactory.create(email="mfa@mod.example", role=Role.MODERATOR, mfa=True)
    notice = "Moderators must set up two-factor authentication first."

    told = client_for(without).get("/en/account/").content.decode()
    assert notice in told
    assert 'href="/en/moderation/"' not in told
    shown = client_for(with_factor).get("/en/account/").content.decode()
    assert notice not in shown
    assert 'href="/en/moderation/"' in shown


@pytest.mark.django_db
def test_a_moderator_reading_a_held_post_in_its_space_is_told_it_as_a_moderator(client_for: Login) -> None:
    """The item's "See it in its space" shows the post where it will stand; the notice speaks to whoever reads it."""
    moderator = UserFactory.create(email="mod@mod.example", role=Role.MODERATOR, mfa=True)
    writer = make_youth("w@youth.example", "PT")
    written = youth.submit_post(writer, youth.national_space("PT"), kind="blog", title="Primeiro", body="Olá")
    post = written.obj
    assert written.held
    item = client_for(moderator).get(f"/en/moderation/items/{post.moderation_id}/").content.decode()
    assert f'href="{post.get_absolute_url()}"' in item

    as_moderator = client_for(moderator).get(post.get_absolute_url()).content.decode()
    assert "Not shown to members (Held for review): only its writer and the moderators can see it." in as_moderator
    assert f'href="/en/moderation/items/{post.moderation_id}/"' in as_moderator
    assert "Only you and the moderators" not in as_moderator
    as_writer = client_for(writer).get(post.get_absolute_url()).content.decode()
    assert "Only you and the moderators can see this for now." in as_writer
    assert "Not shown to members" not in as_writer


@pytest.fixture
def trusted_post(db: None) -> TrustedPost:
    """A moderator with a second factor, and a post published at once by a trusted writer in the Portuguese space."""
    moderator = UserFactory.create(email="mod@mod.example", role=Role.MODERATOR, mfa=True)
    writer = make_youth("w@youth.example", "PT")
    trusted(writer)
    post = youth.submit_post(writer, youth.national_space("PT"), kind="blog", title="Primeiro", body="Olá").obj
    return TrustedPost(moderator, writer, post)


@pytest.mark.django_db
def test_a_held_comment_links_a_moderator_back_to_its_item(client_for: Login, trusted_post: TrustedPost) -> None:
    moderator, _, post = trusted_post
    newcomer = make_youth("new@youth.example", "PT")
    comment = youth.submit_comment(newcomer, post, "Também acho!")
    assert comment.held

    as_moderator = client_for(moderator).get(post.get_absolute_url()).content.decode()
    assert f'href="/en/moderation/items/{comment.item.pk}/"' in as_moderator
    as_newcomer = client_for(newcomer).get(post.get_absolute_url()).content.decode()
    assert "/moderation/items/" + str(comment.item.pk) + '/"' not in as_newcomer


@pytest.mark.django_db
def test_a_reported_published_comment_links_a_moderator_back_to_its_item(
    client_for: Login, trusted_post: TrustedPost
) -> None:
    """The item's "See it in its space" opens the post at the comment (?comment=): the way back is beside it."""
    moderator, writer, post = trusted_post
    comment = youth.submit_comment(writer, post, "Também acho!")
    assert not comment.held
    back = f'href="/en/moderation/items/{comment.item.pk}/"'

    item = client_for(moderator).get(f"/en/moderation/items/{comment.item.pk}/").content.decode()
    assert f'href="{comment.obj.get_absolute_url()}"'.replace("&", "&amp;") in item
    assert back in client_for(moderator).get(comment.obj.get_absolute_url()).content.decode()
    assert back not in client_for(moderator).get(post.get_absolute_url()).content.decode()  # no comment asked for
    reader = make_youth("r@youth.example", "PT")
    assert back not in client_for(reader).get(comment.obj.get_absolute_url()).content.decode()
