"""The editors' report in Wagtail admin (Reports → Site usage): top pages, downloads, video plays and searches
that found nothing, for a date range. Editors, moderators and network admins only."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from bik.accounts.roles import Role, has_role
from bik.analytics import reports

READERS = (Role.EDITOR, Role.MODERATOR, Role.NETWORK_ADMIN)


def may_read(user: Any) -> bool:
    return bool(getattr(user, "is_superuser", False) or any(has_role(user, role) for role in READERS))


class PeriodForm(forms.Form):
    start = forms.DateField(label=_("From"), widget=forms.DateInput(attrs={"type": "date"}))
    end = forms.DateField(label=_("To"), widget=forms.DateInput(attrs={"type": "date"}))


def usage_report(request: HttpRequest) -> HttpResponse:
    if not may_read(request.user):
        raise PermissionDenied
    period = reports.Period.parse(request.GET.get("start"), request.GET.get("end"))
    form = PeriodForm(initial={"start": period.start, "end": period.end})
    context = {
        "form": form,
        "period": period,
        "totals": reports.totals(period),
        "pages": reports.top_pages(period),
        "downloads": reports.top_downloads(period),
        "videos": reports.video_plays(period),
        "failed_searches": reports.failed_searches(period),
    }
    return render(request, "analytics/admin/report.html", context)
