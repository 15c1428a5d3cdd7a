from __future__ import annotations

from typing import Any

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

from bik.community.files import validate_document
from bik.community.meetings.models import Meeting, Rsvp
from bik.community.meetings.services import MeetingDetails
from bik.pages.local_times import LOCAL_FORMAT, LocalTimesForm, local_input

DEFAULT_ZONE = "Europe/Brussels"


def _datetime_field(label: Any, help_text: Any = "") -> forms.DateTimeField:
    return forms.DateTimeField(
        label=label,
        input_formats=[LOCAL_FORMAT, "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S"],
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format=LOCAL_FORMAT),
        help_text=help_text,
    )


def _checked_upload(upload: UploadedFile | None) -> UploadedFile | None:
    if upload:
        validate_document(upload)
    return upload


class MeetingForm(LocalTimesForm):
    title = forms.CharField(label=_("Title"), max_length=200)
    kind = forms.ChoiceField(
        label=_("Kind"), choices=Meeting.Kind.choices, widget=forms.RadioSelect, initial=Meeting.Kind.MEETING
    )
    starts_at = _datetime_field(_("Starts"), _("Local time in the time zone below."))
    ends_at = _datetime_field(_("Ends"))
    timezone = forms.ChoiceField(label=_("Time zone"), initial=DEFAULT_ZONE)
    place = forms.CharField(
        label=_("Place"), max_length=300, required=False, help_text=_("Venue and city, for a meeting in person.")
    )
    online_url = forms.URLField(
        label=_("Online link"),
        max_length=500,
        required=False,
        assume_scheme="https",
        help_text=_("Where members join online. Give a place, a link or both."),
    )
    agenda = forms.CharField(
        label=_("Agenda"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_(
            "Leave an empty line between paragraphs. You may also use these HTML tags: p, br, strong, em, "
            "a (links), ul, ol, li, blockquote, h2, h3."
        ),
    )
    document_title = forms.CharField(label=_("Document title"), max_length=200, required=False)
    document = forms.FileField(
        label=_("Add a document"),
        required=False,
        help_text=_("Optional. PDF, Office or OpenDocument files, images or text. Only members can download it."),
    )

    def __init__(self, *args: Any, instance: Meeting | None = None, **kwargs: Any) -> None:
        if instance is not None and "initial" not in kwargs:
            kwargs["initial"] = {
                "title": instance.title,
                "kind": instance.kind,
                "starts_at": local_input(instance.starts_at, instance.zone),
                "ends_at": local_input(instance.ends_at, instance.zone),
                "timezone": instance.timezone,
                "place": instance.place,
                "online_url": instance.online_url,
                "agenda": instance.agenda,
            }
        super().__init__(*args, **kwargs)

    def clean_document(self) -> UploadedFile | None:
        return _checked_upload(self.cleaned_data.get("document"))

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if "place" in data and "online_url" in data and not data["place"].strip() and not data["online_url"]:
            self.add_error("place", _("Give a place, an online link, or both."))
        return data

    def details(self) -> MeetingDetails:
        data = self.cleaned_data
        return MeetingDetails(
            title=data["title"],
            kind=data["kind"],
            starts_at=data["starts_at"],
            ends_at=data["ends_at"],
            timezone=data["timezone"],
            place=data["place"],
            online_url=data["online_url"],
            agenda=data["agenda"],
        )


class DocumentForm(forms.Form):
    title = forms.CharField(label=_("Document title"), max_length=200, required=False)
    file = forms.FileField(
        label=_("File"), help_text=_("PDF, Office or OpenDocument files, images or text. Only members can download it.")
    )

    def clean_file(self) -> UploadedFile | None:
        return _checked_upload(self.cleaned_data.get("file"))


class RsvpForm(forms.Form):
    answer = forms.ChoiceField(label=_("Will you come?"), choices=Rsvp.Answer.choices, widget=forms.RadioSelect)
