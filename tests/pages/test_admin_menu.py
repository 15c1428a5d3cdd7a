"""The admin menu is built once per process: its items' addresses are read as it is shown, in the language of
whoever reads it, not in that of the first person who opened the admin."""

from __future__ import annotations

import pytest
from django.test import RequestFactory
from django.utils import translation
from wagtail import hooks

from bik.accounts.roles import Role
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db


def test_menu_items_link_in_the_readers_language() -> None:
    with translation.override("pl"):
        items = [make() for make in hooks.get_hooks("register_admin_menu_item")]
    with translation.override("de"):
        urls = {str(item.label): str(item.url) for item in items}

    prefixed = {label: url for label, url in urls.items() if url.startswith(("/pl/", "/de/"))}
    assert prefixed, urls  # some of them are pages of the site, under a language prefix
    assert all(url.startswith("/de/") for url in prefixed.values()), prefixed


@pytest.mark.parametrize(
    ("role", "shown"), [(Role.EDITOR, True), (Role.NETWORK_ADMIN, True), (Role.HOTLINE_ANALYST, False)]
)
def test_editors_find_the_youth_spaces_resource_picks_in_the_menu(role: Role, shown: bool) -> None:
    """The front-end page where editors pick resources for each youth space: the menu is the way to it."""
    request = RequestFactory().get("/admin/")
    request.user = UserFactory.create(role=role, mfa=True)
    items = {str(item.url): item for item in (make() for make in hooks.get_hooks("register_admin_menu_item"))}

    assert items["/en/youth/picks/"].is_shown(request) is shown
