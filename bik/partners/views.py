"""Partner pages: the public directory and profiles, the application form, the partners' workspace (own
organisation only, second factor required) and the reviewers' queue. Thin: the rules live in services."""

from __future__ import annotations

import functools
from typing import Any, cast

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from bik.accounts import ratelimits
from bik.accounts.gates import Gate, ViewFunction
from bik.accounts.models import User
from bik.catalogue.language import current_language
from bik.catalogue.pagination import paginate
from bik.pages.numbers import strict_int
from bik.partners import services
from bik.partners.forms import (
    ApplicationForm,
    CommitmentForm,
    MemberForm,
    PublicationForm,
    ReturnForm,
    SelfReportForm,
    VersionForm,
)
from bik.partners.models import PartnerMember, PartnerOrganisation, Submission
from bik.research.models import Publication
from bik.research.services import label_publications, research_index_url

ORGANISATIONS_PER_PAGE = 24
PUBLICATIONS_PER_PAGE = 12


def _errors_to_form(form: Any, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)


# --- Public --------------------------------------------------------------------------------------------------


@require_GET
def index(request: HttpRequest) -> HttpResponse:
    kind = request.GET.get("kind", "")
    if kind not in PartnerOrganisation.Kind.values:
        kind = ""
    page_obj = paginate(services.public_organisations(kind), request.GET.get("page", 1), ORGANISATIONS_PER_PAGE)
    return render(
        request,
        "partners/index.html",
        {
            "page_obj": page_obj,
            "kind": kind,
            "kinds": PartnerOrganisation.Kind.choices,
            "filter_query": urlencode({"kind": kind}) if kind else "",
        },
    )


@require_GET
def profile(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = services.find_public_organisation(slug)
    if organisation is None:
        raise Http404("No such partner.")
    publications = services.organisation_publications(organisation, current_language())
    page_obj = paginate(publications, request.GET.get("page", 1), PUBLICATIONS_PER_PAGE)
    label_publications(cast("list[Publication]", page_obj.object_list))
    years, rows = services.comparison(organisation)
    return render(
        request,
        "partners/profile.html",
        {
            "organisation": organisation,
            "page_obj": page_obj,
            "research_url": _research_url(),
            "years": years,
            "rows": rows,
        },
    )


def _research_url() -> str:
    return research_index_url(current_language())


@require_http_methods(["GET", "POST"])
def apply(request: HttpRequest) -> HttpResponse:
    user = request.user
    if not isinstance(user, User) or not user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    form = ApplicationForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        if not ratelimits.allow(request, ratelimits.Form.PARTNER_APPLY, account=user):
            return ratelimits.refuse(request, "partners/apply.html", {"form": form}, form)
        try:
            services.apply(user, **form.cleaned_data)
        except ValidationError as error:
            _errors_to_form(form, error)
        else:
            messages.success(request, _("Thank you. A network admin will look at your application."))
            return redirect("partners:index")
    return render(request, "partners/apply.html", {"form": form}, status=400 if form.errors else 200)


# --- Gates ---------------------------------------------------------------------------------------------------


PARTNERS = Gate(
    services.needs_second_factor, gettext_lazy("Partners and reviewers must set up two-factor authentication first.")
)


def _partners_only(request: HttpRequest) -> HttpResponse:
    return render(request, "partners/partners_only.html", status=403)


def _reviewers_only(request: HttpRequest) -> HttpResponse:
    return render(request, "partners/partners_only.html", {"reviewers": True}, status=403)


def partner_view(function: ViewFunction) -> ViewFunction:
    """Only people acting for an approved organisation, with a second factor; called with their organisations."""

    @PARTNERS.view()
    @functools.wraps(function)
    def wrapper(request: HttpRequest, partner: User, *args: Any, **kwargs: Any) -> HttpResponseBase:
        organisations = services.partner_organisations(partner)
        if not organisations:
            return _partners_only(request)
        return function(request, partner, organisations, *args, **kwargs)

    return wrapper


reviewer_view = PARTNERS.view(services.is_reviewer, refused=_reviewers_only)
admin_view = PARTNERS.view(services.is_network_admin, refused=_reviewers_only)


def _own(organisations: list[PartnerOrganisation], slug: str) -> PartnerOrganisation:
    organisation = next((o for o in organisations if o.slug == slug), None)
    if organisation is None:
        raise Http404
    return organisation


# --- Partners' workspace -------------------------------------------------------------------------------------


@require_GET
@partner_view
def workspace(request: HttpRequest, partner: User, organisations: list[PartnerOrganisation]) -> HttpResponse:
    spaces = [
        {
            "organisation": organisation,
            "submissions": list(services.own_submissions(partner, organisation)[:100]),
            "reports": services.own_reports(partner, organisation)
            if organisation.kind == PartnerOrganisation.Kind.INDUSTRY
            else [],
        }
        for organisation in organisations
    ]
    return render(request, "partners/workspace.html", {"spaces": spaces})


@require_http_methods(["GET", "POST"])
@partner_view
def submit(request: HttpRequest, partner: User, organisations: list[PartnerOrganisation], slug: str) -> HttpResponse:
    organisation = _own(organisations, slug)
    form = PublicationForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.submit_publication(partner, organisation, form.publication_fields(), form.cleaned_data["file"])
        except ValidationError as error:
            _errors_to_form(form, error)
        else:
            messages.success(request, _("Your publication was sent to the editors for review."))
            return redirect("partners:workspace")
    context = {"form": form, "organisation": organisation}
    return render(request, "partners/submit.html", context, status=400 if form.errors else 200)


def _initial(submission: Submission) -> dict[str, Any]:
    publication = submission.publication
    return {
        "title": publication.title,
        "summary": publication.summary,
        "publication_type": publication.publication_type,
        "year": publication.year,
        "authors": publication.authors,
        "topics": [topic.slug for topic in publication.topics.all()],
        "audiences": [audience.slug for audience in publication.audiences.all()],
    }


@require_http_methods(["GET", "POST"])
@partner_view
def submission(request: HttpRequest, partner: User, organisations: list[PartnerOrganisation], pk: int) -> HttpResponse:
    item = services.own_submission(partner, pk)
    if item is None:
        raise Http404
    editable = item.state != Submission.State.PUBLISHED
    form = PublicationForm(request.POST or None, request.FILES or None, initial=_initial(item), file_required=False)
    if request.method == "POST" and editable and form.is_valid():
        try:
            services.resubmit(partner, item, form.publication_fields(), form.cleaned_data["file"])
        except ValidationError as error:
            _errors_to_form(form, error)
        else:
            messages.success(request, _("Your changes were sent to the editors for review."))
            return redirect("partners:workspace")
    languages = services.version_languages(item)
    context = {
        "submission": item,
        "form": form if editable else None,
        "versions": services.versions(item),
        "version_form": VersionForm(languages=languages) if languages else None,
    }
    return render(request, "partners/submission.html", context, status=400 if form.errors else 200)


@require_POST
@partner_view
def add_version(request: HttpRequest, partner: User, organisations: list[PartnerOrganisation], pk: int) -> HttpResponse:
    item = services.own_submission(partner, pk)
    if item is None:
        raise Http404
    form = VersionForm(request.POST, request.FILES, languages=services.version_languages(item))
    if form.is_valid():
        try:
            services.add_version(partner, item, **form.cleaned_data)
        except ValidationError as error:
            _errors_to_form(form, error)
        else:
            messages.success(request, _("The language version was sent to the editors for review."))
            return redirect("partners:submission", pk=item.pk)
    context = {"submission": item, "form": None, "versions": services.versions(item), "version_form": form}
    return render(request, "partners/submission.html", context, status=400)


@require_GET
@partner_view
def version_file(
    request: HttpRequest, partner: User, organisations: list[PartnerOrganisation], pk: int, version: int
) -> HttpResponseBase:
    """A partner's own file before publication (the public file URL opens only for reviewers until then)."""
    item = services.own_submission(partner, pk)
    if item is None:
        raise Http404
    found = next((v for v in services.versions(item) if v.pk == version), None)
    if found is None or found.document is None:
        raise Http404
    return FileResponse(found.document.file.open("rb"), as_attachment=True, filename=found.document.filename)


@require_http_methods(["GET", "POST"])
@partner_view
def self_report(
    request: HttpRequest, partner: User, organisations: list[PartnerOrganisation], slug: str
) -> HttpResponse:
    organisation = _own(organisations, slug)
    if organisation.kind != PartnerOrganisation.Kind.INDUSTRY:
        raise Http404
    commitments = list(organisation.commitments.all())
    commitment_form = CommitmentForm(request.POST if "add_commitment" in request.POST else None)
    if commitment_form.is_bound and commitment_form.is_valid():
        services.add_commitment(partner, organisation, **commitment_form.cleaned_data)
        messages.success(request, _("The commitment was added."))
        return redirect("partners:self_report", slug=organisation.slug)
    reports = {report.year: report for report in services.own_reports(partner, organisation)}
    year_given = request.POST.get("year") or request.GET.get("year")
    initial: dict[str, Any] = {"year": year_given}
    report_form = SelfReportForm(
        request.POST if "save_report" in request.POST else None, commitments=commitments, initial=initial
    )
    if report_form.is_bound and report_form.is_valid():
        try:
            services.save_self_report(
                partner,
                organisation,
                report_form.cleaned_data["year"],
                report_form.entries(),
                publish=request.POST.get("publish") == "1",
            )
        except ValidationError as error:
            _errors_to_form(report_form, error)
        else:
            messages.success(request, _("The self-report was saved."))
            return redirect("partners:workspace")
    chosen_year = strict_int(year_given)
    if not report_form.is_bound and chosen_year in reports:
        for entry in reports[chosen_year].entries.all():
            initial[f"done_{entry.commitment_id}"] = entry.done
            initial[f"evidence_{entry.commitment_id}"] = entry.evidence
        report_form = SelfReportForm(commitments=commitments, initial=initial)
    context = {
        "organisation": organisation,
        "commitment_form": commitment_form,
        "report_form": report_form,
        "commitments": commitments,
        "reports": list(reports.values()),
    }
    failed = commitment_form.errors or report_form.errors
    return render(request, "partners/self_report.html", context, status=400 if failed else 200)


# --- Reviewers -----------------------------------------------------------------------------------------------


@require_GET
@reviewer_view
def review_queue(request: HttpRequest, reviewer: User) -> HttpResponse:
    page_obj = paginate(services.review_queue(reviewer), request.GET.get("page", 1), 50)
    return render(request, "partners/review_queue.html", {"page_obj": page_obj})


@require_http_methods(["GET", "POST"])
@reviewer_view
def review(request: HttpRequest, reviewer: User, pk: int) -> HttpResponse:
    item = services.reviewable(reviewer, pk)
    if item is None:
        raise Http404
    return_form = ReturnForm(request.POST if request.POST.get("decision") == "return" else None)
    if request.method == "POST":
        try:
            if request.POST.get("decision") == "publish":
                services.publish_submission(reviewer, item)
                messages.success(request, _("The publication is published."))
                return redirect("partners:review_queue")
            if return_form.is_valid():
                services.return_submission(reviewer, item, return_form.cleaned_data["reason"])
                messages.success(request, _("The publication was returned to the partner."))
                return redirect("partners:review_queue")
        except ValidationError as error:
            _errors_to_form(return_form, error)
    context = {"submission": item, "versions": services.versions(item), "return_form": return_form}
    return render(request, "partners/review.html", context, status=400 if return_form.errors else 200)


@require_http_methods(["GET", "POST"])
@admin_view
def organisations(request: HttpRequest, admin: User) -> HttpResponse:
    """Network admins: applications to decide, and the people acting for each approved organisation."""
    if request.method == "POST":
        organisation = get_object_or_404(PartnerOrganisation, pk=strict_int(request.POST.get("organisation")) or 0)
        if request.POST.get("decision") in ("approve", "decline"):
            services.decide(admin, organisation, approve=request.POST["decision"] == "approve")
            messages.success(request, _("The application was decided."))
            return redirect("partners:organisations")
        form = MemberForm(request.POST)
        if form.is_valid():
            person = User.objects.filter(email__iexact=form.cleaned_data["email"]).first()
            if person is None:
                messages.error(request, _("No account has this email address."))
            else:
                try:
                    services.add_member(admin, organisation, person)
                except ValidationError as error:
                    messages.error(request, " ".join(error.messages))
                else:
                    messages.success(request, _("The person now acts for the organisation."))
        else:
            messages.error(request, _("Enter a valid email address."))
        return redirect("partners:organisations")
    approved = list(
        PartnerOrganisation.objects.filter(status=PartnerOrganisation.Status.APPROVED).prefetch_related("members__user")
    )
    return render(
        request,
        "partners/organisations.html",
        {"applications": list(services.pending_applications()), "approved": approved, "member_form": MemberForm()},
    )


@require_POST
@admin_view
def remove_member(request: HttpRequest, admin: User, pk: int) -> HttpResponse:
    member = get_object_or_404(PartnerMember, pk=pk)
    services.remove_member(admin, member)
    messages.success(request, _("The person no longer acts for the organisation."))
    return redirect("partners:organisations")
