from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    """Editors' and moderators' permissions on this domain's records: bik.accounts.roles.ROLES."""

    name = "bik.events"
    label = "events"
    verbose_name = _("Events")
