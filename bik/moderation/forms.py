from __future__ import annotations

from typing import TYPE_CHECKING

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext_lazy as _

from bik.moderation.models import Action, Report
from bik.moderation.services import RateLimitError

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

# A write that moderation or the service refused becomes the form's error: the writer keeps what they typed and
# reads why (too much in a short time, suspended, not allowed here, or what the service found wrong).
WRITING_REFUSED = (RateLimitError, PermissionDenied, ValidationError)
BUSY = _("You have written a lot in a short time. Please try again later.")
BUSY_YOUNG = _("You have written a lot in a short time. Take a break and try again later.")
NOT_HERE = _("You cannot write here.")


def refusal(error: Exception, *, busy: StrOrPromise = BUSY, fallback: StrOrPromise = NOT_HERE) -> StrOrPromise:
    """Why a write was refused, in the words its writer should read (`busy` for young people is gentler)."""
    if isinstance(error, RateLimitError):
        return busy
    if isinstance(error, ValidationError):
        return " ".join(error.messages)
    return str(error) or fallback


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
