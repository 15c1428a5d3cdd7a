"""The living pattern library: every design-system component (templates/includes/components/) rendered in
every state with the site's real stylesheets, for editors and developers. Staff only."""

from __future__ import annotations

from django import forms
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from bik.accounts.roles import is_staff_member

# The tokens the page shows as swatches; their values live in static/bik/css/tokens.css.
COLOUR_TOKENS = (
    "--c-bg",
    "--c-surface",
    "--c-tint",
    "--c-text",
    "--c-muted",
    "--c-line",
    "--c-control",
    "--c-primary",
    "--c-primary-dark",
    "--c-on-primary",
    "--c-brand",
    "--c-brand-dark",
    "--c-highlight",
    "--c-help",
    "--c-danger",
)


class SampleFilterForm(forms.Form):
    """A stand-in for a list page's filters, so the filter panel can be shown."""

    topic = forms.ChoiceField(
        label=_("Topic"),
        required=False,
        choices=[("", _("All topics")), ("privacy", _("Privacy")), ("gaming", _("Gaming"))],
    )


def pattern_library(request: HttpRequest) -> HttpResponse:
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not is_staff_member(request.user):
        raise PermissionDenied
    pages = Paginator(range(60), 10)
    return TemplateResponse(
        request,
        "pages/admin/pattern_library.html",
        {
            "colour_tokens": COLOUR_TOKENS,
            "closed_form": SampleFilterForm(auto_id="closed-%s"),
            "open_form": SampleFilterForm({"topic": "privacy"}, auto_id="open-%s"),
            "first_page": pages.page(1),
            "middle_page": pages.page(3),
            "last_page": pages.page(6),
        },
    )
