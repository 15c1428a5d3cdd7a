from django.apps import AppConfig


class SidConfig(AppConfig):
    """Editors' and network admins' permissions on editions and organisers: bik.accounts.roles.ROLES."""

    name = "bik.sid"
    label = "sid"
