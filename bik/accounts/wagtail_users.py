"""wagtail.users, configured with the platform's user forms (bik.accounts.admin_users). Only the app
configuration lives here: INSTALLED_APPS imports it before any model is ready."""

from __future__ import annotations

from wagtail.users.apps import WagtailUsersAppConfig


class UsersConfig(WagtailUsersAppConfig):
    user_viewset = "bik.accounts.admin_users.UserViewSet"
