"""The demo's research: fifteen publications with their PDFs, under the portal."""

from __future__ import annotations

import pytest

from bik.demo.registry import demo_ids
from bik.research.models import Publication, ResearchIndexPage

pytestmark = pytest.mark.django_db


def test_the_demo_has_fifteen_publications_with_pdfs_under_the_portal() -> None:
    index = ResearchIndexPage.objects.get(slug="research", locale__language_code="en")
    assert index.get_parent().slug == "portal"
    demo = Publication.objects.filter(
        pk__in=demo_ids(Publication), live=True, locale__language_code="en", partner__isnull=True
    ).select_related("document")
    assert demo.count() == 15
    for publication in demo:
        assert publication.document is not None
        with publication.document.file.open("rb") as handle:
            assert handle.read(8) == b"%PDF-1.4"
