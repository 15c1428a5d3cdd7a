from __future__ import annotations

from typing import Any

from django.urls import URLPattern, path, reverse, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.blocks import StreamValue
from wagtail.models import Page
from wagtail.rich_text import RichText

from bik.accounts.models import User
from bik.pages import admin_views, translations
from bik.pages.chrome import structure_copy, structure_html


@hooks.register("register_admin_urls")
def register_admin_urls() -> list[URLPattern]:
    return [
        path(
            "translations/<int:page_id>/submit/",
            admin_views.submit_translation,
            name="bik_submit_translation",
        )
    ]


STRUCTURE_FIELDS = ("title", "intro", "hero_heading", "hero_text")


@hooks.register("before_serve_page")
def copy_in_the_readers_language(page: Page, request: Any, serve_args: Any, serve_kwargs: Any) -> None:
    """The page served (not saved) with its structure copy in the reader's language while it is an alias of the
    English page (`chrome.structure_copy`): its heading, introduction, browser title and the links that name
    it (a resource's way back to the gallery) read alike, whatever template shows them; and its body's paragraphs,
    headings and list items the catalogues hold (`chrome.structure_html`)."""
    for name in STRUCTURE_FIELDS:
        value = getattr(page, name, None)
        if isinstance(value, str) and value:
            setattr(page, name, structure_copy(page, value))
    body = getattr(page, "body", None)
    if page.alias_of_id is None or not isinstance(body, StreamValue):
        return
    blocks: list[tuple[str, Any]] = []
    changed = False
    for block in body:
        value = block.value
        if isinstance(value, RichText):
            shown = structure_html(page, value.source)
            changed = changed or shown != value.source
            value = RichText(shown)
        blocks.append((block.block_type, value))
    if changed:
        page.body = blocks


@hooks.register("register_admin_menu_item")
def pattern_library_menu_item() -> MenuItem:
    """The design system's living pattern library (a public-site page, staff only)."""
    return MenuItem(_("Pattern library"), reverse_lazy("pages:pattern_library"), icon_name="view", order=10000)


@hooks.register("register_page_listing_more_buttons")
@hooks.register("register_page_header_buttons")
def submit_translation_button(
    page: Page, user: Any, view_name: str | None = None, next_url: str | None = None
) -> list[Button]:
    """In a translated page's header and its "More" menu in page listings, for editors who may not publish."""
    if not isinstance(user, User) or page.permissions_for_user(user).can_publish():
        return []
    if not translations.can_submit(user, page):
        return []
    return [
        Button(
            _("Submit translation for moderation"),
            reverse("bik_submit_translation", args=[page.pk]),
            icon_name="resubmit",
            priority=4,
        )
    ]
