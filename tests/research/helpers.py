"""The research area's address, and many publications at once for other areas' query counts."""

from __future__ import annotations

from collections.abc import Iterable

from wagtail.models import Locale

from bik.news.models import Topic
from tests.factories.research import publications_in_bulk

RESEARCH_URL = "/en/portal/research/"


def add_publications_in_bulk(
    count: int, *, prefix: str = "Bulk paper", kind: str = "study", topics: Iterable[str] = ()
) -> None:
    """`count` live English publications (tests/factories/research.py `publications_in_bulk`), tagged with the
    English topics of slugs `topics` that exist."""
    tags = Topic.objects.filter(locale=Locale.get_default(), slug__in=list(topics))
    publications_in_bulk(count, prefix=prefix, kind=kind, topics=list(tags))
