"""Moderation pages: queues for a space's coordinators and for moderators; nobody else."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from django.test import Client

from bik.accounts.models import User
from bik.moderation import services as moderation
from bik.moderation.models import Action, AuditEntry, ModeratedItem
from bik.youth import services
from tests.conftest import Cast
from tests.youth.conftest import make_coordinator, make_youth


@pytest.fixture
def held_item(db: None) -> ModeratedItem:
    author = make_youth("held@youth.example", "FR")
    space = services.national_space("FR")
    return services.submit_post(author, space, kind="discussion", title="Held", body="call 0612345678").item


@pytest.mark.django_db
def test_anonymous_visitors_are_sent_to_sign_in(held_item: ModeratedItem) -> None:
    for path in ("/en/moderation/", "/en/moderation/queue/youth-fr/", f"/en/moderation/items/{held_item.pk}/",
                 "/en/moderation/reports/", "/en/moderation/audit/"):  # fmt: skip
        response = Client().get(path)
        assert response.status_code == 302, path
        assert "/accounts/login/" in response["Location"]


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["subscriber", "youth_member", "sic_member", "editor", "member", "youth_coordinator"])
def test_people_who_do_not_moderate_the_space_get_not_found(
    role: str, cast: Cast, client_for: Callable[[User], Client], held_item: ModeratedItem
) -> None:
    client = client_for(getattr(cast, role))

    assert client.get("/en/moderation/queue/youth-fr/").status_code == 404
    assert client.get(f"/en/moderation/items/{held_item.pk}/").status_code == 404
    assert client.post(f"/en/moderation/items/{held_item.pk}/", {"action": "approve"}).status_code == 404
    assert client.get("/en/moderation/audit/").status_code == 404
    held_item.refresh_from_db()
    assert held_item.status == "held"


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["moderator", "network_admin"])
def test_moderators_see_every_queue_and_the_audit_log(
    role: str, cast: Cast, client_for: Callable[[User], Client], held_item: ModeratedItem
) -> None:
    client = client_for(getattr(cast, role))

    overview = client.get("/en/moderation/")
    assert overview.status_code == 200
    assert b'href="/en/moderation/audit/"' in overview.content  # found from the queues, not only by its address
    assert client.get("/en/moderation/queue/youth-fr/").status_code == 200
    assert client.get("/en/moderation/audit/").status_code == 200


@pytest.mark.django_db
def test_a_coordinator_sees_the_queue_of_their_own_space_only(
    client_for: Callable[[User], Client], held_item: ModeratedItem
) -> None:
    services.european_space()
    client = client_for(make_coordinator("c@fr.example", "FR"))

    overview = client.get("/en/moderation/")

    assert overview.status_code == 200
    assert b"youth-fr" in overview.content
    assert b"youth-europe" not in overview.content
    assert b"/moderation/audit/" not in overview.content
    assert client.get("/en/moderation/queue/youth-europe/").status_code == 404
    assert client.get("/en/moderation/audit/").status_code == 404


@pytest.mark.django_db
def test_a_reason_is_required_to_reject_and_the_form_keeps_the_choice(
    client_for: Callable[[User], Client], held_item: ModeratedItem
) -> None:
    client = client_for(make_coordinator("c@fr.example", "FR"))

    response = client.post(f"/en/moderation/items/{held_item.pk}/", {"action": "reject", "reason": " "})

    assert response.status_code == 200
    assert b"Write the reason the author will read." in response.content
    assert re.search(rb'value="reject"[^>]* checked', response.content)
    assert not AuditEntry.objects.filter(item_id=held_item.pk, action="reject").exists()


@pytest.mark.django_db
def test_the_audit_log_names_each_action_in_words(
    cast: Cast, client_for: Callable[[User], Client], held_item: ModeratedItem
) -> None:
    moderation.moderate(cast.moderator, held_item, Action.HIDE, "Shares a phone number.")

    page = client_for(cast.moderator).get("/en/moderation/audit/").content.decode()

    assert "<td>Held for review</td>" in page
    assert "<td>Hidden</td>" in page  # done, not the choice the form offered ("Hide")
    assert "<td>held</td>" not in page
    assert "<td>hide</td>" not in page
