"""The admin upload of a CSV or JSON file of resources (Resources → Import resources in Wagtail admin)."""

from __future__ import annotations

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from bik.resources import imports


class ImportForm(forms.Form):
    file = forms.FileField(label=_("CSV or JSON file"), help_text=_("At most 5,000 resources and 10 MB."))
    publish = forms.BooleanField(
        label=_("Publish the imported resources"),
        required=False,
        help_text=_("Leave unticked to import them as drafts for review."),
    )

    def __init__(self, *args: object, may_publish: bool, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        if not may_publish:
            del self.fields["publish"]


def import_resources(request: HttpRequest) -> HttpResponse:
    if not request.user.has_perm("resources.add_resource"):
        raise PermissionDenied
    may_publish = request.user.has_perm("resources.publish_resource")
    report = None
    if request.method == "POST":
        form = ImportForm(request.POST, request.FILES, may_publish=may_publish)
        if form.is_valid():
            upload = form.cleaned_data["file"]
            report = imports.import_resources(
                upload.read(), upload.name, user=request.user, publish=bool(form.cleaned_data.get("publish"))
            )
    else:
        form = ImportForm(may_publish=may_publish)
    return render(request, "resources/admin/import.html", {"form": form, "report": report})
