from django.apps import AppConfig


class YouthConfig(AppConfig):
    name = "bik.youth"
    label = "youth"

    def ready(self) -> None:
        from bik.accounts import export
        from bik.youth.services import export_user_data, register_moderation_policy

        register_moderation_policy()
        export.register("youth", export_user_data)
