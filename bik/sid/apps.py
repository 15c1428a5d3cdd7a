from typing import Any

from django.apps import AppConfig
from django.db.models.signals import post_migrate


def grant_editor_permissions(**kwargs: Any) -> None:
    """Editors manage editions; network admins also manage country profiles, committees and supporters."""
    from django.apps import apps
    from django.contrib.auth.management import create_permissions
    from django.contrib.auth.models import Group, Permission

    from bik.accounts.roles import Role

    create_permissions(apps.get_app_config("sid"), verbosity=0)

    grants = {
        Role.EDITOR: ("edition",),
        Role.NETWORK_ADMIN: ("edition", "countryprofile", "countryorganiser", "supporter"),
    }
    for role, models in grants.items():
        group = Group.objects.filter(name=role.value).first()
        if group is None:
            continue
        codenames = [f"{verb}_{model}" for model in models for verb in ("add", "change", "delete", "view")]
        group.permissions.add(*Permission.objects.filter(content_type__app_label="sid", codename__in=codenames))


class SidConfig(AppConfig):
    name = "bik.sid"
    label = "sid"

    def ready(self) -> None:
        from django.apps import apps

        # Runs after accounts' own handler (same sender, connected earlier) has created the role groups.
        post_migrate.connect(
            grant_editor_permissions,
            sender=apps.get_app_config("wagtailcore"),
            dispatch_uid="bik.sid.grant_editor_permissions",
        )
