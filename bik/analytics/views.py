"""The beacon endpoint pages call to be counted, and the downloads report each centre's staff see."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from bik.accounts import ratelimits
from bik.accounts.models import User
from bik.analytics import beacon, recorder, reports
from bik.impact import access
from bik.impact.views import centre_view
from bik.network.models import Centre


def _empty(status: int = 204) -> HttpResponse:
    response = HttpResponse(status=status)
    response["Cache-Control"] = "no-store"
    return response


# No CSRF token: the beacon changes nothing but a counter, sets no cookie and reads no session; what it may count
# is limited to tokens the site signed (bik.analytics.beacon) and its rate per client is limited.
@csrf_exempt
@require_POST
def hit(request: HttpRequest) -> HttpResponse:
    if recorder.refuses_counting(request):
        return _empty()
    found = beacon.read(request.POST.get("t", "")[: beacon.TOKEN_MAX_LENGTH + 1])
    if found is None:
        return _empty(400)
    if not ratelimits.allow(request, ratelimits.Form.ANALYTICS):
        response = _empty(429)
        response["Retry-After"] = str(ratelimits.retry_after(request))
        return response
    kind, value = found
    if kind == "page":
        recorder.count_page(request, value)
    else:
        recorder.count_video(request, int(value))
    return _empty()


@centre_view(access.staff_centres)
def centre_downloads(request: HttpRequest, person: User, centre: Centre) -> HttpResponse:
    """The downloads of the centre's own resources, for its staff."""
    period = reports.Period.parse(request.GET.get("start"), request.GET.get("end"))
    return render(
        request,
        "analytics/centre_downloads.html",
        {"centre": centre, "period": period, "downloads": reports.top_downloads(period, centre=centre)},
    )
