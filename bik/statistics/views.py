"""The public dashboard (locked quarters, small counts suppressed), chart downloads and open data. The
network dashboard is the same page with every quarter and exact counts, for coordinators only."""

from __future__ import annotations

import csv
import io
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from bik.accounts.gates import private
from bik.pages.open_data import data_download
from bik.statistics import dashboard, services
from bik.statistics.charts import bar_chart


def _scope(request: HttpRequest, network: bool) -> bool:
    """True for the public view; a network view for anyone but a coordinator is a 404."""
    if network and not services.is_coordinator(request.user):
        raise Http404
    return not network


@require_GET
def overview(request: HttpRequest, network: bool = False) -> HttpResponse:
    public = _scope(request, network)
    filters = dashboard.Filters.from_query(request.GET)
    figures = dashboard.build(filters, public=public)
    charts = [
        {"chart": chart, "svg": bar_chart(f"chart-{chart.key}", chart.title, chart.shown_rows())}
        for chart in figures.charts
        if not figures.silent
    ]
    context: dict[str, Any] = {
        "figures": figures,
        "charts": charts,
        "filters": filters,
        "query": "&".join(f"{k}={v}" for k, v in filters.as_query().items()),
        "network": network,
        "all_quarters": dashboard._quarters(public=public),
    }
    response = render(request, "statistics/dashboard.html", context)
    return private(response) if network else response


@require_GET
def chart_download(request: HttpRequest, key: str, fmt: str, network: bool = False) -> HttpResponse:
    public = _scope(request, network)
    filters = dashboard.Filters.from_query(request.GET)
    figures = dashboard.build(filters, public=public)
    chart = next((c for c in figures.charts if c.key == key), None)
    if chart is None:
        raise Http404
    rows = [(label, shown) for label, _value, shown in chart.shown_rows()]
    if fmt == "json":
        response: HttpResponse = JsonResponse(
            {
                "title": chart.title,
                "filters": filters.as_query(),
                "licence": dashboard.LICENCE,
                "rows": [{"label": label, "contacts": value} for label, value in rows],
            }
        )
    else:
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow([chart.column, _("Contacts")])
        writer.writerows(rows)
        response = HttpResponse(out.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="helpline-{key}.{fmt}"'
    return private(response) if network else response


@require_GET
def open_data(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "statistics/open_data.html",
        {
            "schema": dashboard.SCHEMA,
            "licence_url": dashboard.LICENCE_URL,
            "licence_name": "CC BY 4.0",
            "api_path": "/api/v1/statistics/",
        },
    )


@require_GET
def open_data_file(request: HttpRequest, fmt: str) -> HttpResponse:
    if fmt == "schema":
        return JsonResponse(dashboard.SCHEMA)
    about = {"licence": dashboard.LICENCE, "licence_url": dashboard.LICENCE_URL, "schema": dashboard.SCHEMA}
    return data_download(
        dashboard.open_data_rows(), fmt, fields=dashboard.OPEN_DATA_FIELDS, about=about, filename="helpline-statistics"
    )
