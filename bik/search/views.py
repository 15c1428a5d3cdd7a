from __future__ import annotations

from django.conf import settings
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language

from bik.analytics import recorder
from bik.analytics.models import Source
from bik.caching import fragments
from bik.search import services
from bik.search.forms import SearchForm

RESULTS_PER_PAGE = 20


def _results(words: str, language: str, kind: str) -> services.Results:
    """The same for every visitor (only public pages and records): with the page cache on, kept while the tables
    they were read from are unchanged, like a fragment of a page, so a popular search costs one cache read. The
    search index is written by the task worker after a publication, without signals: only the page cache's tags
    follow such writes (bik/caching/tags.py), so without them the results are read every time."""
    if settings.PAGE_CACHE_SECONDS > 0:
        return fragments.kept("search", [language, kind, words], lambda: services.search(words, language, kind))
    return services.search(words, language, kind)


def search(request: HttpRequest) -> HttpResponse:
    form = SearchForm(request.GET or None)
    query = kind = ""
    if form.is_bound and form.is_valid():
        query = form.cleaned_data["q"]
        kind = form.cleaned_data["type"]
    language = get_language() or settings.LANGUAGE_CODE
    words = services.plain_words(query)
    results = _results(words, language, kind)
    page_obj = Paginator(results.hits, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    if not request.GET.get("page") and words:  # a search, not a later page of it
        recorder.count_search(request, Source.SITE, query, found=bool(results.hits), language=language)
    return render(
        request,
        "search/results.html",
        {
            "form": form,
            "query": query,
            "searched": bool(words),
            "kind": kind if kind in results.labels else "",
            "groups": results.groups,
            "total": len(results.hits),
            "all_total": sum(group.count for group in results.groups),
            "page_obj": page_obj,
        },
    )
