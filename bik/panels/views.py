"""Youth panels' public pages, the youth-area pages for panel members and consultations, and network staff's
consultation workspace. Thin: the rules live in services. Deny by default: anonymous visitors are sent to
sign in, signed-in people without the right get a 404."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from bik.accounts.gates import Gate
from bik.accounts.models import User
from bik.moderation.forms import BUSY_YOUNG, WRITING_REFUSED, refusal
from bik.moderation.models import Status
from bik.panels import services
from bik.panels.forms import AnswerForm, ArticleForm, ConsultationForm, MemberForm, ResponseForm, TranslationForm
from bik.panels.models import Article, Consultation, Panel, PanelMember

PAGE_SIZE = 10
PANELS_PER_PAGE = 40

View = Callable[..., HttpResponse]


def signed_in_view(view: View) -> View:
    """Anonymous visitors go to the sign-in page and come back here afterwards."""

    @functools.wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not isinstance(request.user, User) or not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return view(request, request.user, *args, **kwargs)

    return wrapper


# Network admins only, signed in with a second factor; a 404 for anyone else.
staff_view = Gate(
    services.staff_without_mfa, gettext_lazy("Staff accounts must set up two-factor authentication first.")
).view(services.is_consultation_staff)


# --- Public panel pages ---------------------------------------------------------------------------------


@require_GET
def panel_index(request: HttpRequest) -> HttpResponse:
    page = Paginator(services.public_panels(), PANELS_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "panels/index.html", {"page_obj": page})


def _public_panel(country: str) -> Panel:
    panel = services.public_panel(country)
    if panel is None:
        raise Http404
    return panel


@require_GET
def panel_detail(request: HttpRequest, country: str) -> HttpResponse:
    panel = _public_panel(country)
    members = PanelMember.objects.filter(panel=panel).select_related("user__youth_profile", "photo")
    page = Paginator(services.published_articles(panel), PAGE_SIZE).get_page(request.GET.get("page"))
    articles = [(article, services.byline(article.signed_by)) for article in page]
    return render(
        request,
        "panels/panel.html",
        {
            "panel": panel,
            "members": [services.byline(member) for member in members],
            "page_obj": page,
            "articles": articles,
        },
    )


@require_GET
def article_detail(request: HttpRequest, country: str, pk: int) -> HttpResponse:
    panel = _public_panel(country)
    article = get_object_or_404(services.published_articles(panel), pk=pk)
    report_url = reverse("moderation:report", kwargs={"pk": article.moderation_id})
    return render(
        request,
        "panels/article.html",
        {"panel": panel, "article": article, "byline": services.byline(article.signed_by), "report_url": report_url},
    )


# --- Youth area: panels ---------------------------------------------------------------------------------


@signed_in_view
@require_GET
def my_panels(request: HttpRequest, user: User) -> HttpResponse:
    panels = services.my_panels(user)
    if not panels:
        raise Http404
    rows = []
    for panel in panels:
        coordinating = services.is_coordinator(user, panel)
        rows.append(
            {
                "panel": panel,
                "coordinating": coordinating,
                "articles": services.my_articles(user, panel)[:20],
                "members": list(panel.members.select_related("user")) if coordinating else [],
                "waiting": Article.objects.filter(panel=panel, moderation__status=Status.HELD).count()
                if coordinating
                else 0,
                "form": MemberForm(prefix=f"add-{panel.country_code.lower()}") if coordinating else None,
            }
        )
    return render(request, "panels/mine.html", {"rows": rows})


def _my_panel(user: User, country: str) -> Panel:
    panel = next((p for p in services.my_panels(user) if p.country_code == country.upper()), None)
    if panel is None:
        raise Http404
    return panel


@signed_in_view
@require_http_methods(["GET", "POST"])
def write(request: HttpRequest, user: User, country: str) -> HttpResponse:
    panel = _my_panel(user, country)
    signers = panel.members.select_related("user") if services.is_coordinator(user, panel) else None
    form = ArticleForm(request.POST or None, signers=signers)
    if request.method == "POST" and form.is_valid():
        try:
            submitted = services.submit_article(user, panel, **form.cleaned_data)
        except WRITING_REFUSED as error:
            form.add_error(None, refusal(error, busy=BUSY_YOUNG))
        else:
            if submitted.needs_helpline:
                request.session["youth_helpline"] = True
            messages.info(
                request,
                _("Thanks! A coordinator of the panel will read your article before it is published."),
            )
            return redirect("panels:mine")
    status = 400 if form.is_bound else 200
    return render(request, "panels/write.html", {"panel": panel, "form": form}, status=status)


@signed_in_view
@require_POST
def member_add(request: HttpRequest, user: User, country: str) -> HttpResponse:
    panel = _my_panel(user, country)
    if not services.is_coordinator(user, panel):
        raise Http404
    form = MemberForm(request.POST, prefix=f"add-{panel.country_code.lower()}")
    if form.is_valid():
        fields = dict(form.cleaned_data)
        young = User.objects.filter(display_name=fields.pop("pseudonym").strip()).first()
        try:
            if young is None:
                raise ValidationError(_("No young member has this pseudonym."))
            services.add_member(user, panel, young, **fields)
        except ValidationError as exc:
            for message in exc.messages:
                messages.error(request, message)
        else:
            messages.success(request, _("%(name)s is now a member of the panel.") % {"name": young.public_name})
    else:
        for field_errors in form.errors.values():
            for error in field_errors:
                messages.error(request, str(error))
    return redirect("panels:mine")


@signed_in_view
@require_POST
def member_remove(request: HttpRequest, user: User, country: str, pk: int) -> HttpResponse:
    panel = _my_panel(user, country)
    member = get_object_or_404(PanelMember.objects.select_related("panel__centre", "user"), pk=pk, panel=panel)
    try:
        services.remove_member(user, member)
    except PermissionDenied as exc:
        raise Http404 from exc
    messages.success(request, _("%(name)s has left the panel.") % {"name": member.user.public_name})
    return redirect("panels:mine")


# --- Youth area: consultations --------------------------------------------------------------------------


@signed_in_view
@require_GET
def consultation_list(request: HttpRequest, user: User) -> HttpResponse:
    if services.age_of(user) is None:
        raise Http404
    language = translation.get_language() or settings.LANGUAGE_CODE
    consultations = services.consultations_for(user)
    return render(
        request,
        "panels/consultations.html",
        {
            "open": [services.localised(c, language) for c in consultations if c.is_open],
            "closed": [services.localised(c, language) for c in consultations if c.is_closed],
        },
    )


@signed_in_view
@require_http_methods(["GET", "POST"])
def consultation_detail(request: HttpRequest, user: User, pk: int) -> HttpResponse:
    consultation = get_object_or_404(Consultation, pk=pk)
    if not services.in_audience(user, consultation) or consultation.opens_at > timezone.now():
        raise Http404
    language = translation.get_language() or settings.LANGUAGE_CODE
    answered = services.has_answered(user, consultation)
    text = services.localised(consultation, language)
    form = None
    status = 200
    if consultation.is_open and not answered:
        form = AnswerForm(consultation, request.POST or None, options=text.options)
        if request.method == "POST":
            status = 400
            if form.is_valid():
                try:
                    services.answer(
                        user,
                        consultation,
                        language=language,
                        choices=form.chosen(),
                        text=form.cleaned_data.get("text", ""),
                    )
                except (services.AnswerError, *WRITING_REFUSED) as error:
                    form.add_error(None, refusal(error, busy=BUSY_YOUNG))
                else:
                    messages.success(request, _("Thank you! Your answer is counted."))
                    return redirect(consultation.get_absolute_url())
    elif request.method == "POST":
        status = 400
        messages.error(
            request,
            _("You have already answered this consultation. Thank you!")
            if answered
            else _("This consultation is closed."),
        )
    return render(
        request,
        "panels/consultation.html",
        {
            "consultation": consultation,
            "text": text,
            "form": form,
            "answered": answered,
            "language_ok": language in consultation.languages,
            "answer_in": _answer_in(consultation)
            if form is not None and language not in consultation.languages
            else [],
            "results": services.results(consultation, staff=False, language=language)
            if consultation.is_closed
            else None,
        },
        status=status,
    )


def _answer_in(consultation: Consultation) -> list[dict[str, Any]]:
    """The consultation's page in each language it takes answers in, and whether its question is written in that
    language (else it is read in the source language there)."""
    written = services.written_languages(consultation)
    links = []
    for code, name in settings.LANGUAGES:
        if code in consultation.languages:
            with translation.override(code):
                url = consultation.get_absolute_url()
            links.append({"code": code, "name": name, "url": url, "written": code in written})
    return links


# --- Staff: consultations -------------------------------------------------------------------------------


@staff_view
@require_GET
def manage_list(request: HttpRequest, user: User) -> HttpResponse:
    consultations = Consultation.objects.order_by("-closes_at", "-pk")
    page = Paginator(consultations, 20).get_page(request.GET.get("page"))
    return render(request, "panels/manage_list.html", {"page_obj": page})


@staff_view
@require_http_methods(["GET", "POST"])
def manage_new(request: HttpRequest, user: User) -> HttpResponse:
    form = ConsultationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        consultation = services.open_consultation(user, **form.cleaned_data)
        messages.success(request, _("The consultation is open."))
        return redirect("panels:manage_consultation", pk=consultation.pk)
    return render(request, "panels/manage_new.html", {"form": form}, status=400 if form.is_bound else 200)


def _translation_forms(request: HttpRequest, consultation: Consultation) -> list[TranslationForm]:
    """One form per other language of the consultation; the one just sent is bound to what was typed."""
    versions = {t.language: t for t in consultation.translations.all()}
    sent = request.POST.get("language") if request.POST.get("action") == "translate" else None
    return [
        TranslationForm(consultation, code, request.POST if code == sent else None, translation=versions.get(code))
        for code in services.translation_languages(consultation)
    ]


@staff_view
@require_http_methods(["GET", "POST"])
def manage_detail(request: HttpRequest, user: User, pk: int) -> HttpResponse:
    consultation = get_object_or_404(Consultation, pk=pk)
    response_form = ResponseForm(
        request.POST if request.POST.get("action") == "respond" else None,
        initial={"response": consultation.response},
    )
    translation_forms = _translation_forms(request, consultation)
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "close":
            services.close_now(user, consultation)
            messages.success(request, _("The consultation is closed: young people now see the results."))
            return redirect("panels:manage_consultation", pk=consultation.pk)
        if action == "respond" and response_form.is_valid():
            services.respond(user, consultation, response_form.cleaned_data["response"])
            messages.success(request, _("Your response is saved."))
            return redirect("panels:manage_consultation", pk=consultation.pk)
        if action == "translate":
            form = next((f for f in translation_forms if f.is_bound), None)
            if form is None:  # a language the consultation does not take
                raise Http404
            if form.is_valid():
                services.save_translation(
                    user,
                    consultation,
                    form.language,
                    question=form.cleaned_data["question"],
                    description=form.cleaned_data["description"],
                    options=form.options(),
                    response=form.cleaned_data["response"],
                )
                url = reverse("panels:manage_consultation", kwargs={"pk": consultation.pk})
                return HttpResponseRedirect(f"{url}?{urlencode({'saved': form.language})}#version-{form.language}")
    names = dict(settings.LANGUAGES)
    return render(
        request,
        "panels/manage_detail.html",
        {
            "consultation": consultation,
            "results": services.results(consultation, staff=True),
            "response_form": response_form,
            "source_language": names.get(consultation.source_language, consultation.source_language),
            "versions": [(form, names.get(form.language, form.language)) for form in translation_forms],
            "saved": request.GET.get("saved", ""),
        },
        status=400 if request.method == "POST" else 200,
    )
