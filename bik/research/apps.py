from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ResearchConfig(AppConfig):
    """Editors' and moderators' permissions on this domain's records: bik.accounts.roles.ROLES."""

    name = "bik.research"
    label = "research"
    verbose_name = _("Research and industry")
