"""Demo research and industry area (bik/demo/data/research.yaml): the publications page under the portal and
fifteen publications written for the project, each with a small PDF made here (bik/demo/pdf.py). Idempotent: only
missing publications (and their files) are added."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Locale

from bik.demo.datafiles import demo_data
from bik.demo.pdf import minimal_pdf, wrapped
from bik.demo.registry import mark_demo
from bik.news.models import Topic
from bik.pages.models import HomePage
from bik.research.models import Publication


def load(home: HomePage, out: Any = None) -> None:
    english = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    existing = set(Publication.objects.filter(locale=english).values_list("slug", flat=True))
    topics = {topic.slug: topic for topic in Topic.objects.filter(locale=english)}
    document_model = get_document_model()
    added = 0
    data = demo_data("research")
    for entry in data["publications"]:
        slug, title, summary = entry["slug"], entry["title"], entry["summary"]
        if slug in existing:
            continue
        content = minimal_pdf(title, [*wrapped(summary), "", data["demo_note"]])
        document = document_model(title=title)
        document.file.save(f"{slug}.pdf", ContentFile(content), save=False)
        document.file_size = len(content)
        document.save()
        publication = Publication(
            title=title,
            slug=slug,
            summary=f"{summary}\n\n{data['demo_note']}",
            authors=entry["authors"],
            organisation=entry["organisation"],
            year=entry["year"],
            publication_type=entry["type"],
            document=document,
            locale=english,
        )
        publication.full_clean()
        publication.save()
        mark_demo(publication)
        publication.topics.set([topics[topic] for topic in entry["topics"] if topic in topics])
        publication.save()
        publication.save_revision().publish()
        added += 1
    if out is not None and added:
        out.write(f"{added} demo publications added to the research area.")
