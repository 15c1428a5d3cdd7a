"""The tasks that deliver queued email: one plain message, or a message rendered elsewhere (allauth's, the
bulletin's) kept as plain data."""

from __future__ import annotations

from typing import Any

from django.core.mail import EmailMessage, EmailMultiAlternatives
from django_tasks import task


@task(queue_name="email")
def send_email(to: list[str], subject: str, body: str, html: str, headers: dict[str, str]) -> int:
    message = EmailMultiAlternatives(subject=subject, body=body, to=to, headers=headers)
    if html:
        message.attach_alternative(html, "text/html")
    return message.send()


def message_data(message: EmailMessage) -> dict[str, Any]:
    """An email as plain data, for the task queue: rendered in the request (its language and links), sent by a
    worker."""
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
def send_message(data: dict[str, Any]) -> int:
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
    return message.send()
