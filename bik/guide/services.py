"""What the guide's pages and API compute: the live services in the visitor's language (English where
untranslated), searched, filtered, paginated and compared. Every function runs a fixed number of queries."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlencode

import nh3
from django import forms
from django.db.models import Q, QuerySet
from django.http import Http404, HttpRequest
from django.utils.translation import gettext as _g
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.rich_text import expand_db_html

from bik.catalogue.filters import FilterForm
from bik.catalogue.language import current_language, in_language
from bik.catalogue.pagination import paginate
from bik.guide.models import SERVICES_PER_PAGE, Category, GuidePage, OnlineService
from bik.pages.numbers import strict_int
from bik.pictures.rendering import with_pictures

MAX_QUERY_LENGTH = 200
MIN_COMPARED, MAX_COMPARED = 2, 3
AGES = range(6, 19)
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


class GuideFilterForm(FilterForm):
    """The guide's GET form; an unknown value is reported beside its field and ignored, never fatal."""

    q = forms.CharField(
        label=_("Search services"), required=False, max_length=MAX_QUERY_LENGTH, widget=forms.SearchInput
    )
    category = forms.ChoiceField(label=_("Category"), required=False)
    age = forms.TypedChoiceField(
        label=_("Allowed at the age of"),
        required=False,
        coerce=int,
        empty_value=None,
        help_text=_("Shows the services whose terms allow users of this age."),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.set_choices("category", Category.choices)
        self.set_choices("age", ((a, str(a)) for a in AGES), _("Any age"))


def list_context(guide: GuidePage, request: HttpRequest) -> dict[str, Any]:
    form = GuideFilterForm(request.GET or None)
    filters = form.chosen()
    services = filter_services(live_services(current_language()), filters)
    page_obj = paginate(services, request.GET.get("page", 1), SERVICES_PER_PAGE)
    return {
        "page_obj": page_obj,
        "filter_form": form,
        "filters": filters,
        "filter_query": urlencode(filters),
        "guide_url": guide.get_url(request),
        "max_compared": MAX_COMPARED,
    }


def find_service(slug: str, language: str) -> OnlineService | None:
    return live_services(language).select_related("locale").filter(slug=slug).first()


def record_context(guide: GuidePage, request: HttpRequest, slug: str) -> dict[str, Any]:
    service = find_service(slug, current_language())
    if service is None:
        raise Http404("No such service.")
    return {"service": service, "guide_url": guide.get_url(request)}


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


def compare_context(guide: GuidePage, request: HttpRequest) -> dict[str, Any]:
    services, error = compared_services(request.GET.getlist("compare"), current_language())
    return {
        "compared": services,
        "error": error,
        "guide_url": guide.get_url(request),
        "max_compared": MAX_COMPARED,
    }
