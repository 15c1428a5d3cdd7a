from django.apps import AppConfig


class CommunityConfig(AppConfig):
    name = "bik.community"
    label = "community"

    def ready(self) -> None:
        from bik.community.access import register_moderation_policy

        register_moderation_policy()
