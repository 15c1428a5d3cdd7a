from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ResourcesConfig(AppConfig):
    """Editors' and moderators' permissions on this domain's records: bik.accounts.roles.ROLES."""

    name = "bik.resources"
    label = "resources"
    verbose_name = _("Resources")
