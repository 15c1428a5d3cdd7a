from django.apps import AppConfig


class PanelsConfig(AppConfig):
    name = "bik.panels"
    label = "panels"

    def ready(self) -> None:
        from django.db.models.signals import post_save

        from bik.accounts import export
        from bik.moderation.models import ModeratedItem
        from bik.panels import services

        services.register_moderation_policies()
        # A decision about an article (approve, hide, reject) changes what the public panel pages show.
        post_save.connect(services.article_decided, sender=ModeratedItem, dispatch_uid="bik.panels.decided")
        export.register("panels", services.export_user_data)
