from typing import Any

from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _

# Editors draft and import resources; moderators and network admins also publish and delete them.
EDITOR_VERBS = ("add", "change", "view")
PUBLISHER_VERBS = (*EDITOR_VERBS, "delete", "publish")
MODELS = ("resource", "topic", "agegroup", "audience", "resourcetype")


def grant_permissions(**kwargs: Any) -> None:
    from django.apps import apps
    from django.contrib.auth.management import create_permissions
    from django.contrib.auth.models import Group, Permission

    from bik.accounts.roles import Role

    create_permissions(apps.get_app_config("resources"), verbosity=0)
    grants = {Role.EDITOR: EDITOR_VERBS, Role.MODERATOR: PUBLISHER_VERBS, Role.NETWORK_ADMIN: PUBLISHER_VERBS}
    for role, verbs in grants.items():
        group = Group.objects.filter(name=role.value).first()
        if group is None:
            continue
        codenames = [f"{verb}_{model}" for model in MODELS for verb in verbs]
        group.permissions.add(*Permission.objects.filter(content_type__app_label="resources", codename__in=codenames))


class ResourcesConfig(AppConfig):
    name = "bik.resources"
    label = "resources"
    verbose_name = _("Resources")

    def ready(self) -> None:
        from django.apps import apps

        # After accounts' own handler (same sender, connected earlier) has created the role groups.
        post_migrate.connect(
            grant_permissions, sender=apps.get_app_config("wagtailcore"), dispatch_uid="bik.resources.grant_permissions"
        )
