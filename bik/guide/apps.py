from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GuideConfig(AppConfig):
    """Editors' and moderators' permissions on this domain's records: bik.accounts.roles.ROLES."""

    name = "bik.guide"
    label = "guide"
    verbose_name = _("Guide to online services")
