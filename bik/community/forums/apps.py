from typing import Any

from django.apps import AppConfig


class ForumsConfig(AppConfig):
    name = "bik.community.forums"
    label = "forums"

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save

        from bik.accounts import export
        from bik.community.forums.export import export_user_data
        from bik.community.forums.models import Post
        from bik.moderation.models import ModeratedItem

        post_save.connect(_moderation_saved, sender=ModeratedItem, dispatch_uid="forums-moderation-counters")
        post_delete.connect(_post_deleted, sender=Post, dispatch_uid="forums-post-deleted-counters")
        export.register("community_forums", export_user_data)


def _moderation_saved(sender: Any, instance: Any, created: bool, update_fields: Any = None, **kwargs: Any) -> None:
    """The moderation engine knows nothing of forum counters; when a moderator changes the status of a forum
    post, the thread and forum counters are counted again so that hidden posts drop out of lists."""
    from bik.community.access import FORUMS_SPACE

    if created or instance.space_key != FORUMS_SPACE or instance.object_id is None:
        return
    if update_fields is not None and "status" not in update_fields:
        return
    from bik.community.forums import services

    services.moderation_changed(instance)


def _post_deleted(sender: Any, instance: Any, **kwargs: Any) -> None:
    """Posts go when their author's account is deleted (with the moderation record they hang on): count the
    thread and forum again once the deletion is committed."""
    from bik.community.forums import services

    services.recount_after_commit(instance.thread_id)
