"""What the guide's pages and API compute: the live services in the visitor's language (English where
untranslated), searched, filtered, paginated and compared. Every function runs a fixed number of queries."""

from __future__ import annotations

import re
from typing import Any, cast
from urllib.parse import urlencode

import nh3
from django import forms
from django.conf import settings
from django.core.paginator import EmptyPage, Page, PageNotAnInteger, Paginator
from django.db.models import Q, QuerySet
from django.http import Http404, HttpRequest
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _g
from django.utils.translation import gettext_lazy as _
from wagtail.rich_text import expand_db_html

from bik.guide.models import SERVICES_PER_PAGE, Category, GuidePage, OnlineService
from bik.pages.numbers import strict_int
from bik.pictures.rendering import image_prefetch

MAX_QUERY_LENGTH = 200
MIN_COMPARED, MAX_COMPARED = 2, 3
AGES = range(6, 19)
SLUG = re.compile(r"^[-a-zA-Z0-9_]{1,80}$")


def current_language() -> str:
    language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def live_services(language: str) -> QuerySet[OnlineService]:
    """Each live service once: its translation in `language`, or the English original when there is none."""
    services = OnlineService.objects.filter(live=True)
    if language == settings.LANGUAGE_CODE:
        return services.filter(locale__language_code=language)
    translated = OnlineService.objects.filter(locale__language_code=language, live=True).values("translation_key")
    return services.filter(
        Q(locale__language_code=language)
        | (Q(locale__language_code=settings.LANGUAGE_CODE) & ~Q(translation_key__in=translated))
    )


def filter_services(services: QuerySet[OnlineService], filters: dict[str, Any]) -> QuerySet[OnlineService]:
    for word in str(filters.get("q", "")).split()[:10]:
        services = services.filter(Q(name__icontains=word) | Q(used_for__icontains=word))
    if filters.get("category"):
        services = services.filter(category=filters["category"])
    age = strict_int(filters.get("age"), maximum=150)
    if age is not None:
        services = services.filter(minimum_age__lte=age)
    return services.select_related("locale").prefetch_related(image_prefetch()).order_by("name", "pk")


def clean_rich_text(value: str) -> str:
    """Editors' rich text with Wagtail's internal links expanded, then sanitised (nothing but safe markup)."""
    return nh3.clean(expand_db_html(value or ""))


class GuideFilterForm(forms.Form):
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
        everything = ("", _("All"))
        cast("forms.ChoiceField", self.fields["category"]).choices = [everything, *Category.choices]
        cast("forms.ChoiceField", self.fields["age"]).choices = [("", _("Any age")), *((a, str(a)) for a in AGES)]

    def chosen(self) -> dict[str, Any]:
        """The valid filters (invalid ones are dropped, their errors shown beside the field)."""
        if not self.is_bound:
            return {}
        self.is_valid()
        chosen = {name: value for name, value in self.cleaned_data.items() if value not in (None, "")}
        if isinstance(chosen.get("q"), str):
            chosen["q"] = chosen["q"].strip()
        return {name: value for name, value in chosen.items() if value != ""}


def paginate(queryset: QuerySet[Any], number: Any, per_page: int) -> tuple[Page[Any], list[Any]]:
    """The requested page (the last one when out of range, the first when not a number) and its items."""
    paginator = Paginator(queryset, per_page)
    try:
        page_obj = paginator.page(number)
    except PageNotAnInteger:
        page_obj = paginator.page(1)
    except EmptyPage:
        page_obj = paginator.page(paginator.num_pages)
    items = list(page_obj.object_list)
    page_obj.object_list = items
    return page_obj, items


def guide_context(guide: GuidePage, request: HttpRequest) -> dict[str, Any]:
    form = GuideFilterForm(request.GET or None)
    filters = form.chosen()
    services = filter_services(live_services(current_language()), filters)
    page_obj, _items = paginate(services, request.GET.get("page", 1), SERVICES_PER_PAGE)
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


def service_context(guide: GuidePage, request: HttpRequest, slug: str) -> dict[str, Any]:
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
