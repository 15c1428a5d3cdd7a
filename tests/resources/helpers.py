from __future__ import annotations

import datetime as dt
import itertools
import re
from typing import Any

from django.conf import settings
from wagtail.models import Locale

from bik.network.models import Centre
from bik.resources.models import AgeGroup, Audience, Resource, ResourceLanguageVersion, ResourceType, Topic
from bik.resources.search import refresh_search_index

_counter = itertools.count(1)


def facet_count(html: str, facet: str, value: str) -> int | None:
    """The count the gallery page shows next to a facet value (None when the value is not shown)."""
    match = re.search(
        rf'id="facet-{facet}-{re.escape(value)}"[^>]*>\s*<label[^>]*>.*?resource-facet__count">\((\d+)', html, re.S
    )
    return int(match.group(1)) if match else None


def add_resource(
    title: str,
    *,
    description: str = "<p>A test resource.</p>",
    locale: str = "en",
    languages: tuple[str, ...] = ("en",),
    topics: tuple[str, ...] = (),
    ages: tuple[str, ...] = (),
    audiences: tuple[str, ...] = (),
    types: tuple[str, ...] = (),
    centre: str = "",
    date: dt.date | None = None,
    publish: bool = True,
) -> Resource:
    english = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    resource = Resource(
        title=title,
        description=description,
        locale=Locale.objects.get(language_code=locale),
        centre=Centre.objects.get(country=centre) if centre else None,
        date=date or dt.date(2026, 1, 1),
        live=False,
    )
    resource.topics = list(Topic.objects.filter(slug__in=topics, locale=english))
    resource.age_groups = list(AgeGroup.objects.filter(slug__in=ages, locale=english))
    resource.audiences = list(Audience.objects.filter(slug__in=audiences, locale=english))
    resource.types = list(ResourceType.objects.filter(slug__in=types, locale=english))
    resource.language_versions = [
        ResourceLanguageVersion(language=code, url=f"https://resources.bik.example/{next(_counter)}/{code}")
        for code in languages
    ]
    resource.save()
    revision = resource.save_revision()
    if publish:
        revision.publish()
        resource.refresh_from_db()
    return resource


def bulk_resources(
    count: int,
    *,
    topic: str = "gaming",
    age: str = "9-12",
    language: str = "de",
    prefix: str = "Bulk resource",
    date: dt.date = dt.date(2020, 1, 1),
    image: Any = None,
) -> None:
    """Many live resources at once, for query-count tests (no revisions, no Wagtail search index)."""
    english = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    topic_term = Topic.objects.get(slug=topic, locale=english)
    age_term = AgeGroup.objects.get(slug=age, locale=english)
    centre = Centre.objects.get(country="DE")
    created = Resource.objects.bulk_create(
        Resource(title=f"{prefix} {n}", locale=english, live=True, centre=centre, date=date, image=image)
        for n in range(count)
    )
    ResourceLanguageVersion.objects.bulk_create(
        ResourceLanguageVersion(resource=r, language=language, url="https://resources.bik.example/bulk")
        for r in created
    )
    Resource.topics.through.objects.bulk_create(Resource.topics.through(resource=r, topic=topic_term) for r in created)
    Resource.age_groups.through.objects.bulk_create(
        Resource.age_groups.through(resource=r, agegroup=age_term) for r in created
    )
    refresh_search_index(created)
