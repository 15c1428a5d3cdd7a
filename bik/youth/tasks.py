"""Background work of the youth area: webinar reminders, sent by the task worker at their time."""

from __future__ import annotations

from django_tasks import task

from bik.youth import webinars


@task(queue_name="email")
def send_webinar_reminder(registration_id: int) -> bool:
    return webinars.send_reminder(registration_id)
