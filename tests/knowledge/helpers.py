from __future__ import annotations

import itertools

from django.conf import settings
from wagtail.models import Locale

from bik.knowledge.models import PolicyDocument, PolicyPillar
from bik.resources.models import Topic

DOCUMENTS_URL = "/en/knowledge/documents/"
_counter = itertools.count(1)


def add_document(
    title: str,
    *,
    country: str = "IE",
    kind: str = "law",
    year: int = 2025,
    pillars: tuple[str, ...] = ("protection",),
    topics: tuple[str, ...] = (),
    language: str = "en",
    summary: str = "What the document does.",
    publish: bool = True,
) -> PolicyDocument:
    english = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    document = PolicyDocument(
        title=title,
        summary=summary,
        country=country,
        document_type=kind,
        year=year,
        language=language,
        responsible_entity="Test ministry",
        source_url=f"https://policy.bik.example/{next(_counter)}",
        locale=english,
        live=False,
    )
    document.pillars = list(PolicyPillar.objects.filter(slug__in=pillars))
    document.topics = list(Topic.objects.filter(slug__in=topics, locale=english))
    document.save()
    revision = document.save_revision()
    if publish:
        revision.publish()
        document.refresh_from_db()
    return document


def add_many(count: int, *, country: str = "MT") -> None:
    """`count` live documents at once (no revisions): enough to fill pages, for query counts."""
    english = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    start = PolicyDocument.objects.count()
    documents = PolicyDocument.objects.bulk_create(
        [
            PolicyDocument(
                title=f"Bulk policy {start + n}",
                summary="Bulk.",
                country=country,
                document_type="guideline",
                year=2000 + n % 20,
                locale=english,
                live=True,
            )
            for n in range(count)
        ]
    )
    protection = PolicyPillar.objects.get(slug="protection")
    through = PolicyDocument.pillars.through
    through.objects.bulk_create([through(policydocument=d, policypillar=protection) for d in documents])
    topic = Topic.objects.filter(locale=english).first()
    topics = PolicyDocument.topics.through
    topics.objects.bulk_create([topics(policydocument=d, topic=topic) for d in documents])
