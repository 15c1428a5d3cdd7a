"""The guide to online services' entries made to order: one app or platform with the facts the guide gives."""

from __future__ import annotations

import datetime as dt
from typing import Any

import factory
from django.utils.text import slugify
from factory.django import DjangoModelFactory
from wagtail.images.models import Image
from wagtail.models import Locale

from bik.guide.models import Category, OnlineService


class OnlineServiceFactory(DjangoModelFactory[OnlineService]):
    """A published English entry for a social-media app whose terms allow it from 13, with the facts every entry
    must have (what it is used for, its privacy settings and reporting tools), a safety tip and no picture.
    `publish=False` leaves it a draft. Saved as an editor saves it: checked (`full_clean`), then a revision,
    published."""

    class Meta:
        model = OnlineService

    name = factory.Sequence(lambda number: f"Service {number}")
    # A title with no Latin letter (Greek, …) gives no slug of its own.
    slug = factory.LazyAttributeSequence(lambda service, number: slugify(service.name)[:80] or f"service-{number}")
    category = Category.SOCIAL_MEDIA
    minimum_age = 13
    age_rating = "PEGI 12"
    used_for = "Chatting with friends."
    privacy_settings = "<p>Make the account private.</p>"
    reporting_tools = "<p>Report and block from the profile menu.</p>"
    safety_tips = "<p>Be kind.</p>"
    last_reviewed = dt.date(2026, 2, 1)
    locale = factory.LazyFunction(Locale.get_default)

    @classmethod
    def _create(cls, model_class: type[OnlineService], *args: Any, **kwargs: Any) -> OnlineService:
        publish: bool = kwargs.pop("publish", True)
        service = model_class(*args, live=False, **kwargs)
        service.full_clean()
        service.save()
        revision = service.save_revision()
        if publish:
            revision.publish()
            service.refresh_from_db()
        return service


def live_services_in_bulk(
    count: int,
    *,
    name: str = "Bulk service",
    category: str = Category.AI,
    minimum_age: int = 13,
    image: Image | None = None,
) -> list[OnlineService]:
    """`count` live English entries ("Bulk service 0000", … in the guide's order by name) in one query, without
    revisions: for lists measured with a thousand rows."""
    english = Locale.get_default()
    start = OnlineService.objects.count()  # slugs unique however many batches a test makes
    services: list[OnlineService] = OnlineService.objects.bulk_create(
        OnlineService(
            name=f"{name} {start + number:04d}",
            slug=f"{slugify(name)}-{start + number}",
            category=category,
            minimum_age=minimum_age,
            age_rating="PEGI 12",
            used_for="Chatting with friends.",
            privacy_settings="<p>Make the account private.</p>",
            reporting_tools="<p>Report and block from the profile menu.</p>",
            safety_tips="<p>Be kind.</p>",
            last_reviewed=dt.date(2026, 2, 1),
            image=image,
            locale=english,
            live=True,
        )
        for number in range(count)
    )
    return services
