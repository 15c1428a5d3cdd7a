from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Page

from bik.accounts.models import User
from bik.pages import translations


def submit_translation(request: HttpRequest, page_id: int) -> HttpResponse:
    """Confirm (GET), then submit (POST) a translated page's strings to its moderation workflow."""
    page = get_object_or_404(Page, pk=page_id).specific
    user = request.user
    if not isinstance(user, User) or not translations.can_submit(user, page):
        raise PermissionDenied
    if request.method == "POST":
        translations.submit_for_moderation(user, page)
        messages.success(
            request,
            _("The %(language)s translation of “%(title)s” was submitted for moderation.")
            % {"language": page.locale.get_display_name(), "title": page.get_admin_display_title()},
        )
        return redirect(reverse("wagtailadmin_explore", args=[page.get_parent().pk]))
    return TemplateResponse(request, "pages/admin/submit_translation.html", {"page": page})
