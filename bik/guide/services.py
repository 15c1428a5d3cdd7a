"""What the guide's pages and API compute: the live services in the visitor's language (English where
untranslated), searched, filtered and compared. Every function runs a fixed number of queries. Plain values in,
services out: the request glue (query string, addresses, 404s) is in bik/guide/views.py."""

from __future__ import annotations

import re
from typing import Any

import nh3
from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _g
from django.utils.translation import ngettext
from wagtail.rich_text import expand_db_html

from bik.catalogue.language import in_language
from bik.guide.models import OnlineService
from bik.pages.numbers import strict_int
from bik.pictures.rendering import with_pictures

MAX_QUERY_LENGTH = 200
MIN_COMPARED, MAX_COMPARED = 2, 3
SLUG = re.compile(r"^[-a-zA-Z0-9_]{1,80}$")


def live_services(language: str) -> QuerySet[OnlineService]:
    """Each live service once: its translation in `language`, or the English original when there is none."""
    return in_language(OnlineService.objects.filter(live=True), language)


def filter_services(services: QuerySet[OnlineService], filters: dict[str, Any]) -> QuerySet[OnlineService]:
    for word in str(filters.get("q", "")).split()[:10]:
        services = services.filter(Q(name__icontains=word) | Q(used_for__icontains=word))
    if filters.get("category"):
        services = services.filter(category=filters["category"])
    age = strict_int(filters.get("age"), maximum=150)
    if age is not None:
        services = services.filter(minimum_age__lte=age)
    return with_pictures(services.select_related("locale")).order_by("name", "pk")


def clean_rich_text(value: str) -> str:
    """Editors' rich text with Wagtail's internal links expanded, then sanitised (nothing but safe markup)."""
    return nh3.clean(expand_db_html(value or ""))


def find_service(slug: str, language: str) -> OnlineService | None:
    return live_services(language).select_related("locale").filter(slug=slug).first()


def compared_services(slugs: list[str], language: str) -> tuple[list[OnlineService], str]:
    """The services chosen for comparison, in the order chosen, and an error message ("" when fine)."""
    wanted = list(dict.fromkeys(slug.strip() for slug in slugs if slug.strip()))
    valid = [slug for slug in wanted if SLUG.match(slug)]
    found = {s.slug: s for s in live_services(language).filter(slug__in=valid[:20])} if valid else {}
    services = [found[slug] for slug in valid if slug in found]
    missing = [slug for slug in wanted if slug not in found]
    if missing:
        return services, ngettext(
            "We could not find this service: %(names)s.", "We could not find these services: %(names)s.", len(missing)
        ) % {"names": ", ".join(missing[:5])}
    if len(services) > MAX_COMPARED:
        return services, _g("You can compare at most three services at a time; you chose %(count)d.") % {
            "count": len(services)
        }
    if len(services) < MIN_COMPARED:
        return services, _g("Choose two or three services to compare.")
    return services, ""
