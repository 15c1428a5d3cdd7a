from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from bik.moderation.models import Report
from bik.moderation.services import Action


class ReportForm(forms.Form):
    reason = forms.ChoiceField(label=_("What is wrong?"), choices=Report.Reason.choices, widget=forms.RadioSelect)
    details = forms.CharField(
        label=_("Anything else we should know? (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class ModerationForm(forms.Form):
    action = forms.ChoiceField(label=_("Decision"), choices=Action.choices, widget=forms.RadioSelect)
    reason = forms.CharField(
        label=_("Statement of reasons"),
        help_text=_("The author reads this. Say which rule applies and what they can do. Required except to approve."),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def clean(self) -> dict[str, object]:
        data = super().clean() or {}
        from bik.moderation.services import REASON_REQUIRED

        if data.get("action") in REASON_REQUIRED and not str(data.get("reason") or "").strip():
            self.add_error("reason", _("Write the reason the author will read."))
        return data


class LiftSuspensionForm(forms.Form):
    reason = forms.CharField(
        label=_("Why is the suspension lifted?"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("The member reads this reason in their email, and it is kept in the audit log."),
    )
