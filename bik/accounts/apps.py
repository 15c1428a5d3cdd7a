from typing import Any

from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_migrate
from django.utils.translation import gettext_lazy as _


def _groups_changed(instance: object, **kwargs: Any) -> None:
    from bik.accounts.roles import forget_roles

    forget_roles(instance)


def _sync_roles(**kwargs: Any) -> None:
    from bik.accounts.roles import sync_roles

    sync_roles()


class AccountsConfig(AppConfig):
    name = "bik.accounts"
    label = "accounts"
    verbose_name = _("Accounts")

    def ready(self) -> None:
        # Connected to Wagtail's app so that it runs once, after the apps whose permissions it grants.
        from django.apps import apps

        wagtailcore = apps.get_app_config("wagtailcore")
        post_migrate.connect(_sync_roles, sender=wagtailcore, dispatch_uid="bik.accounts.sync_roles")
        # A user object remembers its roles for its lifetime (a request); adding or removing a group forgets them.
        user_model = apps.get_model("accounts", "User")
        m2m_changed.connect(_groups_changed, sender=user_model.groups.through, dispatch_uid="bik.accounts.roles")
