from django.apps import AppConfig


class CommunityConfig(AppConfig):
    name = "bik.community"
    label = "community"

    def ready(self) -> None:
        from bik.accounts import export
        from bik.community.access import register_moderation_policy
        from bik.community.export import export_user_data

        register_moderation_policy()
        export.register("community", export_user_data)
