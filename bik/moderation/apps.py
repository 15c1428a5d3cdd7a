from django.apps import AppConfig


class ModerationConfig(AppConfig):
    name = "bik.moderation"
    label = "moderation"

    def ready(self) -> None:
        from bik.accounts import export
        from bik.moderation.services import export_user_data

        export.register("moderation", export_user_data)
