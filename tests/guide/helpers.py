from __future__ import annotations

import datetime as dt
import uuid

from django.utils.text import slugify
from wagtail.models import Locale

from bik.guide.models import OnlineService


def add_service(
    name: str,
    *,
    category: str = "social-media",
    minimum_age: int = 13,
    publish: bool = True,
    safety_tips: str = "<p>Be kind.</p>",
    used_for: str = "Chatting.",
) -> OnlineService:
    service = OnlineService(
        name=name,
        slug=f"{slugify(name)[:60]}-{uuid.uuid4().hex[:6]}",
        category=category,
        minimum_age=minimum_age,
        age_rating="PEGI 12",
        used_for=used_for,
        privacy_settings="<p>Make it private.</p>",
        reporting_tools="<p>Report and block.</p>",
        safety_tips=safety_tips,
        last_reviewed=dt.date(2026, 2, 1),
        locale=Locale.objects.get(language_code="en"),
        live=False,
    )
    service.full_clean()
    service.save()
    revision = service.save_revision()
    if publish:
        revision.publish()
        service.refresh_from_db()
    return service


def add_services_in_bulk(
    count: int, *, prefix: str = "Bulk service", category: str = "ai", minimum_age: int = 13
) -> None:
    """`count` live English services in one query (no revisions)."""
    english = Locale.objects.get(language_code="en")
    OnlineService.objects.bulk_create(
        OnlineService(
            name=f"{prefix} {number:04d}",
            slug=f"{slugify(prefix)}-{uuid.uuid4().hex[:8]}-{number}",  # unique in the batch
            category=category,
            minimum_age=minimum_age,
            age_rating="PEGI 12",
            used_for="Chatting.",
            privacy_settings="<p>Make it private.</p>",
            reporting_tools="<p>Report and block.</p>",
            safety_tips="<p>Be kind.</p>",
            last_reviewed=dt.date(2026, 2, 1),
            locale=english,
            live=True,
        )
        for number in range(count)
    )
