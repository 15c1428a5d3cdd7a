"""The policy monitor in the admin: network admins define each year's questionnaire (and copy it to the next
year); editors find the review of the countries' answers in the menu."""

from __future__ import annotations

from typing import Any

from django.urls import path, reverse, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets.button import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from bik.pages.admin_menu import MenuItemFor
from bik.policy import services, views
from bik.policy.models import Questionnaire


class QuestionnaireViewSet(SnippetViewSet):
    model = Questionnaire
    icon = "list-ol"
    menu_label = _("Policy questionnaires")
    add_to_admin_menu = True
    menu_order = 340
    list_display = ("year", "title", "created_at")


register_snippet(QuestionnaireViewSet)


@hooks.register("register_admin_urls")
def register_copy_url() -> list[Any]:
    return [path("policy/questionnaires/<int:pk>/copy/", views.copy_questionnaire, name="policy_copy")]


@hooks.register("register_snippet_listing_buttons")
def copy_button(snippet: object, user: Any, next_url: str | None = None) -> list[Button]:
    if isinstance(snippet, Questionnaire) and services.can_copy(user):
        return [
            Button(
                _("Copy to next year"),
                reverse("policy_copy", args=[snippet.pk]),
                icon_name="copy",
                priority=30,
            )
        ]
    return []


@hooks.register("register_admin_menu_item")
def register_review_item() -> MenuItem:
    return MenuItemFor(
        services.is_editor,
        _("Policy questionnaire review"),
        reverse_lazy("policy:review"),
        icon_name="tasks",
        order=341,
    )
