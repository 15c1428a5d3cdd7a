from __future__ import annotations

from django.conf import settings
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language

from bik.analytics import recorder
from bik.analytics.models import Source
from bik.search import services
from bik.search.forms import SearchForm

RESULTS_PER_PAGE = 20


def search(request: HttpRequest) -> HttpResponse:
    form = SearchForm(request.GET or None)
    query = kind = ""
    if form.is_bound and form.is_valid():
        query = form.cleaned_data["q"]
        kind = form.cleaned_data["type"]
    results = services.search(query, get_language() or settings.LANGUAGE_CODE, kind)
    page_obj = Paginator(results.hits, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    if not request.GET.get("page") and services.plain_words(query):  # a search, not a later page of it
        recorder.count_search(
            request, Source.SITE, query, found=bool(results.hits), language=get_language() or settings.LANGUAGE_CODE
        )
    return render(
        request,
        "search/results.html",
        {
            "form": form,
            "query": query,
            "searched": bool(services.plain_words(query)),
            "kind": kind if kind in results.labels else "",
            "groups": results.groups,
            "total": len(results.hits),
            "all_total": sum(group.count for group in results.groups),
            "page_obj": page_obj,
        },
    )
