from django.apps import AppConfig


class SidConfig(AppConfig):
    """Editors' and network admins' permissions on editions and organisers: bik.accounts.roles.ROLES."""

    name = "bik.sid"
    label = "sid"

    def ready(self) -> None:
        from bik.accounts import leaving
        from bik.sid.services import forget_supporter

        leaving.register("sid", forget_supporter)
