"""What the gallery shows, read from its page; and the resources other areas' tests make, in the words they
used before the factories (tests/factories/resources.py), which new tests call instead."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from wagtail.models import Locale

from bik.network.models import Centre
from bik.resources.models import AgeGroup, Audience, Resource, ResourceType, Topic
from tests.factories.resources import AgeGroupFactory, ResourceFactory, TopicFactory, resources_in_bulk


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
    """`ResourceFactory.create(...)`, tagged with the English terms of these slugs that exist."""
    english = Locale.get_default()
    return ResourceFactory.create(
        title=title,
        description=description,
        locale=Locale.objects.get(language_code=locale),
        languages=languages,
        topics=list(Topic.objects.filter(slug__in=topics, locale=english)),
        age_groups=list(AgeGroup.objects.filter(slug__in=ages, locale=english)),
        audiences=list(Audience.objects.filter(slug__in=audiences, locale=english)),
        types=list(ResourceType.objects.filter(slug__in=types, locale=english)),
        centre=Centre.objects.get(country=centre) if centre else None,
        date=date or dt.date(2026, 1, 1),
        publish=publish,
    )


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
    """`resources_in_bulk(...)` from Germany's centre, of the topic and age group of these slugs (made when
    missing)."""
    resources_in_bulk(
        count,
        prefix=prefix,
        language=language,
        topics=[TopicFactory.create(slug=topic, name=topic.title())],
        age_groups=[AgeGroupFactory.create(slug=age, name=age.replace("-", "\N{EN DASH}"))],
        date=date,
        image=image,
    )
