"""The admin's user form refuses to make a community member a youth member, or a youth member a community
member, as the services do."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from bik.accounts.models import User
from bik.accounts.roles import Role
from tests.conftest import Cast

pytestmark = pytest.mark.django_db


def _edit(admin: Client, user: User, roles: list[Role]) -> str:
    data = {
        "email": user.email,
        "first_name": "First",
        "last_name": "Last",
        "is_active": "on",
        "groups": [Group.objects.get(name=role.value).pk for role in roles],
    }
    response = admin.post(reverse("wagtailusers_users:edit", args=[user.pk]), data)
    return response.content.decode() if response.status_code == 200 else ""


def test_a_community_member_is_not_given_the_youth_role(cast: Cast, client_for: Callable[[User], Client]) -> None:
    page = _edit(client_for(cast.network_admin), cast.sic_member, [Role.SIC_MEMBER, Role.YOUTH_MEMBER])

    assert "Youth accounts cannot join the community" in page
    assert not cast.sic_member.groups.filter(name=Role.YOUTH_MEMBER.value).exists()


def test_a_youth_member_is_not_given_the_community_role(cast: Cast, client_for: Callable[[User], Client]) -> None:
    page = _edit(client_for(cast.network_admin), cast.youth_member, [Role.YOUTH_MEMBER, Role.SIC_MEMBER])

    assert "Youth accounts cannot join the community" in page
    assert not cast.youth_member.groups.filter(name=Role.SIC_MEMBER.value).exists()


def test_other_role_changes_are_saved(cast: Cast, client_for: Callable[[User], Client]) -> None:
    _edit(client_for(cast.network_admin), cast.member, [Role.SUBSCRIBER])

    assert cast.member.groups.filter(name=Role.SUBSCRIBER.value).exists()
