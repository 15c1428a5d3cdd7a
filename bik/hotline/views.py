"""The public report form and receipt status page, and the analysts' workspace.

Reported URLs are shown only as defanged text (never a link, never fetched). Workspace views are deny by
default: anonymous visitors sign in, analysts without a second factor set one up, everyone else gets a 404
for any hotline that is not theirs. Every workspace request is written to the hotline audit log."""

from __future__ import annotations

import csv
import functools
from typing import Any

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.http.response import HttpResponseBase
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from bik.accounts import ratelimits
from bik.accounts.gates import AnyResponse, Gate, ViewFunction, private
from bik.accounts.models import User
from bik.catalogue.pagination import paginate
from bik.hotline import reporting, router, services
from bik.hotline.forms import (
    AssessmentForm,
    ForwardForm,
    PeriodForm,
    QueueForm,
    ReportForm,
    StageForm,
    StatusForm,
)
from bik.hotline.models import Outcome, Report, ReportedUrl
from bik.hotline.router import RouterForm
from bik.network.models import Centre


def _private(response: AnyResponse) -> AnyResponse:
    """Private, and no hotline page's address goes to another site (analysts open reported addresses from here)."""
    private(response).headers["Referrer-Policy"] = "same-origin"  # "no-referrer" would send Origin: null and fail CSRF
    return response


def _centre(country: str) -> Centre:
    centre = Centre.objects.published().with_services().filter(country=country.upper()).first()
    if centre is None:
        raise Http404
    return centre


# --- Public ------------------------------------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
def report_form(request: HttpRequest, country: str) -> HttpResponse:
    hotline = _centre(country)
    context: dict[str, Any] = {"hotline": hotline}
    if request.method != "POST":
        return _private(render(request, "hotline/report_form.html", {**context, "form": ReportForm()}))
    form = ReportForm(request.POST)
    context["form"] = form
    if not form.is_valid():
        return _private(render(request, "hotline/report_form.html", context, status=400))
    if not ratelimits.allow(request, ratelimits.Form.HOTLINE_REPORT):
        return _private(ratelimits.refuse(request, "hotline/report_form.html", context, form))
    data = form.cleaned_data
    report = services.submit_report(hotline, **data)
    # The receipt is shown once, in the answer to the POST: the code never travels in an address.
    return _private(
        render(request, "hotline/receipt.html", {"hotline": hotline, "report": report, "url_count": len(data["urls"])})
    )


@require_http_methods(["GET", "POST"])
def report_status(request: HttpRequest) -> HttpResponse:
    if request.method != "POST":
        return _private(render(request, "hotline/status.html", {"form": StatusForm()}))
    form = StatusForm(request.POST)
    status = services.public_status(form.data.get("code", "")) if form.is_valid() else None
    if form.is_valid() and status is None:
        form.add_error("code", _("We found no report with this code. Please check it and try again."))
    return _private(
        render(request, "hotline/status.html", {"form": form, "status": status}, status=200 if status else 400)
    )


@require_GET
def report_it(request: HttpRequest) -> HttpResponse:
    """Two questions (works without JavaScript: a GET form), then the places to go in that country."""
    centres = list(Centre.objects.published().with_services())
    if not request.GET:
        return render(request, "hotline/router.html", {"form": RouterForm(centres=centres)})
    form = RouterForm(request.GET, centres=centres)
    if not form.is_valid():
        return render(request, "hotline/router.html", {"form": form}, status=400)
    centre = next(c for c in centres if c.country.code == form.cleaned_data["country"])
    route = router.route_for(form.cleaned_data["concern"], centre)
    services.count_route(route.concern, centre.country.code)
    context = {"route": route, "centre": centre, "platforms": services.platform_guides(), "form": form}
    return _private(render(request, "hotline/route.html", context))


def _network_statistics(request: HttpRequest) -> tuple[PeriodForm, list[reporting.HotlineFigures] | None]:
    form = PeriodForm(request.GET or None, years=reporting.report_years())
    if request.GET and not form.is_valid():
        return form, None
    data = form.cleaned_data if request.GET else {}
    period = reporting.Period(year=data.get("year"), quarter=data.get("quarter"))
    return form, reporting.network_figures(period)


def _statistics_columns() -> list[str]:
    return [
        _("Hosting country"),
        _("Reports received"),
        _("Share of addresses also reported elsewhere"),
        *(str(outcome.label) for outcome in Outcome),
        _("Median hours from report to assessment"),
        _("Median hours from notice to removal"),
    ]


def _statistics_row(figures: reporting.HotlineFigures) -> list[str]:
    def median(hours: float | None) -> str:
        return "–" if hours is None else str(hours)

    return [
        figures.label,
        figures.reports,
        figures.duplicate_share,
        *(count for _label, count in figures.outcomes),
        median(figures.median_hours_to_assessment),
        median(figures.median_hours_notice_to_removal),
    ]


@require_GET
def network_statistics(request: HttpRequest) -> HttpResponse:
    """Public: aggregates of every hotline's reports, for the network and per hosting country. Never an
    address, a description or anyone's identity; counts under 5 shown as "<5"."""
    form, rows = _network_statistics(request)
    context = {
        "form": form,
        "columns": _statistics_columns(),
        "rows": [_statistics_row(figures) for figures in rows or []],
        "csv_query": request.GET.urlencode(),
    }
    return render(request, "hotline/network_statistics.html", context, status=400 if rows is None else 200)


@require_GET
def network_statistics_csv(request: HttpRequest) -> HttpResponse:
    """The same table as the page, as CSV."""
    form, rows = _network_statistics(request)
    if rows is None:
        return HttpResponse(form.errors.as_text(), status=400, content_type="text/plain; charset=utf-8")
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="hotline-statistics.csv"'
    writer = csv.writer(response)
    writer.writerow(_statistics_columns())
    writer.writerows(_statistics_row(figures) for figures in rows)
    return response


# --- Analysts' workspace -----------------------------------------------------------------------------------


ANALYSTS = Gate(
    services.is_analyst_without_mfa, gettext_lazy("Hotline analysts must set up two-factor authentication first.")
)


def analyst_view(function: ViewFunction) -> ViewFunction:
    """Wrap a view of one hotline's workspace (`country` in the URL): only its analysts, with a second factor."""

    @ANALYSTS.centre_view(services.analysed_hotlines)
    @functools.wraps(function)
    def wrapper(request: HttpRequest, analyst: User, hotline: Centre, *args: Any, **kwargs: Any) -> HttpResponseBase:
        return _private(function(request, analyst, hotline, *args, **kwargs))

    return wrapper


@ANALYSTS.view()
def workspace(request: HttpRequest, analyst: User) -> HttpResponse:
    hotlines = services.analysed_hotlines(analyst)
    if not hotlines:
        return _private(render(request, "hotline/analysts_only.html", status=403))
    if len(hotlines) == 1:
        return _private(redirect("hotline:queue", country=hotlines[0].country.code.lower()))
    return _private(render(request, "hotline/workspace.html", {"hotlines": hotlines}))


QUEUE_PAGE_SIZE = 50
AUDIT_PAGE_SIZE = 50


@analyst_view
def queue(request: HttpRequest, analyst: User, hotline: Centre) -> HttpResponse:
    """The reports waiting for this hotline (oldest first) or those it has handled (newest first), and a search
    by receipt code that opens the report it finds."""
    form = QueueForm(request.GET)
    showing = form.showing()
    code = form.cleaned_data.get("code", "") if form.is_valid() else ""
    if code:
        found = services.find_report(hotline, code)
        services.audit(analyst, hotline, "find_report", report=found, detail=services.normalise_receipt_code(code))
        if found is not None:
            return redirect("hotline:report", country=hotline.country.code.lower(), pk=found.pk)
        form.add_error("code", _("No report of this hotline has this receipt code."))
    else:
        services.audit(analyst, hotline, "view_queue" if showing == QueueForm.WAITING else "view_handled")
    reports = services.queue(hotline) if showing == QueueForm.WAITING else services.handled(hotline)
    page = paginate(reports.prefetch_related("urls"), request.GET.get("page"), QUEUE_PAGE_SIZE)
    items = [item for report in page for item in report.urls.all()]
    return render(
        request,
        "hotline/queue.html",
        {
            "hotline": hotline,
            "form": form,
            "showing": showing,
            "waiting": showing == QueueForm.WAITING,
            "page_obj": page,
            "reports": page.object_list,
            "duplicates": services.duplicate_ids(items),
        },
    )


@analyst_view
def audit_log(request: HttpRequest, analyst: User, hotline: Centre) -> HttpResponse:
    """What was opened and done in this hotline's workspace, by whom and when; reading it is logged too."""
    services.audit(analyst, hotline, "view_audit_log")
    page = paginate(services.audit_log(hotline), request.GET.get("page"), AUDIT_PAGE_SIZE)
    named = {entry.report_id for entry in page if entry.report_id}
    codes = dict(services.visible_reports(hotline).filter(pk__in=named).values_list("pk", "receipt_code"))
    rows = [(entry, codes.get(entry.report_id)) for entry in page]
    return render(request, "hotline/audit_log.html", {"hotline": hotline, "page_obj": page, "rows": rows})


def _visible_report(hotline: Centre, pk: int) -> Report:
    return get_object_or_404(services.visible_reports(hotline).select_related("hotline"), pk=pk)


def _visible_url(hotline: Centre, pk: int) -> ReportedUrl:
    return get_object_or_404(services.visible_urls(hotline).select_related("report"), pk=pk)


@analyst_view
def report_detail(request: HttpRequest, analyst: User, hotline: Centre, pk: int) -> HttpResponse:
    report = _visible_report(hotline, pk)
    services.audit(analyst, hotline, "view_report", report=report)
    return render(request, "hotline/report_detail.html", _detail_context(hotline, report))


def _detail_context(hotline: Centre, report: Report, **forms: Any) -> dict[str, Any]:
    visible = set(services.visible_urls(hotline).filter(report=report).values_list("pk", flat=True))
    items = []
    for item in report.urls.filter(pk__in=visible).prefetch_related("assessments__hotline", "timeline__hotline"):
        same, possible = services.duplicates_of(item)
        items.append(
            {
                "url": item,
                "duplicates": same,
                "possible_duplicates": possible,
                "exchange": list(services.exchange_log(item)),
                "assessment_form": forms.get(f"assess-{item.pk}") or AssessmentForm(prefix=f"u{item.pk}"),
                "forward_form": forms.get(f"forward-{item.pk}") or ForwardForm(prefix=f"u{item.pk}", hotline=hotline),
                "stage_form": forms.get(f"stage-{item.pk}") or StageForm(prefix=f"u{item.pk}"),
            }
        )
    return {
        "hotline": hotline,
        "report": report,
        "items": items,
        "own_report": report.hotline_id == hotline.pk,
    }


def _back(hotline: Centre, item: ReportedUrl) -> HttpResponse:
    url = reverse("hotline:report", kwargs={"country": hotline.country.code.lower(), "pk": item.report_id})
    return HttpResponseRedirect(f"{url}#url-{item.pk}")


def _invalid(request: HttpRequest, hotline: Centre, item: ReportedUrl, key: str, form: Any) -> HttpResponse:
    context = _detail_context(hotline, item.report, **{f"{key}-{item.pk}": form})
    return render(request, "hotline/report_detail.html", context, status=400)


@require_POST
@analyst_view
def assess(request: HttpRequest, analyst: User, hotline: Centre, pk: int) -> HttpResponse:
    item = _visible_url(hotline, pk)
    form = AssessmentForm(request.POST, prefix=f"u{item.pk}")
    if not form.is_valid():
        return _invalid(request, hotline, item, "assess", form)
    services.assess(analyst, hotline, item, **form.cleaned_data)
    messages.success(request, _("Assessment recorded."))
    return _back(hotline, item)


@require_POST
@analyst_view
def forward(request: HttpRequest, analyst: User, hotline: Centre, pk: int) -> HttpResponse:
    item = _visible_url(hotline, pk)
    form = ForwardForm(request.POST, prefix=f"u{item.pk}", hotline=hotline)
    if not form.is_valid():
        return _invalid(request, hotline, item, "forward", form)
    target = form.cleaned_data["to"]
    to_hotline = None if target == "police" else Centre.objects.get(country=target)
    services.forward(analyst, hotline, item, to_hotline=to_hotline, note=form.cleaned_data["note"])
    messages.success(request, _("Forwarded."))
    return _back(hotline, item)


@require_POST
@analyst_view
def record_stage(request: HttpRequest, analyst: User, hotline: Centre, pk: int) -> HttpResponse:
    item = _visible_url(hotline, pk)
    form = StageForm(request.POST, prefix=f"u{item.pk}")
    if not form.is_valid():
        return _invalid(request, hotline, item, "stage", form)
    try:
        services.record_stage(analyst, hotline, item, stage=form.cleaned_data["stage"], at=form.cleaned_data["at"])
    except services.NotIllegalError:
        form.add_error("stage", _("Notice and takedown follow an assessment as illegal: assess the address first."))
        return _invalid(request, hotline, item, "stage", form)
    messages.success(request, _("Step recorded."))
    return _back(hotline, item)


@analyst_view
def statistics(request: HttpRequest, analyst: User, hotline: Centre) -> HttpResponse:
    services.audit(analyst, hotline, "view_statistics")
    return render(request, "hotline/statistics.html", {"hotline": hotline, "figures": reporting.figures(hotline)})


@analyst_view
def export(request: HttpRequest, analyst: User, hotline: Centre, pk: int) -> HttpResponse:
    report = _visible_report(hotline, pk)
    services.audit(analyst, hotline, "export", report=report)
    response = JsonResponse(reporting.interchange(report, hotline), json_dumps_params={"indent": 2})
    response["Content-Disposition"] = f'attachment; filename="report-{report.receipt_code}.json"'
    return response
