"""Public bulletin views: subscribe, confirm, preferences, unsubscribe (visible link and RFC 8058 one-click),
the bounce webhook, and the archive's list that BulletinIndexPage shows. Thin: they parse input and call
bik.bulletin.services."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from bik.accounts import origin, ratelimits
from bik.bulletin import bounces, services, tasks
from bik.bulletin.forms import PreferencesForm, SubscribeForm
from bik.bulletin.models import ISSUES_PER_PAGE, BulletinIndexPage
from bik.outbox.services import enqueue_on_commit
from bik.pages.numbers import strict_int
from bik.pictures.rendering import with_pictures


def archive_context(index: BulletinIndexPage, request: HttpRequest) -> dict[str, Any]:
    """The archive page's list: the sent issues, by year (`?year=`) and page, with the subscribe form and feeds."""
    issues = services.archived_issues(index)
    years = sorted({date.year for date in issues.values_list("issue_date", flat=True)}, reverse=True)
    raw_year = request.GET.get("year", "")
    year = strict_int(raw_year)
    if year not in years:
        year = None
    if year is not None:
        issues = issues.filter(issue_date__year=year)
    paginator = Paginator(with_pictures(issues), ISSUES_PER_PAGE)
    page_obj = paginator.get_page(request.GET.get("page"))
    feed_base = index.url or ""
    return {
        "page_obj": page_obj,
        "years": years,
        "year": year,
        "year_invalid": bool(raw_year) and year is None,
        "subscribe_form": SubscribeForm(initial={"language": translation.get_language()}),
        "feed_links": [
            {"url": f"{feed_base}feed/atom/", "mime_type": "application/atom+xml", "title": _("Atom feed")},
            {"url": f"{feed_base}feed/rss/", "mime_type": "application/rss+xml", "title": _("RSS feed")},
        ],
    }


@csrf_exempt  # posted from kept archive pages, which carry no form token: the browser's headers say instead
@require_http_methods(["GET", "POST"])
def subscribe(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        form = SubscribeForm(request.POST)
        if not origin.posted_from_this_site(request):
            form.add_error(None, _("This form was sent from another website. Please subscribe from this page."))
            return render(request, "bulletin/subscribe.html", {"form": form}, status=403)
        if form.is_valid():
            if not ratelimits.allow(request, ratelimits.Form.BULLETIN_SUBSCRIBE, address=form.cleaned_data["email"]):
                return ratelimits.refuse(request, "bulletin/subscribe.html", {"form": form}, form)
            enqueue_on_commit(tasks.subscribe, form.cleaned_data["email"], form.cleaned_data["language"])
            return redirect("bulletin:subscribe_sent")
        return render(request, "bulletin/subscribe.html", {"form": form}, status=400)
    form = SubscribeForm(initial={"language": translation.get_language()})
    return render(request, "bulletin/subscribe.html", {"form": form})


def subscribe_sent(request: HttpRequest) -> HttpResponse:
    return render(request, "bulletin/subscribe_sent.html")


@require_http_methods(["GET", "POST"])
def confirm(request: HttpRequest, token: str) -> HttpResponse:
    # A GET only shows a button: mail scanners that follow links must not subscribe anyone.
    try:
        if request.method == "POST":
            subscriber = services.confirm(token)
            return render(request, "bulletin/confirmed.html", {"subscriber": subscriber})
        subscriber = services.subscriber_for_confirmation(token)
    except services.InvalidLinkError:
        return render(request, "bulletin/invalid_link.html", {"form": SubscribeForm()}, status=400)
    return render(request, "bulletin/confirm.html", {"subscriber": subscriber})


@require_http_methods(["GET", "POST"])
def preferences(request: HttpRequest, token: str) -> HttpResponse:
    try:
        subscriber = services.subscriber_for_preferences(token)
    except services.InvalidLinkError:
        return render(request, "bulletin/invalid_link.html", {"form": SubscribeForm()}, status=400)
    form = PreferencesForm(initial={"language": subscriber.language})
    status = 200
    if request.method == "POST":
        if request.POST.get("action") == "unsubscribe":
            services.unsubscribe_subscriber(subscriber)
            return render(request, "bulletin/unsubscribed.html", {"preferences_token": token})
        form = PreferencesForm(request.POST)
        if form.is_valid():
            services.change_language(subscriber, form.cleaned_data["language"])
            if subscriber.status != subscriber.Status.CONFIRMED:
                # Resubscribing from the preferences page is a new consent, so it goes through confirmation.
                if not ratelimits.allow(request, ratelimits.Form.BULLETIN_SUBSCRIBE, address=subscriber.email):
                    context = {"form": form, "subscriber": subscriber}
                    return ratelimits.refuse(request, "bulletin/preferences.html", context, form)
                services.subscribe(subscriber.email, subscriber.language)
                return redirect("bulletin:subscribe_sent")
            return render(request, "bulletin/preferences.html", {"form": form, "subscriber": subscriber, "saved": True})
        status = 400
    return render(request, "bulletin/preferences.html", {"form": form, "subscriber": subscriber}, status=status)


@csrf_exempt  # RFC 8058: mail clients POST here without a CSRF token; the signed token is the authority.
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    try:
        target = services.unsubscribe(token) if request.method == "POST" else services.unsubscribe_target(token)
    except services.InvalidLinkError:
        return render(request, "bulletin/invalid_link.html", {"form": SubscribeForm()}, status=400)
    if request.method == "POST":
        return render(request, "bulletin/unsubscribed.html", {"target": target})
    return render(request, "bulletin/unsubscribe.html", {"target": target, "token": token})


@csrf_exempt  # RFC 8058 one-click: a POST with List-Unsubscribe=One-Click and no further step.
@require_http_methods(["GET", "POST"])
def one_click_unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    if request.method == "GET":
        try:
            language = services.unsubscribe_target(token).language
        except services.InvalidLinkError:
            language = settings.LANGUAGE_CODE
        with translation.override(language):
            return HttpResponseRedirect(reverse("bulletin:unsubscribe", kwargs={"token": token}))
    try:
        target = services.unsubscribe(token)
    except services.InvalidLinkError:
        # 400 rather than 404: the language middleware would turn a 404 here into a redirect.
        return HttpResponse(
            _("This unsubscribe link is not valid."), status=400, content_type="text/plain; charset=utf-8"
        )
    with translation.override(target.language):
        return HttpResponse(_("You are unsubscribed."), content_type="text/plain; charset=utf-8")


@csrf_exempt  # called by the mail provider, authenticated by an HMAC of the body
@require_POST
def bounce_webhook(request: HttpRequest) -> HttpResponse:
    """A signed, time-stamped bounce report from the mail provider (scheme: bik/bulletin/bounces.py): 403 when
    unsigned or not configured, 400 when malformed or outside the time window, 409 when replayed."""
    try:
        events = bounces.receive(request.body, request.headers.get("X-BIK-Signature", ""))
    except bounces.WebhookError as error:
        return JsonResponse({"error": error.message}, status=error.status)
    suppressed = sum(services.record_bounce(event.email, event.kind, event.message_id) for event in events)
    return JsonResponse({"received": len(events), "suppressed": suppressed})
