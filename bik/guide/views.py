"""The request glue of the guide's pages: GuidePage's routes hand the request here; these read the query string
and the page's address, call bik.guide.services for the services, and answer 404 for an unknown slug."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django import forms
from django.http import Http404, HttpRequest
from django.utils.translation import gettext_lazy as _

from bik.catalogue.filters import FilterForm
from bik.catalogue.language import current_language
from bik.catalogue.pagination import paginate
from bik.guide.models import SERVICES_PER_PAGE, Category, GuidePage
from bik.guide.services import (
    MAX_COMPARED,
    MAX_QUERY_LENGTH,
    compared_services,
    filter_services,
    find_service,
    live_services,
)

AGES = range(6, 19)  # the ages the filter offers


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


def record_context(guide: GuidePage, request: HttpRequest, slug: str) -> dict[str, Any]:
    service = find_service(slug, current_language())
    if service is None:
        raise Http404("No such service.")
    return {"service": service, "guide_url": guide.get_url(request)}


def compare_context(guide: GuidePage, request: HttpRequest) -> dict[str, Any]:
    services, error = compared_services(request.GET.getlist("compare"), current_language())
    return {
        "compared": services,
        "error": error,
        "guide_url": guide.get_url(request),
        "max_compared": MAX_COMPARED,
    }
