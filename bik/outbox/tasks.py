"""The task that delivers one queued email."""

from __future__ import annotations

from django.core.mail import EmailMultiAlternatives
from django_tasks import task


@task(queue_name="email")
def send_email(to: list[str], subject: str, body: str, html: str, headers: dict[str, str]) -> int:
    message = EmailMultiAlternatives(subject=subject, body=body, to=to, headers=headers)
    if html:
        message.attach_alternative(html, "text/html")
    return message.send()
