"""Views of the Safer Internet Day host. Thin: parse input, call `bik.sid.services`, render."""

from __future__ import annotations

from typing import Any, cast

from allauth.account.adapter import get_adapter
from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Count, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template import loader
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods
from django_countries import countries

from bik.accounts import ratelimits
from bik.accounts.models import User
from bik.accounts.services import equal_password_work
from bik.events.ical import VEvent, calendar, ics_response, plain_text
from bik.pictures.rendering import image_prefetch
from bik.sid import choropleth, services
from bik.sid.forms import (
    ActionForm,
    CountryProfileForm,
    GalleryFilterForm,
    RejectForm,
    SupporterProfileForm,
    SupporterRegistrationForm,
)
from bik.sid.models import Action, ActionKind, Status, Supporter

GALLERY_PAGE_SIZE = 12
REVIEW_PAGE_SIZE = 20


def sid_origin_for(request: HttpRequest | None) -> str:
    """The SID host's origin as the visitor reaches it, keeping their scheme and port (`make run` serves both
    hosts on one port); the settings' origin without a request."""
    if request is None:
        return services.sid_origin()
    scheme = request.scheme or "http"
    host = request.get_host()
    request_port = host.rsplit(":", 1)[1] if ":" in host and not host.endswith("]") else ""
    port = "" if request_port in {"", "80", "443"} else f":{request_port}"
    return f"{scheme}://{settings.BIK_SID_HOST}{port}"


def sid_absolute(request: HttpRequest | None, path: str) -> str:
    """An absolute address on the SID host, as the visitor reaches it (for links from the portal's pages)."""
    return services.sid_link(path, sid_origin_for(request))


def _user(request: HttpRequest) -> User:
    return cast(User, request.user)  # only called behind login_required


# --- Public pages ---------------------------------------------------------------------------------------


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    edition = services.current_edition()
    counts = services.counts_by_country(Action.objects.approved().filter(edition=edition)) if edition else {}
    country_total, action_total = services.totals(counts)
    return render(
        request,
        "sid/home.html",
        {
            "edition": edition,
            "days_left": edition.days_until() if edition else None,
            "country_total": country_total,
            "action_total": action_total,
            "portal_resources_url": services.portal_resources_url(get_language() or "en"),
        },
    )


@require_GET
def editions(request: HttpRequest) -> HttpResponse:
    current = services.current_edition()
    past = services.past_editions().exclude(pk=current.pk if current else None)
    past = past.annotate(action_count=Count("actions", filter=Q(actions__status=Status.APPROVED)))
    past = past.prefetch_related(image_prefetch())
    return render(request, "sid/editions.html", {"edition": current, "past": past})


@require_GET
def resources(request: HttpRequest) -> HttpResponse:
    return render(
        request, "sid/resources.html", {"portal_resources_url": services.portal_resources_url(get_language() or "en")}
    )


@require_GET
def country_list(request: HttpRequest) -> HttpResponse:
    edition = services.current_edition()
    counts = services.counts_by_country(Action.objects.approved().filter(edition=edition)) if edition else {}
    rows = [{"code": str(code), "name": str(name), "count": counts.get(str(code), 0)} for code, name in countries]
    return render(request, "sid/country_list.html", {"edition": edition, "rows": rows})


def _country_code(code: str) -> str:
    upper = code.upper()
    if upper not in dict(countries):
        raise Http404
    return upper


@require_GET
def country_detail(request: HttpRequest, code: str) -> HttpResponse:
    country = _country_code(code)
    edition = services.current_edition()
    overview = services.country_overview(country, edition)
    return render(
        request,
        "sid/country_detail.html",
        {"overview": overview, "edition": edition, "can_edit": services.can_organise(request.user, country)},
    )


@login_required
@require_http_methods(["GET", "POST"])
def country_edit(request: HttpRequest, code: str) -> HttpResponse:
    country = _country_code(code)
    if not services.can_organise(request.user, country):
        raise PermissionDenied
    overview = services.country_overview(country, None)
    form = CountryProfileForm(request.POST or None, instance=overview.profile)
    if request.method == "POST" and form.is_valid():
        services.update_country_profile(request.user, country, form.cleaned_data)
        messages.success(request, _("The country page is updated."))
        return redirect("sid:country", code=country.lower())
    return render(request, "sid/country_edit.html", {"overview": overview, "form": form})


def _gallery_filters(request: HttpRequest) -> tuple[GalleryFilterForm, services.GalleryFilters]:
    form = GalleryFilterForm(request.GET)
    form.is_valid()
    data: dict[str, Any] = {name: value for name, value in form.cleaned_data.items() if value not in ("", None)}
    return form, services.GalleryFilters(**data)


@require_GET
def gallery(request: HttpRequest) -> HttpResponse:
    form, filters = _gallery_filters(request)
    actions = services.gallery_actions(filters)
    counts = services.counts_by_country(actions)
    country_total, action_total = services.totals(counts)
    names = dict(countries)
    page = Paginator(actions.for_listing().order_by("-starts_at", "pk"), GALLERY_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    table = [
        {"code": code, "name": str(names.get(code, code)), "count": count}
        for code, count in sorted(counts.items(), key=lambda item: (-item[1], str(names.get(item[0], item[0]))))
    ]
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "sid/gallery.html",
        {
            "form": form,
            "page_obj": page,
            "country_total": country_total,
            "action_total": action_total,
            "map": choropleth.country_map(counts),
            "legend": choropleth.legend(),
            "table": table,
            "filter_query": query.urlencode(),
        },
        status=400 if form.errors else 200,
    )


def _event_url(request: HttpRequest, action: Action) -> str:
    return request.build_absolute_uri(services.sid_reverse("action", pk=action.pk))


def _calendar_entry(request: HttpRequest, action: Action) -> VEvent:
    return VEvent(
        uid=f"sid-action-{action.pk}",
        starts_at=action.starts_at,
        ends_at=action.effective_end,
        summary=action.title,
        description=plain_text(action.description),
        url=_event_url(request, action),
        location=action.city if action.format == "in_person" else action.online_url,
        last_modified=action.updated_at,
    )


@require_GET
def gallery_ics(request: HttpRequest) -> HttpResponse:
    _form, filters = _gallery_filters(request)
    events = services.gallery_actions(filters).filter(kind=ActionKind.EVENT).order_by("starts_at", "pk")[:1000]
    body = calendar((_calendar_entry(request, event) for event in events), name=_("Safer Internet Day events"))
    return ics_response(body, "safer-internet-day.ics")


def _public_action(pk: int) -> Action:
    return get_object_or_404(Action.objects.approved().for_listing(), pk=pk)


@require_GET
def action_detail(request: HttpRequest, pk: int) -> HttpResponse:
    action = _public_action(pk)
    return render(request, "sid/action_detail.html", {"action": action, "country_name": action.country.name})


@require_GET
def action_ics(request: HttpRequest, pk: int) -> HttpResponse:
    action = _public_action(pk)
    if not action.is_event:
        raise Http404
    body = calendar([_calendar_entry(request, action)], name=action.title)
    return ics_response(body, f"sid-event-{action.pk}.ics")


# --- Supporters -----------------------------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
def register(request: HttpRequest) -> HttpResponse:
    if services.supporter_for(request.user) is not None:
        return redirect("sid:dashboard")
    signed_in = request.user.is_authenticated
    form_class = SupporterProfileForm if signed_in else SupporterRegistrationForm
    form = form_class(request.POST or None, request.FILES or None)
    context = {"form": form, "signed_in": signed_in}
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        profile = {key: data[key] for key in ("name", "kind", "country", "website", "logo")}
        account = _user(request) if signed_in else None
        if not ratelimits.allow(request, ratelimits.Form.SID_REGISTER, address=data.get("email", ""), account=account):
            return ratelimits.refuse(request, "sid/register.html", context, form)
        if account is not None:
            Supporter.objects.create(user=account, **{**profile, "logo": profile["logo"] or ""})
            messages.success(request, _("You are registered as a Safer Internet Day supporter."))
            return redirect("sid:dashboard")
        if EmailAddress.objects.filter(email__iexact=data["email"]).exists():
            # Same answer, and the same work, as for a new address (a password hash and one queued email to
            # the address, telling its owner they already have an account), so nothing reveals who has one.
            equal_password_work(data["password1"])
            get_adapter(request).send_account_already_exists_mail(data["email"])
            return redirect("sid:registered")
        with transaction.atomic():  # the account, then its confirmation email once it is committed
            _supporter, address = services.register_supporter(
                email=data["email"], password=data["password1"], **profile
            )
            address.send_confirmation(request, signup=True)
        return redirect("sid:registered")
    return render(request, "sid/register.html", context, status=400 if form.errors else 200)


@require_GET
def registered(request: HttpRequest) -> HttpResponse:
    return render(request, "sid/registered.html")


def _supporter_or_redirect(request: HttpRequest) -> Supporter | HttpResponse:
    supporter = services.supporter_for(request.user)
    if supporter is None:
        messages.info(request, _("Register as a supporter first."))
        return redirect("sid:register")
    return supporter


@login_required
@require_GET
def dashboard(request: HttpRequest) -> HttpResponse:
    supporter = _supporter_or_redirect(request)
    if isinstance(supporter, HttpResponse):
        return supporter
    page = Paginator(
        supporter.actions.select_related("edition").order_by("-submitted_at", "-pk"), GALLERY_PAGE_SIZE
    ).get_page(request.GET.get("page"))
    return render(
        request,
        "sid/dashboard.html",
        {"supporter": supporter, "page_obj": page, "edition": services.current_edition()},
    )


@login_required
@require_http_methods(["GET", "POST"])
def submit(request: HttpRequest) -> HttpResponse:
    supporter = _supporter_or_redirect(request)
    if isinstance(supporter, HttpResponse):
        return supporter
    edition = services.current_edition()
    if edition is None:
        raise Http404
    form = ActionForm(
        request.POST or None, request.FILES or None, initial={"language": get_language(), "timezone": "Europe/Brussels"}
    )
    if request.method == "POST" and form.is_valid():
        if not ratelimits.allow(request, ratelimits.Form.SID_SUBMIT, account=_user(request)):
            return ratelimits.refuse(request, "sid/action_form.html", {"form": form, "edition": edition}, form)
        services.submit_action(supporter, form.cleaned_data, sid_origin_for(request))
        messages.success(request, _("Thank you. Your submission is waiting for the organisers' review."))
        return redirect("sid:dashboard")
    return render(
        request, "sid/action_form.html", {"form": form, "edition": edition}, status=400 if form.errors else 200
    )


@login_required
@require_http_methods(["GET", "POST"])
def edit(request: HttpRequest, pk: int) -> HttpResponse:
    supporter = services.supporter_for(request.user)
    action = get_object_or_404(Action.objects.select_related("edition"), pk=pk)
    if supporter is None or action.supporter_id != supporter.pk:
        raise PermissionDenied
    form = ActionForm(request.POST or None, request.FILES or None, instance=action)
    if request.method == "POST" and form.is_valid():
        if not ratelimits.allow(request, ratelimits.Form.SID_SUBMIT, account=_user(request)):
            context = {"form": form, "edition": action.edition, "action": action}
            return ratelimits.refuse(request, "sid/action_form.html", context, form)
        services.update_action(supporter, action, form.cleaned_data, sid_origin_for(request))
        messages.success(request, _("Your changes are sent for review."))
        return redirect("sid:dashboard")
    return render(
        request,
        "sid/action_form.html",
        {"form": form, "edition": action.edition, "action": action},
        status=400 if form.errors else 200,
    )


# --- Organisers -----------------------------------------------------------------------------------------


@login_required
@require_GET
def review_queue(request: HttpRequest) -> HttpResponse:
    if not services.is_organiser(request.user):
        raise PermissionDenied
    page = Paginator(services.review_queue_for(request.user), REVIEW_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "sid/review_queue.html", {"page_obj": page})


@login_required
@require_http_methods(["GET", "POST"])
def review(request: HttpRequest, pk: int) -> HttpResponse:
    action = get_object_or_404(Action.objects.for_listing(), pk=pk)
    if not services.can_review(request.user, action):
        raise PermissionDenied
    reject_form = RejectForm(request.POST if request.POST.get("decision") == "reject" else None)
    if request.method == "POST":
        decision = request.POST.get("decision")
        if decision == "approve":
            services.approve_submission(request.user, action, sid_origin_for(request))
            messages.success(request, _("Approved: “%(title)s” is public now.") % {"title": action.title})
            return redirect("sid:review_queue")
        if decision == "reject" and reject_form.is_valid():
            services.reject_submission(
                request.user, action, reject_form.cleaned_data["reason"], sid_origin_for(request)
            )
            messages.success(request, _("Returned to the supporter with your reason."))
            return redirect("sid:review_queue")
    status = 400 if request.method == "POST" else 200
    return render(
        request,
        "sid/review.html",
        {"action": action, "reject_form": reject_form, "country_name": action.country.name},
        status=status,
    )


# --- Errors ---------------------------------------------------------------------------------------------


def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "sid/404.html", status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    # No context processors, no database: this page must render when everything else has failed.
    return HttpResponse(loader.get_template("sid/500.html").render(), status=500)
