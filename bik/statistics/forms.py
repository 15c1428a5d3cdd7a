from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from bik.guide.models import OnlineService
from bik.statistics.models import AgeGroup, Category, Channel, ContactBy, Gender

MAX_UPLOAD_BYTES = 2 * 1024 * 1024


class CountForm(forms.Form):
    category = forms.ModelChoiceField(queryset=Category.objects.none(), label=_("Category"))
    age_group = forms.ChoiceField(choices=AgeGroup.choices, label=_("Age group"))
    gender = forms.ChoiceField(choices=Gender.choices, label=_("Gender"))
    contact_by = forms.ChoiceField(choices=ContactBy.choices, label=_("Who contacted"))
    channel = forms.ChoiceField(choices=Channel.choices, label=_("Channel"))
    platform = forms.ModelChoiceField(
        queryset=OnlineService.objects.none(), required=False, label=_("Platform concerned (optional)")
    )
    contacts = forms.IntegerField(min_value=0, max_value=1_000_000, label=_("Contacts"))

    def __init__(self, *args: Any, categories: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["category"].queryset = categories  # type: ignore[attr-defined]
        self.fields["platform"].queryset = OnlineService.objects.filter(live=True).order_by("name")  # type: ignore[attr-defined]


class UploadForm(forms.Form):
    file = forms.FileField(label=_("CSV or Excel file"), required=False)
    text = forms.CharField(
        label=_("Or paste / correct the CSV here"), widget=forms.Textarea(attrs={"rows": 12}), required=False
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        upload = data.get("file")
        if upload is not None and upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("The file is larger than 2 MB."))
        if upload is None and not data.get("text", "").strip():
            raise forms.ValidationError(_("Choose a file or paste the figures."))
        return data


class ReasonForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3}))


class CorrectionForm(CountForm):
    """A coordinator's correction of one cell of a locked quarter: the new figure (0 removes it) and why."""

    reason = forms.CharField(
        label=_("Reason for the change"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["contacts"].label = _("Corrected number of contacts (0 removes the row)")
