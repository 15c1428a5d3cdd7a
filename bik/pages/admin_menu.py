"""Admin menu items that only some people see (a review queue, an import, a report): one class, given who."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.http import HttpRequest
from django.utils.functional import Promise
from wagtail.admin.menu import MenuItem


class MenuItemFor(MenuItem):
    """A menu item shown to the people `shown_to(user)` admits; the view behind it checks again at its door.

    The menu is built once per process, so a language-prefixed `url` is given lazily (`reverse_lazy`): read as the
    menu is shown, in the language of whoever reads it."""

    def __init__(
        self, shown_to: Callable[[Any], bool], label: str | Promise, url: str | Promise, **kwargs: Any
    ) -> None:
        super().__init__(label, url, **kwargs)
        self.shown_to = shown_to

    def is_shown(self, request: HttpRequest) -> bool:
        return bool(self.shown_to(request.user))
