"""Background work of the SID mini-site: the emails to supporters and organisers."""

from __future__ import annotations

from django.core.mail import send_mail
from django_tasks import task


@task(queue_name="email")
def send_sid_email(to: str, subject: str, body: str) -> None:
    send_mail(subject, body, None, [to])
