"""The resource gallery: resources with a link or a file per language, drafted and published as editors do (so
the gallery's search index and counts follow), their translations, the four vocabularies they are tagged with
(topics, age groups, audiences, types), and many resources at once for the query counts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

import factory
from django.utils.text import slugify
from factory.django import DjangoModelFactory
from wagtail.models import Locale

from bik.caching.pages import content_changed
from bik.catalogue.models import Term
from bik.network.models import Centre
from bik.resources.models import AgeGroup, Audience, Resource, ResourceLanguageVersion, ResourceType, Topic
from bik.resources.search import refresh_search_index
from tests.factories.catalogue import TermFactory
from tests.factories.research import PdfDocumentFactory


class TopicFactory(TermFactory):
    """An English resource topic, its slug made from its name (`name="Cyberbullying"`: "cyberbullying")."""

    class Meta:
        model = Topic


class AgeGroupFactory(TermFactory):
    """An English target age group. Name its slug (`slug="13-15"`) where the name does not make it (an en dash)."""

    class Meta:
        model = AgeGroup


class AudienceFactory(TermFactory):
    """An English resource audience, its slug made from its name."""

    class Meta:
        model = Audience


class ResourceTypeFactory(TermFactory):
    """An English resource type, its slug made from its name."""

    class Meta:
        model = ResourceType


# What ResourceFactory takes besides the resource's own fields.
_NOT_FIELDS = ("languages", "files", "topics", "age_groups", "audiences", "types", "publish")


class ResourceFactory(DjangoModelFactory[Resource]):
    """A live English resource of 1 January 2026, from no centre, with one version: a link in English.

    `languages=("el", "en")` gives it a version in each language, a link unless the language is also in `files`
    (then a one-page PDF to download); `topics=[…]`, `age_groups=[…]`, `audiences=[…]` and `types=[…]` tag it
    with terms; `publish=False` leaves it a draft. It is saved, revised and published as the admin does, so the
    gallery's search index and counts take it in."""

    class Meta:
        model = Resource

    title = factory.Sequence(lambda number: f"Resource {number}")
    description = "<p>A test resource.</p>"
    locale = factory.LazyFunction(Locale.get_default)
    date = dt.date(2026, 1, 1)
    centre = None

    languages: Sequence[str] = ("en",)
    files: Sequence[str] = ()
    topics: Sequence[Topic] = ()
    age_groups: Sequence[AgeGroup] = ()
    audiences: Sequence[Audience] = ()
    types: Sequence[ResourceType] = ()
    publish = True

    @classmethod
    def _create(cls, model_class: type[Resource], *args: Any, **kwargs: Any) -> Resource:
        extra = {name: kwargs.pop(name) for name in _NOT_FIELDS}
        resource = model_class(*args, live=False, **kwargs)
        resource.topics = _terms(Topic, extra["topics"])
        resource.age_groups = _terms(AgeGroup, extra["age_groups"])
        resource.audiences = _terms(Audience, extra["audiences"])
        resource.types = _terms(ResourceType, extra["types"])
        resource.language_versions = [
            ResourceLanguageVersion(language=language, sort_order=position, **_source(resource, language, extra))
            for position, language in enumerate(extra["languages"])
        ]
        resource.save()
        revision = resource.save_revision()
        if extra["publish"]:
            revision.publish()
            resource.refresh_from_db()
        return resource


def _terms(model: type[Term], terms: Iterable[Term]) -> list[Term]:
    """The terms, refused when of another vocabulary (the news and the videos have topics and age groups too)."""
    chosen = list(terms)
    for term in chosen:
        if not isinstance(term, model):
            raise TypeError(f"{term!r} is not a {model._meta.label}")
    return chosen


def _source(resource: Resource, language: str, extra: dict[str, Any]) -> dict[str, Any]:
    """A version's file (a PDF named after the resource) or its link."""
    if language in extra["files"]:
        return {"document": PdfDocumentFactory.create(title=f"{resource.title} ({language})")}
    return {"url": f"https://resources.bik.example/{slugify(resource.title)[:60]}/{language}"}


def translate_resource(resource: Resource, language: str, title: str, description: str | None = None) -> Resource:
    """`resource`'s text translated into `language` as wagtail-localize makes it (a copy in that locale, which
    lends its text to the original), published."""
    translation = resource.copy_for_translation(Locale.objects.get(language_code=language))
    translation.title = title
    if description is not None:
        translation.description = description
    translation.save()
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation


def resources_in_bulk(
    count: int,
    *,
    prefix: str = "Bulk resource",
    language: str = "de",
    topics: Iterable[Topic] = (),
    age_groups: Iterable[AgeGroup] = (),
    country: str = "DE",
    date: dt.date = dt.date(2020, 1, 1),
    image: Any = None,
) -> list[Resource]:
    """`count` live English resources from `country`'s centre with a link in `language`, tagged with `topics` and
    `age_groups`, in a handful of queries (no revisions, no Wagtail search index; the gallery's own index is
    written, and the site told of the change as a publication tells it): enough to fill the gallery's pages."""
    english = Locale.get_default()
    centre = Centre.objects.get(country=country)
    created: list[Resource] = Resource.objects.bulk_create(
        Resource(title=f"{prefix} {number}", locale=english, live=True, centre=centre, date=date, image=image)
        for number in range(count)
    )
    ResourceLanguageVersion.objects.bulk_create(
        ResourceLanguageVersion(resource=resource, language=language, url="https://resources.bik.example/bulk")
        for resource in created
    )
    topic_ids = [topic.pk for topic in topics]
    age_ids = [age.pk for age in age_groups]
    Resource.topics.through.objects.bulk_create(
        Resource.topics.through(resource=resource, topic_id=topic) for resource in created for topic in topic_ids
    )
    Resource.age_groups.through.objects.bulk_create(
        Resource.age_groups.through(resource=resource, agegroup_id=age) for resource in created for age in age_ids
    )
    refresh_search_index(created)
    content_changed(sender=Resource)
    return created
