"""Background work of accounts: sending the emails that sign-up, password reset and similar forms trigger,
outside the visitor's request, so an answer takes the same time whether or not an email went out."""

from __future__ import annotations

from typing import Any

from django.core.mail import EmailMessage, EmailMultiAlternatives
from django_tasks import task


def message_data(message: EmailMessage) -> dict[str, Any]:
    """An email as plain data, for the task queue: rendered in the request (its language and links), sent
    by a worker."""
    alternatives = [[str(content), str(mimetype)] for content, mimetype in getattr(message, "alternatives", [])]
    return {
        "subject": str(message.subject),
        "body": str(message.body),
        "from_email": message.from_email,
        "to": list(message.to),
        "headers": {str(key): str(value) for key, value in message.extra_headers.items()},
        "alternatives": alternatives,
        "html_only": message.content_subtype == "html",
    }


@task(queue_name="email")
def send_email(data: dict[str, Any]) -> None:
    message = EmailMultiAlternatives(
        subject=data["subject"],
        body=data["body"],
        from_email=data["from_email"],
        to=data["to"],
        headers=data["headers"],
    )
    if data.get("html_only"):
        message.content_subtype = "html"
    for content, mimetype in data["alternatives"]:
        message.attach_alternative(content, mimetype)
    message.send()


def queue_email(message: EmailMessage) -> None:
    """Send `message` from the task queue. With the database queue (the default) the task is written in the
    caller's transaction, so a rolled-back sign-up sends nothing."""
    send_email.enqueue(message_data(message))
