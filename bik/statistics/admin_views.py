"""Helpline staff enter and upload their centre's quarterly figures; coordinators review, flag, ask for
corrections and lock. Deny by default: anyone else gets a 404 (or the sign-in page when anonymous)."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from bik.accounts.gates import Gate
from bik.accounts.models import User
from bik.network.models import Centre
from bik.statistics import services
from bik.statistics.forms import CorrectionForm, CountForm, ReasonForm, UploadForm
from bik.statistics.models import AuditEntry, CategoryVersion, Quarter, Status, Submission


def _quarter(label: str) -> Quarter:
    try:
        year, number = label.upper().split("-Q")
        return get_object_or_404(Quarter, year=int(year), number=int(number))
    except ValueError as error:
        raise Http404 from error


# Signed in, and coordinators with a second factor (helpline staff need none); each view refuses everyone else.
WORKSPACE = Gate(services.coordinator_without_second_factor, gettext_lazy("Set up two-factor authentication first."))
signed_in = WORKSPACE.view()
coordinator_view = WORKSPACE.view(services.is_coordinator)


# --- Helpline staff ---------------------------------------------------------------------------------------------


@signed_in
def home(request: HttpRequest, user: User) -> HttpResponse:
    centres = services.staffed_centres(user)
    if not centres and not services.is_coordinator(user):
        raise Http404
    quarters = list(Quarter.objects.order_by("-year", "-number")[:8])
    submissions = {
        (s.centre_id, s.quarter_id): s for s in Submission.objects.filter(centre__in=centres, quarter__in=quarters)
    }
    rows = [
        {"centre": centre, "quarters": [(q, submissions.get((centre.pk, q.pk))) for q in quarters]}
        for centre in centres
    ]
    return render(request, "statistics/admin/home.html", {"rows": rows, "coordinator": services.is_coordinator(user)})


@WORKSPACE.centre_view(services.staffed_centres)
@require_http_methods(["GET", "POST"])
def entry(request: HttpRequest, user: User, centre: Centre, quarter: str) -> HttpResponse:
    period = _quarter(quarter)
    try:
        version = services.current_version()
    except CategoryVersion.DoesNotExist:
        return _no_categories(request)
    submission = services.submission_for(centre, period)
    categories = version.categories.all()
    count_form = CountForm(categories=categories)
    upload_form = UploadForm()
    parsed: services.Parsed | None = None
    status = 200
    action = request.POST.get("action", "")
    if request.method == "POST":
        try:
            if action == "add":
                count_form = CountForm(request.POST, categories=categories)
                if count_form.is_valid():
                    services.add_count(user, submission, count_form.cleaned_data)
                    messages.success(request, _("Row saved in the draft."))
                    return redirect(request.path)
                status = 400
            elif action == "upload":
                upload_form = UploadForm(request.POST, request.FILES)
                if upload_form.is_valid():
                    upload = upload_form.cleaned_data.get("file")
                    if upload is not None and upload.name.lower().endswith(".xlsx"):
                        text = services.xlsx_to_text(upload.read())
                    elif upload is not None:
                        text = upload.read().decode("utf-8-sig", errors="replace")
                    else:
                        text = upload_form.cleaned_data["text"]
                    parsed = services.parse(text)
                    if parsed.is_valid:
                        services.replace_counts(user, submission, parsed.rows)
                        messages.success(request, _("%(n)s rows saved in the draft.") % {"n": len(parsed.rows)})
                        return redirect(request.path)
                    upload_form = UploadForm(initial={"text": parsed.text})
                status = 400
            elif action == "submit":
                services.submit(user, submission)
                messages.success(request, _("Submitted. The network coordinators will check the figures."))
                return redirect(request.path)
        except ValueError as error:
            messages.error(request, str(error))
            status = 400
        except services.NotAllowedError:
            messages.error(request, _("These figures can no longer be changed here."))
            status = 403
    counts = submission.counts.select_related("category", "platform").order_by("category__sort_order", "pk")
    return render(
        request,
        "statistics/admin/entry.html",
        {
            "centre": centre,
            "quarter": period,
            "submission": submission,
            "counts": counts,
            "total": sum(c.contacts for c in counts),
            "count_form": count_form,
            "upload_form": upload_form,
            "parsed": parsed,
            "editable": not period.is_locked and submission.status != Status.SUBMITTED,
            "late": timezone.localdate() > period.deadline and submission.status != Status.SUBMITTED,
        },
        status=status,
    )


@signed_in
def template(request: HttpRequest, user: User, fmt: str) -> HttpResponse:
    if not services.staffed_centres(user) and not services.is_coordinator(user):
        raise Http404
    try:
        if fmt == "xlsx":
            response = HttpResponse(
                services.template_xlsx(),
                content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            )
        else:
            response = HttpResponse(services.template_csv(), content_type="text/csv; charset=utf-8")
    except CategoryVersion.DoesNotExist:
        return _no_categories(request)
    response["Content-Disposition"] = f'attachment; filename="helpline-statistics-template.{fmt}"'
    return response


def _no_categories(request: HttpRequest) -> HttpResponse:
    """Figures are counted per category: without a list (`set_up_site` makes the reference one) there is nothing
    to enter, which the workspace says instead of failing."""
    messages.error(
        request,
        _(
            "There is no list of helpline categories yet, so no figures can be entered. Ask the network's statistics "
            "coordinator to add one."
        ),
    )
    return redirect("statistics:home")


# --- Coordinators -----------------------------------------------------------------------------------------------


@coordinator_view
def review(request: HttpRequest, user: User) -> HttpResponse:
    quarters = list(Quarter.objects.order_by("-year", "-number")[:12])
    late = {q.pk: services.late_centres(q) for q in quarters[:2]}
    return render(request, "statistics/admin/review.html", {"quarters": quarters, "late": late})


@coordinator_view
@require_http_methods(["GET", "POST"])
def review_quarter(request: HttpRequest, user: User, quarter: str) -> HttpResponse:
    period = _quarter(quarter)
    if request.method == "POST":
        if request.POST.get("action") == "lock":
            # Published figures are read as the network's: a quarter with helplines missing or figures flagged is
            # published only when the coordinator says so, on the page that lists them.
            if request.POST.get("confirm") != "yes" and _incomplete(period):
                messages.error(
                    request,
                    _("Tick the box to publish the quarter with helplines missing or figures flagged."),
                )
                return redirect(request.path)
            services.lock(user, period)
            messages.success(request, _("Quarter locked and published; a draft trends article waits for the editors."))
        elif request.POST.get("action") == "unlock":
            services.unlock(user, period)
        return redirect(request.path)
    rows = _review_rows(period)
    return render(
        request,
        "statistics/admin/review_quarter.html",
        {
            "quarter": period,
            "rows": rows,
            "missing": services.missing_centres(period),
            "flagged": sum(1 for row in rows if row["flags"]),
            "late": services.late_centres(period),
            "reason_form": ReasonForm(),
            "audit": AuditEntry.objects.filter(quarter=period.label)[:50],
        },
    )


def _incomplete(period: Quarter) -> bool:
    """Whether a helpline has not submitted the quarter or a submission carries a flag."""
    return bool(services.missing_centres(period)) or any(row["flags"] for row in _review_rows(period))


def _review_rows(period: Quarter) -> list[dict[str, Any]]:
    """The quarter's submissions, each with its total and its flags (three times or a third of the previous quarter)."""
    previous = Quarter.objects.filter(year__lte=period.year).exclude(pk=period.pk).order_by("-year", "-number")
    previous_quarter = next((q for q in previous if (q.year, q.number) < (period.year, period.number)), None)
    submissions = list(Submission.objects.filter(quarter=period).select_related("centre"))
    earlier = {s.centre_id: s for s in Submission.objects.filter(quarter=previous_quarter)} if previous_quarter else {}
    totals = services.totals_by_category([s.pk for s in submissions] + [s.pk for s in earlier.values()])
    latest, _mapping = services.category_map()
    names = {c.pk: c.label for c in latest}
    rows = []
    for submission in submissions:
        before = earlier.get(submission.centre_id)
        flags = services.outlier_flags(
            totals.get(submission.pk, {}), totals.get(before.pk, {}) if before else {}, names
        )
        rows.append({"submission": submission, "total": sum(totals.get(submission.pk, {}).values()), "flags": flags})
    return rows


def _compare(
    request: HttpRequest, period: Quarter, centre: Centre, form: CorrectionForm | None = None, status: int = 200
) -> HttpResponse:
    submissions = list(
        Submission.objects.filter(centre=centre, quarter__year__gte=period.year - 2)
        .select_related("quarter")
        .order_by("quarter__year", "quarter__number")
    )
    submissions = [s for s in submissions if (s.quarter.year, s.quarter.number) <= (period.year, period.number)]
    totals = services.totals_by_category([s.pk for s in submissions])
    latest, _mapping = services.category_map()
    table = [{"category": c, "values": [totals.get(s.pk, {}).get(c.pk, 0) for s in submissions]} for c in latest]
    flags = []
    if len(submissions) >= 2:
        names = {c.pk: c.label for c in latest}
        flags = services.outlier_flags(totals.get(submissions[-1].pk, {}), totals.get(submissions[-2].pk, {}), names)
    current = next((s for s in submissions if s.quarter_id == period.pk), None)
    counts = (
        current.counts.select_related("category", "platform").order_by("category__sort_order", "pk")
        if current is not None and period.is_locked
        else []
    )
    if form is None and period.is_locked:
        form = CorrectionForm(categories=services.current_version().categories.all())
    return render(
        request,
        "statistics/admin/compare.html",
        {
            "quarter": period,
            "centre": centre,
            "submissions": submissions,
            "table": table,
            "flags": flags,
            "counts": counts,
            "correction_form": form,
        },
        status=status,
    )


@coordinator_view
def compare(request: HttpRequest, user: User, quarter: str, country: str) -> HttpResponse:
    return _compare(request, _quarter(quarter), get_object_or_404(Centre, country=country.upper()))


@coordinator_view
@require_POST
def correct(request: HttpRequest, user: User, quarter: str, country: str) -> HttpResponse:
    """Change one figure of a locked quarter, with a reason; logged and published at once."""
    period = _quarter(quarter)
    centre = get_object_or_404(Centre, country=country.upper())
    if not period.is_locked:
        raise Http404
    form = CorrectionForm(request.POST, categories=services.current_version().categories.all())
    if not form.is_valid():
        messages.error(request, _("Check the correction: every field but the platform is needed, and a reason."))
        return _compare(request, period, centre, form, status=400)
    submission = services.submission_for(centre, period)
    try:
        old, new = services.correct_count(user, submission, form.cleaned_data, form.cleaned_data["reason"])
    except ValueError as error:
        messages.error(request, str(error))
        return _compare(request, period, centre, form, status=400)
    messages.success(
        request,
        _("Figure corrected from %(old)s to %(new)s; the change is in the audit log.") % {"old": old, "new": new},
    )
    return redirect("statistics:compare", quarter=period.label, country=centre.country.code.lower())


@coordinator_view
@require_POST
def correction(request: HttpRequest, user: User, pk: int) -> HttpResponse:
    submission = get_object_or_404(Submission.objects.select_related("quarter", "centre"), pk=pk)
    form = ReasonForm(request.POST)
    if form.is_valid():
        services.request_correction(user, submission, form.cleaned_data["reason"])
        messages.success(request, _("Correction requested; the helpline has been emailed."))
    else:
        messages.error(request, _("Give a reason for the correction."))
    return redirect("statistics:review_quarter", quarter=submission.quarter.label)
