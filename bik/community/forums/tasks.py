"""Background work of the forums: emails to followers when someone posts, and the daily digest. Both are
safe to run twice (see `services.notify_followers` and `services.send_digests`)."""

from __future__ import annotations

from django_tasks import task

from bik.community.forums import services


@task(queue_name="email")
def notify_followers(post_id: int) -> int:
    return services.notify_followers(post_id)


@task(queue_name="email")
def send_forum_digests() -> int:
    return services.send_digests()
