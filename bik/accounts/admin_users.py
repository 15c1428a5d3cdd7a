"""Wagtail's user admin with the platform's role rules: the user forms refuse a combination of roles that the
services refuse too (a youth account that is also a community member)."""

from __future__ import annotations

from typing import Any

from wagtail.users import forms as wagtail_forms
from wagtail.users.views import users as wagtail_users

from bik.accounts.models import User


def _check_roles(form: Any, data: dict[str, Any]) -> None:
    from bik.community.services import role_conflict

    groups = data.get("groups")
    if groups is None:
        return
    user = form.instance if isinstance(form.instance, User) and form.instance.pk else None
    message = role_conflict(user, {group.name for group in groups})
    if message:
        form.add_error("groups", message)


class UserCreationForm(wagtail_forms.UserCreationForm):
    def clean(self) -> dict[str, Any]:
        data: dict[str, Any] = super().clean()
        _check_roles(self, data)
        return data


class UserEditForm(wagtail_forms.UserEditForm):
    def clean(self) -> dict[str, Any]:
        data: dict[str, Any] = super().clean()
        _check_roles(self, data)
        return data


class UserViewSet(wagtail_users.UserViewSet):
    def get_form_class(self, for_update: bool = False) -> type[Any]:
        return UserEditForm if for_update else UserCreationForm
