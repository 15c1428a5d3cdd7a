from __future__ import annotations

import uuid
from collections.abc import Iterable

from django.core.files.base import ContentFile
from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.models import Locale

from bik.demo.pdf import minimal_pdf
from bik.news.models import Topic
from bik.research.models import Publication

RESEARCH_URL = "/en/portal/research/"


def add_publication(
    title: str,
    *,
    kind: str = "report",
    year: int = 2025,
    topics: Iterable[str] = (),
    publish: bool = True,
    extension: str = "pdf",
) -> Publication:
    content = minimal_pdf(title, ["A test publication."])
    document = get_document_model()(title=title)
    document.file.save(f"{slugify(title)[:40]}.{extension}", ContentFile(content), save=False)
    document.save()
    english = Locale.objects.get(language_code="en")
    publication = Publication(
        title=title,
        slug=f"{slugify(title)[:60]}-{uuid.uuid4().hex[:6]}",
        summary="What we found.",
        authors="A. Author",
        organisation="Test centre",
        year=year,
        publication_type=kind,
        document=document,
        locale=english,
        live=False,
    )
    publication.full_clean()
    publication.save()
    publication.topics.set(Topic.objects.filter(locale=english, slug__in=list(topics)))
    publication.save()
    revision = publication.save_revision()
    if publish:
        revision.publish()
        publication.refresh_from_db()
    return publication


def add_publications_in_bulk(
    count: int, *, prefix: str = "Bulk paper", kind: str = "study", topics: Iterable[str] = ()
) -> None:
    """`count` live English publications sharing one PDF, with their topics, in a handful of queries."""
    english = Locale.objects.get(language_code="en")
    document = get_document_model()(title=prefix)
    document.file.save(f"{slugify(prefix)}.pdf", ContentFile(minimal_pdf(prefix, ["A test publication."])), save=False)
    document.save()
    publications = Publication.objects.bulk_create(
        Publication(
            title=f"{prefix} {number:04d}",
            slug=f"{slugify(prefix)}-{uuid.uuid4().hex[:8]}-{number}",  # unique in the batch
            summary="What we found.",
            authors="A. Author",
            organisation="Test centre",
            year=2000 + number % 25,
            publication_type=kind,
            document=document,
            locale=english,
            live=True,
        )
        for number in range(count)
    )
    through = Publication.topics.through
    keys = list(Topic.objects.filter(locale=english, slug__in=list(topics)).values_list("pk", flat=True))
    through.objects.bulk_create(
        [through(publication_id=publication.pk, topic_id=key) for publication in publications for key in keys]
    )
