"""The research and industry area: publications (reports, studies, guides, …) with their PDF as a Wagtail
document, drafted and published as editors do, and many at once for the lists' query counts."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import factory
from django.core.files.base import ContentFile
from django.utils.text import slugify
from factory.django import DjangoModelFactory
from wagtail.documents.models import Document
from wagtail.models import Locale

from bik.caching.pages import content_changed
from bik.demo.pdf import minimal_pdf
from bik.news.models import Topic
from bik.research.models import Publication, PublicationType

# The text of every PDF made here, below its title: a test can work out the file's size with minimal_pdf.
PDF_LINES = ["A test publication."]


def _pdf_file(document: Any) -> ContentFile[bytes]:
    return ContentFile(
        minimal_pdf(document.title, PDF_LINES), name=f"{slugify(document.title)[:40]}.{document.extension}"
    )


class PdfDocumentFactory(DjangoModelFactory[Document]):
    """A Wagtail document holding a one-page PDF of its title and PDF_LINES (`extension="csv"` names the file
    otherwise, as an editor uploading the wrong kind of file)."""

    class Meta:
        model = Document

    class Params:
        extension = "pdf"

    title = factory.Sequence(lambda number: f"Document {number}")
    file = factory.LazyAttribute(_pdf_file)


class PublicationFactory(DjangoModelFactory[Publication]):
    """A live English report of 2025 with its PDF (named after the publication), by "A. Author" of "Test
    centre", of no topic (`topics=[…]` tags it). `publish=False` leaves it a draft; it is checked as the admin
    checks it (`full_clean`), so a non-PDF file is refused."""

    class Meta:
        model = Publication

    title = factory.Sequence(lambda number: f"Publication {number}")
    slug = factory.LazyAttributeSequence(lambda publication, number: f"{slugify(publication.title)[:60]}-{number}")
    summary = "What we found."
    authors = "A. Author"
    organisation = "Test centre"
    year = 2025
    publication_type = PublicationType.REPORT
    document = factory.SubFactory(PdfDocumentFactory, title=factory.SelfAttribute("..title"))
    locale = factory.LazyFunction(Locale.get_default)

    @classmethod
    def _create(cls, model_class: type[Publication], *args: Any, **kwargs: Any) -> Publication:
        publish: bool = kwargs.pop("publish", True)
        topics: Iterable[Topic] = kwargs.pop("topics", ())
        publication = model_class(*args, live=False, **kwargs)
        publication.full_clean()
        publication.save()
        publication.topics.set(topics)
        publication.save()
        revision = publication.save_revision()
        if publish:
            revision.publish()
            publication.refresh_from_db()
        return publication


def publications_in_bulk(
    count: int, *, prefix: str = "Bulk paper", kind: str = PublicationType.STUDY, topics: Iterable[Topic] = ()
) -> list[Publication]:
    """`count` live English publications sharing one PDF, of years 2000 to 2024, tagged with `topics`, in a
    handful of queries (no revisions, no search index): enough to fill the list's pages."""
    document = PdfDocumentFactory.create(title=prefix)
    publications: list[Publication] = Publication.objects.bulk_create(
        PublicationFactory.build(
            title=f"{prefix} {number:04d}",
            year=2000 + number % 25,
            publication_type=kind,
            document=document,
            live=True,
        )
        for number in range(count)
    )
    through = Publication.topics.through
    through.objects.bulk_create(
        [through(publication_id=publication.pk, topic_id=topic.pk) for publication in publications for topic in topics]
    )
    # Rows written behind the signals' back: the site is told of the change as a save would tell it.
    content_changed(sender=Publication)
    return publications
