"""The admin menu is built once per process: its items' addresses are read as it is shown, in the language of
whoever reads it, not in that of the first person who opened the admin."""

from __future__ import annotations

import pytest
from django.utils import translation
from wagtail import hooks

pytestmark = pytest.mark.django_db


def test_menu_items_link_in_the_readers_language() -> None:
    with translation.override("pl"):
        items = [make() for make in hooks.get_hooks("register_admin_menu_item")]
    with translation.override("de"):
        urls = {str(item.label): str(item.url) for item in items}

    prefixed = {label: url for label, url in urls.items() if url.startswith(("/pl/", "/de/"))}
    assert prefixed, urls  # some of them are pages of the site, under a language prefix
    assert all(url.startswith("/de/") for url in prefixed.values()), prefixed
