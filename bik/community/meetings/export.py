"""The community meetings' part of a person's data export: their answers to invitations and the documents
they uploaded."""

from __future__ import annotations

from typing import Any

from bik.accounts.models import User
from bik.community.meetings.models import MeetingDocument, Rsvp


def export_user_data(user: User) -> dict[str, Any] | None:
    answers = list(Rsvp.objects.filter(user=user).select_related("meeting").order_by("answered_at", "pk"))
    documents = list(
        MeetingDocument.objects.filter(uploaded_by=user).select_related("meeting").order_by("uploaded_at", "pk")
    )
    if not (answers or documents):
        return None
    return {
        "answers": [
            {
                "meeting": answer.meeting.title,
                "starts_at": answer.meeting.starts_at.isoformat(),
                "answer": answer.answer,
                "answered_at": answer.answered_at.isoformat(),
            }
            for answer in answers
        ],
        "documents_uploaded": [
            {
                "meeting": document.meeting.title,
                "title": document.title,
                "uploaded_at": document.uploaded_at.isoformat(),
            }
            for document in documents
        ],
    }
