from __future__ import annotations

from typing import Any

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

from bik.community.competition.models import Entry, Round
from bik.community.competition.services import RoundDetails
from bik.community.files import validate_document
from bik.resources.models import Resource
from bik.resources.services import published_resources


def _date_field(label: Any, help_text: Any = "") -> forms.DateField:
    return forms.DateField(
        label=label, widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"), help_text=help_text
    )


class RoundForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    description = forms.CharField(
        label=_("Description"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("What centres should enter this time, and how to judge it."),
    )
    submissions_open_on = _date_field(_("Entries open on"))
    submissions_close_on = _date_field(_("Entries close on"), _("The last day centres can enter."))
    voting_close_on = _date_field(_("Voting closes on"), _("The last day to vote; the results show the day after."))

    def __init__(self, *args: Any, instance: Round | None = None, **kwargs: Any) -> None:
        if instance is not None and "initial" not in kwargs:
            kwargs["initial"] = {
                "title": instance.title,
                "description": instance.description,
                "submissions_open_on": instance.submissions_open_on,
                "submissions_close_on": instance.submissions_close_on,
                "voting_close_on": instance.voting_close_on,
            }
        super().__init__(*args, **kwargs)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        opens, closes, voting = (
            data.get("submissions_open_on"),
            data.get("submissions_close_on"),
            data.get("voting_close_on"),
        )
        if opens and closes and closes < opens:
            self.add_error("submissions_close_on", _("Entries must close on or after the day they open."))
        if closes and voting and voting <= closes:
            self.add_error("voting_close_on", _("Voting must close after entries close."))
        return data

    def details(self) -> RoundDetails:
        data = self.cleaned_data
        return RoundDetails(
            title=data["title"],
            description=data["description"],
            submissions_open_on=data["submissions_open_on"],
            submissions_close_on=data["submissions_close_on"],
            voting_close_on=data["voting_close_on"],
        )


class ResourceChoiceField(forms.ModelChoiceField[Resource]):
    def label_from_instance(self, obj: Resource) -> str:
        return str(obj.title)


class EntryForm(forms.Form):
    resource = ResourceChoiceField(
        label=_("A resource from the gallery"),
        queryset=Resource.objects.none(),
        required=False,
        empty_label=_("None: I describe a new resource below"),
    )
    title = forms.CharField(label=_("Title of a new resource"), max_length=255, required=False)
    description = forms.CharField(
        label=_("Description of a new resource"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    link = forms.URLField(label=_("Link"), max_length=500, required=False, assume_scheme="https")
    file = forms.FileField(
        label=_("File"),
        required=False,
        help_text=_("Optional. PDF, Office or OpenDocument files, images or text. Only members can download it."),
    )

    def __init__(self, *args: Any, entry: Entry | None = None, **kwargs: Any) -> None:
        if entry is not None and "initial" not in kwargs:
            kwargs["initial"] = (
                {"resource": entry.resource_id}
                if entry.resource_id
                else {"title": entry.title, "description": entry.description, "link": entry.link}
            )
        super().__init__(*args, **kwargs)
        self.fields["resource"].queryset = published_resources().order_by("title", "pk")  # type: ignore[attr-defined]

    def clean_file(self) -> UploadedFile | None:
        upload = self.cleaned_data.get("file")
        if upload:
            validate_document(upload)
        return upload

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("resource") is None and "resource" not in self.errors:
            if not (data.get("title") or "").strip():
                self.add_error("title", _("Give the title of the new resource, or choose one from the gallery."))
            if not (data.get("description") or "").strip():
                self.add_error("description", _("Describe the new resource, or choose one from the gallery."))
        return data


class EntryChoiceField(forms.ModelChoiceField[Entry]):
    def label_from_instance(self, obj: Entry) -> str:
        return f"{obj.title} — {obj.centre.country.name}"


class VoteForm(forms.Form):
    entry = EntryChoiceField(
        label=_("Your centre's vote goes to"), queryset=Entry.objects.none(), widget=forms.RadioSelect, empty_label=None
    )

    def __init__(self, *args: Any, entries: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["entry"].queryset = entries  # type: ignore[attr-defined]
