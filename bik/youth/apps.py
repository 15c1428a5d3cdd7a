from django.apps import AppConfig


class YouthConfig(AppConfig):
    name = "bik.youth"
    label = "youth"

    def ready(self) -> None:
        from bik.youth.services import register_moderation_policy

        register_moderation_policy()
