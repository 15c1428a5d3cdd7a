"""The public policy monitor (map, country profiles, comparison, open data), the national contacts' workspace
and the editors' review. Workspace and review are deny by default: anonymous visitors sign in, contacts without
a second factor set one up, everyone else gets a 404."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.http.response import HttpResponseBase
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_GET, require_http_methods
from django_countries.fields import Country

from bik.accounts.gates import Gate, private
from bik.accounts.models import User
from bik.community.files import private_file_response, safe_download_name
from bik.network.countries import name_key
from bik.pages.open_data import data_download
from bik.policy import published, services
from bik.policy.forms import AttachmentForm, CompareForm, CopyForm, MapForm, ReasonForm, ReturnForm
from bik.policy.models import Answer, AuditEntry, CountryReturn, Questionnaire, Status


def _code(country: str) -> str:
    """A country code from the URL, or a 404 for anything that cannot be one."""
    if len(country) != 2 or not country.isascii() or not country.isalpha():
        raise Http404
    return country.upper()


def _year(value: str | int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError) as error:
        raise Http404 from error


# --- Public ---------------------------------------------------------------------------------------------------


@require_GET
def overview(request: HttpRequest) -> HttpResponse:
    """The map of Europe coloured by one indicator of one year, with the same figures as a table."""
    questionnaires = published.published_questionnaires()
    if not questionnaires:
        return render(request, "policy/overview.html", {"questionnaire": None})
    years = [q.year for q in questionnaires]
    year = request.GET.get("year", "")
    questionnaire = next((q for q in questionnaires if str(q.year) == year), questionnaires[0])
    indicators = published.indicators_of(questionnaire)
    form = MapForm(request.GET or None, years=years, indicators=indicators)
    status = 200
    if request.GET and not form.is_valid():
        status = 400
    key = request.GET.get("indicator", "")
    indicator = next((i for i in indicators if i.key == key), indicators[0] if indicators else None)
    if indicator is None:
        return render(request, "policy/overview.html", {"questionnaire": None})
    if not request.GET:
        form = MapForm(
            initial={"year": questionnaire.year, "indicator": indicator.key}, years=years, indicators=indicators
        )
    coloured = published.indicator_map(questionnaire, indicator)
    return render(
        request,
        "policy/overview.html",
        {
            "questionnaire": questionnaire,
            "indicator": indicator,
            "coloured": coloured,
            "form": form,
            "years": years,
            "demo_years": published.demo_years(),
        },
        status=status,
    )


@require_GET
def country(request: HttpRequest, country: str, year: int | None = None) -> HttpResponse:
    profile = published.country_profile(_code(country), year)
    if profile is None:
        if country.upper() in services.participating_countries():
            if year is not None:  # nothing published for that year: the profile shows the latest published one
                return redirect("policy:country", country=country.lower())
            return render(request, "policy/country_empty.html", {"country": Country(country.upper())})
        raise Http404
    return render(
        request,
        "policy/country.html",
        {
            "profile": profile,
            "laws_url": f"/{request.LANGUAGE_CODE}/knowledge/documents/?country={profile.country.code}",
            "demo_years": published.demo_years(),
        },
    )


@require_GET
def compare(request: HttpRequest) -> HttpResponse:
    questionnaires = published.published_questionnaires()
    years = [q.year for q in questionnaires]
    countries = services.participating_countries()
    form = CompareForm(request.GET or None, years=years, countries=countries)
    result = None
    status = 200
    if request.GET:
        if form.is_valid() and form.cleaned_data["countries"]:
            year = form.cleaned_data.get("year")
            questionnaire = next(
                (q for q in questionnaires if q.year == year), questionnaires[0] if questionnaires else None
            )
            if questionnaire is not None:
                result = published.comparison(questionnaire, form.cleaned_data["countries"])
        elif not form.is_valid():
            status = 400
    context = {"form": form, "result": result, "demo_years": published.demo_years()}
    return render(request, "policy/compare.html", context, status=status)


@require_GET
def open_data(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "policy/open_data.html",
        {
            "questionnaires": published.published_questionnaires(),
            "demo_years": published.demo_years(),
            "schema": published.SCHEMA,
            "licence_url": published.LICENCE_URL,
            "licence_name": "CC BY 4.0",
            "api_path": "/api/v1/policy/",
        },
    )


@require_GET
def open_data_schema(request: HttpRequest) -> HttpResponse:
    return JsonResponse(published.SCHEMA)


@require_GET
def open_data_file(request: HttpRequest, year: int, fmt: str) -> HttpResponse:
    questionnaire = published.questionnaire_for(year)
    if questionnaire is None or fmt not in ("csv", "json"):
        raise Http404
    about = {
        "licence": published.LICENCE,
        "licence_url": published.LICENCE_URL,
        "schema": published.SCHEMA,
        "year": questionnaire.year,
    }
    return data_download(
        published.open_data_rows(questionnaire),
        fmt,
        fields=published.OPEN_DATA_FIELDS,
        about=about,
        filename=f"policy-monitor-{questionnaire.year}",
    )


@require_GET
def attachment(request: HttpRequest, pk: int, document: int) -> HttpResponseBase:
    """A document attached to an answer: public once the return is published, else only for the country's
    contacts and the editors."""
    answer = get_object_or_404(Answer.objects.select_related("country_return__questionnaire"), pk=pk)
    if not services.can_view(request.user, answer.country_return):
        raise Http404
    found = answer.documents.filter(pk=document).first()
    if found is None:
        raise Http404
    extension = found.file_extension or "bin"
    return private_file_response(
        found.file, download_name=safe_download_name(found.title, extension), media_type="application/octet-stream"
    )


# --- Workspace ------------------------------------------------------------------------------------------------


CONTACTS = Gate(
    services.is_contact_without_mfa,
    gettext_lazy("National policy contacts must set up two-factor authentication first."),
)
contact_view = CONTACTS.view(lambda user: bool(services.contact_countries(user)))
editor_view = CONTACTS.view(services.is_editor)


@contact_view
def workspace(request: HttpRequest, user: User) -> HttpResponse:
    countries = services.contact_countries(user)
    questionnaires = list(Questionnaire.objects.order_by("-year")[:6])
    returns = {
        (r.questionnaire_id, r.country.code): r
        for r in CountryReturn.objects.filter(country__in=countries, questionnaire__in=questionnaires)
    }
    rows = [
        {"country": Country(code), "years": [(q, returns.get((q.pk, code))) for q in questionnaires]}
        for code in countries
    ]
    return render(request, "policy/workspace.html", {"rows": rows})


@contact_view
@require_http_methods(["GET", "POST"])
def workspace_return(request: HttpRequest, user: User, country: str, year: int) -> HttpResponse:
    if _code(country) not in services.contact_countries(user):
        raise Http404
    questionnaire = get_object_or_404(Questionnaire.objects.with_indicators(), year=_year(year))
    country_return = services.return_for(user, questionnaire, country.upper())
    indicators = list(questionnaire.indicators.all())
    answers = {a.indicator_id: a for a in country_return.answers.prefetch_related("documents")}
    form = ReturnForm(indicators=indicators, answers=answers)
    attach_form = AttachmentForm(indicators=indicators)
    status = 200
    if request.method == "POST":
        action = request.POST.get("action", "")
        try:
            if action in ("save", "submit"):
                form = ReturnForm(request.POST, indicators=indicators, answers=answers)
                if not form.is_valid():
                    messages.error(request, _("Some answers need correcting; nothing was saved."))
                    status = 400
                else:
                    services.save_answers(user, country_return, form.values())
                    if action == "submit":
                        services.submit(user, country_return)
                        messages.success(request, _("Submitted. The editors will review your answers."))
                    else:
                        messages.success(request, _("Draft saved."))
                    return redirect(request.path)
            elif action == "attach":
                attach_form = AttachmentForm(request.POST, request.FILES, indicators=indicators)
                if attach_form.is_valid():
                    indicator = next(i for i in indicators if i.pk == attach_form.cleaned_data["indicator"])
                    services.attach_document(
                        user,
                        country_return,
                        indicator,
                        attach_form.cleaned_data["title"],
                        attach_form.cleaned_data["file"],
                    )
                    messages.success(request, _("Document attached. It stays private until the answers are published."))
                    return redirect(request.path)
                status = 400
        except ValidationError as error:
            attach_form.add_error("file", error)
            status = 400
        except ValueError as error:
            messages.error(request, str(error))
            status = 400
        except services.NotAllowedError:
            messages.error(request, _("These answers can no longer be changed here."))
            status = 403
    return render(
        request,
        "policy/workspace_return.html",
        {
            "country": Country(country.upper()),
            "questionnaire": questionnaire,
            "country_return": country_return,
            "form": form,
            "attach_form": attach_form,
            "answers": answers,
            "editable": country_return.is_editable,
        },
        status=status,
    )


# --- Review ---------------------------------------------------------------------------------------------------


@editor_view
def review(request: HttpRequest, user: User) -> HttpResponse:
    return render(request, "policy/review.html", {"questionnaires": Questionnaire.objects.order_by("-year")})


@editor_view
@require_http_methods(["GET", "POST"])
def review_year(request: HttpRequest, user: User, year: int) -> HttpResponse:
    questionnaire = get_object_or_404(Questionnaire, year=_year(year))
    if request.method == "POST" and request.POST.get("action") == "publish":
        published_count = services.publish(user, questionnaire)
        messages.success(
            request,
            ngettext("%(n)s country published.", "%(n)s countries published.", published_count)
            % {"n": published_count},
        )
        return redirect(request.path)
    returns = {r.country.code: r for r in CountryReturn.objects.filter(questionnaire=questionnaire)}
    rows: list[dict[str, Any]] = [
        {"country": Country(code), "return": returns.get(code)} for code in services.participating_countries()
    ]
    rows.sort(key=lambda row: name_key(str(row["country"].name)))
    accepted = sum(1 for r in returns.values() if r.status == Status.ACCEPTED)
    return render(
        request,
        "policy/review_year.html",
        {
            "questionnaire": questionnaire,
            "rows": rows,
            "accepted": accepted,
            "audit": AuditEntry.objects.filter(year=questionnaire.year)[:50],
        },
    )


@editor_view
@require_http_methods(["GET", "POST"])
def review_return(request: HttpRequest, user: User, year: int, country: str) -> HttpResponse:
    questionnaire = get_object_or_404(Questionnaire.objects.with_indicators(), year=_year(year))
    country_return = get_object_or_404(CountryReturn, questionnaire=questionnaire, country=_code(country))
    reason_form = ReasonForm()
    status = 200
    if request.method == "POST":
        action = request.POST.get("action", "")
        try:
            if action == "request_changes":
                reason_form = ReasonForm(request.POST)
                if reason_form.is_valid():
                    services.request_changes(user, country_return, reason_form.cleaned_data["reason"])
                    messages.success(request, _("Changes requested; the national contact has been emailed."))
                    return redirect(request.path)
                status = 400
            elif action == "accept":
                services.accept(user, country_return)
                messages.success(request, _("Accepted."))
                return redirect(request.path)
            elif action == "publish":
                services.publish(user, questionnaire, [country_return.country.code])
                messages.success(request, _("Published."))
                return redirect(request.path)
        except services.NotAllowedError:
            messages.error(request, _("This cannot be done in the return's present state."))
            status = 400
        except ValueError as error:
            messages.error(request, str(error))
            status = 400
    previous = services.previous_questionnaire(questionnaire)
    before: dict[str, Answer] = {}
    if previous is not None:
        last = CountryReturn.objects.filter(questionnaire=previous, country=country_return.country).first()
        if last is not None:
            before = {a.indicator.key: a for a in last.answers.select_related("indicator")}
    answers = {
        a.indicator_id: a for a in country_return.answers.select_related("indicator").prefetch_related("documents")
    }
    rows = [
        published.Row(
            indicator,
            answers.get(indicator.pk),
            before.get(indicator.key),
            indicator.same_question_as(before[indicator.key].indicator if indicator.key in before else None),
        )
        for indicator in questionnaire.indicators.all()
    ]
    return render(
        request,
        "policy/review_return.html",
        {
            "questionnaire": questionnaire,
            "country_return": country_return,
            "rows": rows,
            "previous": previous,
            "reason_form": reason_form,
            "audit": AuditEntry.objects.filter(year=questionnaire.year, country=country_return.country.code)[:50],
        },
        status=status,
    )


@require_http_methods(["GET", "POST"])
def copy_questionnaire(request: HttpRequest, pk: int) -> HttpResponse:
    """The admin's "copy to next year": a confirmation, then the copy opens in the snippet editor."""
    user = request.user
    if not isinstance(user, User) or not services.can_copy(user):
        raise Http404
    questionnaire = get_object_or_404(Questionnaire, pk=pk)
    form = CopyForm(request.POST or None, initial={"year": questionnaire.year + 1})
    if request.method == "POST" and form.is_valid():
        try:
            copy = services.copy_questionnaire(user, questionnaire, form.cleaned_data["year"])
        except ValueError as error:
            form.add_error("year", str(error))
        else:
            messages.success(request, _("Copied to %(year)s: change what should change.") % {"year": copy.year})
            return redirect("wagtailsnippets_policy_questionnaire:edit", copy.pk)
    return private(
        render(
            request,
            "policy/admin/copy.html",
            {"questionnaire": questionnaire, "form": form},
            status=400 if form.errors else 200,
        )
    )
