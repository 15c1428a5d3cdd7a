from __future__ import annotations

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from bik.community.meetings import services
from bik.community.meetings.models import Meeting, MeetingDocument
from tests.conftest import Cast

PDF = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"


def details(days: int = 14, **overrides: object) -> services.MeetingDetails:
    starts = (timezone.now() + dt.timedelta(days=days)).replace(microsecond=0)
    values: dict[str, object] = {
        "title": "Training: supporting victims of sextortion",
        "kind": Meeting.Kind.TRAINING,
        "starts_at": starts,
        "ends_at": starts + dt.timedelta(hours=2),
        "timezone": "Europe/Brussels",
        "online_url": "https://meet.example.org/training",
        "agenda": "<ul><li>Welcome</li><li>Cases</li></ul>",
    }
    values.update(overrides)
    return services.MeetingDetails(**values)  # type: ignore[arg-type]


@pytest.fixture
def meeting(cast: Cast) -> Meeting:
    return services.create_meeting(cast.network_admin, details())


@pytest.fixture
def past_meeting(cast: Cast) -> Meeting:
    return services.create_meeting(
        cast.network_admin, details(days=-30, title="Autumn network meeting", place="Brussels", online_url="")
    )


@pytest.fixture
def document(cast: Cast, meeting: Meeting) -> MeetingDocument:
    upload = SimpleUploadedFile("minutes.pdf", PDF, content_type="application/pdf")
    return services.add_document(cast.network_admin, meeting, title="Minutes", upload=upload)
