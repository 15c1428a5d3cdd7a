from __future__ import annotations

import datetime as dt
from typing import Any, cast

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from bik.hotline.canonical import InvalidUrlError, canonical_url
from bik.hotline.models import ContentKind, Outcome, WhereSeen
from bik.network.countries import by_country_name
from bik.network.models import Centre

MAX_URLS = 20


class ReportForm(forms.Form):
    urls = forms.CharField(
        label=_("Web addresses (URLs)"),
        help_text=_("One address per line. Copy it from the address bar. Do not open the page again to check it."),
        widget=forms.Textarea(attrs={"rows": 4, "spellcheck": "false", "autocomplete": "off"}),
        max_length=MAX_URLS * 2100,
        error_messages={"required": _("Please give at least one web address.")},
    )
    kind = forms.ChoiceField(label=_("What did you see?"), choices=ContentKind.choices, widget=forms.RadioSelect)
    where_seen = forms.ChoiceField(label=_("Where did you see it?"), choices=WhereSeen.choices)
    description = forms.CharField(
        label=_("Anything else we should know (optional)"),
        help_text=_("Please do not describe the images in detail."),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        required=False,
    )
    contact_email = forms.EmailField(
        label=_("Your email (optional)"),
        help_text=_("Only if you want the hotline to contact you. You can stay anonymous."),
        required=False,
    )

    def clean_urls(self) -> list[str]:
        lines = [line.strip() for line in self.cleaned_data["urls"].splitlines() if line.strip()]
        if not lines:
            raise forms.ValidationError(_("Please give at least one web address."))
        if len(lines) > MAX_URLS:
            raise forms.ValidationError(
                _("Please give at most %(count)d addresses in one report.") % {"count": MAX_URLS}
            )
        for number, line in enumerate(lines, start=1):
            try:
                canonical_url(line)
            except InvalidUrlError:
                raise forms.ValidationError(
                    _("Line %(number)d is not a web address. It should look like www.example.com/page.")
                    % {"number": number}
                ) from None
        return lines


class StatusForm(forms.Form):
    code = forms.CharField(
        label=_("Receipt code"), max_length=30, widget=forms.TextInput(attrs={"autocomplete": "off"})
    )


class QueueForm(forms.Form):
    """The queue's GET form: which reports to list, or one to find by its receipt code."""

    WAITING, HANDLED = "waiting", "handled"

    show = forms.ChoiceField(
        label=_("Show"),
        choices=[(WAITING, _("Waiting for this hotline")), (HANDLED, _("Handled by this hotline"))],
        required=False,
    )
    code = forms.CharField(
        label=_("Find a report by its receipt code"),
        max_length=30,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )

    def showing(self) -> str:
        return (self.cleaned_data.get("show") if self.is_valid() else "") or self.WAITING


class AssessmentForm(forms.Form):
    # No outcome is chosen for the analyst: one tap must never record "illegal".
    outcome = forms.ChoiceField(
        label=_("Outcome"),
        choices=[("", _("Choose an outcome")), *Outcome.choices],
        error_messages={"required": _("Choose the outcome of your assessment.")},
    )
    hosting_country = forms.ChoiceField(label=_("Hosting country"), choices=[("", _("Not known"))], required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["hosting_country"].choices = [("", _("Not known")), *countries]  # type: ignore[attr-defined]


class ForwardForm(forms.Form):
    to = forms.ChoiceField(label=_("Forward to"))
    note = forms.CharField(label=_("Note"), max_length=1000, required=False, widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args: Any, hotline: Centre, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        others = by_country_name(Centre.objects.published().exclude(pk=hotline.pk))
        self.fields["to"].choices = [  # type: ignore[attr-defined]
            ("police", _("The national police")),
            *((centre.country.code, str(centre.country.name)) for centre in others),
        ]


class StageForm(forms.Form):
    stage = forms.ChoiceField(label=_("Step"), choices=[])
    at = forms.DateTimeField(
        label=_("When"),
        required=False,
        help_text=_("Leave empty for now."),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        from bik.hotline.services import RECORDABLE_STAGES

        super().__init__(*args, **kwargs)
        self.fields["stage"].choices = [  # type: ignore[attr-defined]
            ("", _("Choose a step")),
            *((stage.value, stage.label) for stage in RECORDABLE_STAGES),
        ]
        self.fields["stage"].error_messages["required"] = _("Choose the step to record.")

    def clean_at(self) -> dt.datetime | None:
        at: dt.datetime | None = self.cleaned_data.get("at")
        if at is not None and at > timezone.now():
            raise forms.ValidationError(_("A step cannot be recorded in the future."))
        return at


class PeriodForm(forms.Form):
    """The period of the public statistics (a GET form: works without JavaScript)."""

    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)
    quarter = forms.TypedChoiceField(label=_("Quarter"), required=False, coerce=int, empty_value=None)

    def __init__(self, *args: Any, years: list[int], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["year"]).choices = [
            ("", _("All years")),
            *((year, str(year)) for year in years),
        ]
        cast(forms.ChoiceField, self.fields["quarter"]).choices = [
            ("", _("All quarters")),
            *((number, _("Quarter %(number)d") % {"number": number}) for number in range(1, 5)),
        ]
