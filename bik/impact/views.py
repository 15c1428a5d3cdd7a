"""The impact figures' pages: the public "Our impact" page (published years), each centre's activity log for its
reporters, and the network's KPI page with its CSV export for network admins and statistics coordinators (the
targets for network admins only). Staff views are deny by default: anonymous visitors sign in, people with a role
but no second factor set one up, and anyone else gets a 404 (another centre) or a 403 (the network's figures)."""

from __future__ import annotations

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods

from bik.accounts.gates import Gate
from bik.accounts.models import User
from bik.impact import access, services
from bik.impact.forms import ActivityForm, TargetsForm
from bik.network.models import Centre
from bik.sid import services as sid_services
from bik.sid import views as sid_views

ACTIVITIES_PER_PAGE = 25


STAFF = Gate(access.needs_second_factor, gettext_lazy("Set up two-factor authentication first."))
centre_view = STAFF.centre_view


def _staff_only(request: HttpRequest) -> HttpResponse:
    return render(request, "impact/staff_only.html", status=403)


# The KPI page and its export: network admins and statistics coordinators; the targets: network admins only.
network_view = STAFF.view(access.can_see_network_figures, refused=_staff_only)
admin_view = STAFF.view(access.is_network_admin, refused=_staff_only)


def _year(text: str | None) -> int:
    this_year = timezone.localdate().year
    try:
        year = int(text or this_year)
    except ValueError:
        return this_year
    return year if 2004 <= year <= this_year + 1 else this_year


# --- Public ------------------------------------------------------------------------------------------------


@require_GET
def public(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "impact/public.html",
        {
            "years": services.published_years(),
            "sid_url": sid_views.sid_absolute(request, sid_services.sid_reverse("home")),
        },
    )


# --- A centre's activity log -------------------------------------------------------------------------------


@STAFF.view()
def workspace(request: HttpRequest, person: User) -> HttpResponse:
    reporting = access.reporting_centres(person)
    staff = access.staff_centres(person)
    if not staff:
        return _staff_only(request)
    if len(reporting) == 1 and len(staff) == 1:
        return redirect("impact:centre", country=reporting[0].country.code.lower())
    return render(request, "impact/workspace.html", {"reporting": reporting, "staff": staff})


@require_http_methods(["GET", "POST"])
@centre_view(access.reporting_centres)
def centre(request: HttpRequest, reporter: User, centre: Centre) -> HttpResponse:
    if request.method == "POST":
        form = ActivityForm(request.POST)
        if form.is_valid():
            activity = services.log_activity(reporter, centre, form.cleaned_data)
            messages.success(request, _("Activity saved: %(title)s") % {"title": activity.title})
            return redirect("impact:centre", country=centre.country.code.lower())
        status = 400
    else:
        form = ActivityForm(initial={"date": timezone.localdate()})
        status = 200
    page_obj = Paginator(services.centre_activities(centre), ACTIVITIES_PER_PAGE).get_page(request.GET.get("page"))
    context = {"centre": centre, "form": form, "page_obj": page_obj}
    return render(request, "impact/centre.html", context, status=status)


# --- The network's figures ---------------------------------------------------------------------------------


@require_GET
@network_view
def network(request: HttpRequest, person: User) -> HttpResponse:
    year = _year(request.GET.get("year"))
    kpis, target = services.kpis(year)
    return render(
        request,
        "impact/network.html",
        {
            "year": year,
            "years": range(timezone.localdate().year, 2004 - 1, -1),
            "kpis": kpis,
            "target": target,
            "centres": services.totals_by_centre(year),
            "sid": services.sid_reach(year),
            "sets_targets": access.is_network_admin(person),
        },
    )


@require_http_methods(["GET", "POST"])
@admin_view
def targets(request: HttpRequest, admin: User, year: int) -> HttpResponse:
    if year != _year(str(year)):
        raise Http404
    _kpis, target = services.kpis(year)
    if request.method == "POST":
        form = TargetsForm(request.POST, instance=target)
        if form.is_valid():
            services.set_targets(admin, year, form.cleaned_data)
            messages.success(request, _("Targets saved."))
            return redirect(reverse("impact:network") + f"?year={year}")
        return render(request, "impact/targets.html", {"year": year, "form": form}, status=400)
    return render(request, "impact/targets.html", {"year": year, "form": TargetsForm(instance=target)})


@require_GET
@network_view
def network_csv(request: HttpRequest, person: User, year: int) -> HttpResponse:
    if year != _year(str(year)):
        raise Http404
    response = HttpResponse(services.csv_report(year), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="impact-{year}.csv"'
    return response
