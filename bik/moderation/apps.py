from typing import Any

from django.apps import AppConfig, apps
from django.db.models.signals import post_delete


def _drop_orphaned_item(sender: type[Any], instance: Any, **kwargs: Any) -> None:
    """Content removed (by a moderator, a cascade, or with its author's profile): its moderation record goes
    too, so no queue item or report is ever left pointing at nothing. The audit log keeps its plain values."""
    from bik.moderation.models import ModeratedItem

    ModeratedItem.objects.filter(pk=instance.moderation_id).delete()


class ModerationConfig(AppConfig):
    name = "bik.moderation"
    label = "moderation"

    def ready(self) -> None:
        from bik.accounts import export
        from bik.moderation.models import ModeratedContent
        from bik.moderation.services import export_user_data

        export.register("moderation", export_user_data)
        for model in apps.get_models():
            if issubclass(model, ModeratedContent):
                post_delete.connect(
                    _drop_orphaned_item, sender=model, dispatch_uid=f"moderation-orphan-{model._meta.label}"
                )
